"""Common first names and the gender they usually mark, for telling a name's start from a noun
before it ("Kämmerer Peter Klein" is Peter Klein) and a pronoun's person ("sagte er" is not Anna
Berger). A name missing here says nothing either way: the lists are evidence, never a gate.

Written for this project: frequent given names of English- and German-language news, with
some common elsewhere in Europe, the Americas, Africa and Asia. Names used for both (Alex, Kim,
Robin, Andrea, Jean …) are in neither list.

``is_given_name`` casts a wider net, the given names of Faker's person lists in some eighty
locales, for one question only: whether a capitalised word may open a person's name.
"""

import contextlib
import functools
import hashlib
import importlib
import importlib.metadata
import json
import os
import pkgutil
import tempfile
import unicodedata
from pathlib import Path

import regex

from . import PATTERN_TIMEOUT

FEMALE_FIRST_NAMES = frozenset(
    """
    swantje imke merle mira maren sibylle hannelore ilona almut corinne aylin sevgi liv adelheid
    anneliese annemarie bärbel brunhilde christel dörte edeltraud elfriede elisa erna gerda
    gertrud gesa gundula hanne hedwig heidrun hella inga inge ingeborg irmgard karla lieselotte
    luise magdalena mareike marlies meike nele regine roswitha sieglinde sonja tabea thea ute
    waltraud wilma frieda ida jule lotta mila romy tilda milena ivana jelena vesna
    abby alyssa angie annie becky beth betty bonnie brandy brianna candace carly carrie cassandra
    cathy charlene cheryl christy cindy colleen courtney danielle debbie debra delores dolores eileen
    elaine eleanor ellie emilia erin frances gail gina gloria haley irma jackie janice jeanette jenna
    jenny joanne jodi josie judy kara kate kathy katie kayla kendra kristen kristin leah lillian
    lindsey lois loretta lori lorraine lydia mabel mackenzie marcia marilyn marjorie megan mildred
    molly natasha norma patty peggy phyllis priscilla rachael ramona rhonda roberta roxanne sally
    samantha sheila shirley stacy tammy tara terri tiffany trisha valerie vicki wanda wendy whitney
    yolanda yvette
    abigail ada adele adriana agnes aisha alexandra alice alicia alina alison amanda amber amelia
    amy ana anastasia angela angelika angelina anita anja anke ann anna annabel
    annalena anne annegret annette annika antje antonia ashley astrid audrey barbara beate
    beatrice beatrix bettina beverly birgit brenda brigitte britta brittany camilla carla carmen
    carol caroline carolyn catherine cecilia celine charlotte chloe christa christiane christina
    christine claire clara claudia cornelia cynthia dagmar daniela deborah denise diana diane
    donna doris dorothea dorothy edith elena elisabeth elizabeth elke ella ellen elsa emily emma
    erika esther eva evelyn fatima franziska frauke friederike gabriele gabriela gisela grace
    greta gudrun hanna hannah heather heidi heike helen helena helga henrike hilary hildegard
    ilse ines ingrid irene iris isabel isabell isabella isabelle jacqueline jana jane janet
    janina jasmin jennifer jessica jill joan johanna josephine joyce judith julia julie juliane
    justine jutta karen karin katarina katharina kathleen kathrin katja katrin kerstin kimberly
    kirsten klara kristina larissa laura lauren lea lena leonie lily linda lisa lise lotte louise
    lucia lucy luisa madeleine maja mandy manuela margaret margarete margit maria marianne
    marie marina marion marlene marta martha martina mary maya melanie melissa meredith mia
    michaela michelle miriam monica monika nadine nadja nancy natalie natascha nicole nina
    nora olga olivia pamela patricia paula petra pia rachel rebecca regina renate rita
    rosemarie ruth sabine sabrina sandra sara sarah saskia sharon silke silvia simone sofia
    sophia sophie stefanie stephanie susan susanne svenja sylvia tamara tanja theresa tina
    ulrike ursula valentina vanessa verena veronika victoria viktoria wiebke yvonne zoe
    amélie beatriz chiara fernanda francesca giulia giovanna gabrielle juliette lucía marta
    mercedes natalia nathalie paola rosa sofía sylvie teresa valérie ximena priya aditi ananya
    fatma leyla zeynep ayşe olena oksana tatiana svetlana irina yulia
    deepa geeta kavita lakshmi meena neha pooja radha rekha sunita usha divya swati shreya anjali
    jen jess meg liz kat pam deb barb gwen tess nell bea gitte jette femke bente rieke lieke
    anouk gesche hiltrud jorinde hazel ivy violet daisy poppy ruby scarlett stella harriet
    imogen isla freya evie esme elsie edie phoebe rosie maisie matilda lottie penny polly beryl
    doreen gladys glenda gwendolyn hilda lorna maureen muriel myrtle noreen pauline rosalind
    sybil thelma vera vivian winifred
    kavitha seema shobha sneha shweta aarti nisha ritu preeti jyoti nirmala parvati sushma
    shabnam nasreen farzana rubina shazia ayesha zainab saima sadia amna sana hina bushra
    rukhsana tahira samina farida chamari dilani nirosha malini mwanaisha mwajuma zawadi neema
    rehema halima amina achieng atieno awino akinyi ngozi chiamaka adaeze funmilayo folake
    yetunde abena akosua adwoa efua ama
    siti nurul aini azizah hasnah norhayati rohani salmah suhaila zaleha zuraida dewi wulan
    ratna yuni rahima taslima nasrin shirin parveen rokeya shahana zahra maryam fariba mahnaz
    soraya almaz tigist meseret hiwot tsehay aster lindiwe nomvula zanele thandiwe nokuthula
    palesa nandi thandeka busisiwe nosipho rumbidzai chipo tsitsi rutendo losana
    salote seini mele sarita savita bimala sabitri kamala sushila akua afua adjoa esi abla yaa
    fiona niamh aoife siobhán siobhan eimear sinéad sinead róisín roisin caoimhe clodagh
    gráinne grainne méabh maeve saoirse ciara aisling deirdre bríd brid máire mairead nuala úna
    leanne kirsty morag mhairi eilidh catriona shona ailsa rhian cerys bethan siân ffion lowri
    carys nia delia kaylee kylie winnie mercy lorena renata tracey tracy stacey gemma jade
    chantelle shelley kayleigh birte carola selin seraina regula carina theresia martine lina
    noemi lara elvira amelie mirjam yasemin derya gertraud valeria gerlinde carolin ursina
    corina rosmarie vreni margrit elif esra merve büşra emine hatice hülya gül songül dilek
    ebru filiz hande melek özlem pınar sibel tuba zehra canan nesrin sevim snežana dragana
    marija mirela amra selma lejla emina arta blerta drita vjosa agnieszka katarzyna małgorzata
    ewa dorota beata aleksandra justyna karolina yelena ekaterina kateryna iryna mariya ludmila
    halyna
    hauwa hadiza binta rakiya kemi bisi funke bukola yemisi titilayo sade chioma nneka amaka
    ifeoma uju nkechi chinwe adaora aishah nabila nadiah syazwani izzati hidayah hanan huda
    layla mona nour rania reem salma samira yasmin dalia ghada manal nawal
    marites mylene maricel marilou rowena rosalie jocelyn divina evangeline lourdes corazon
    imelda ligaya liza rhea aileen analyn arlene charmaine marivic keisha latoya tamika
    shaniqua aaliyah ebony monique shanice lakisha tanisha aroha hine moana ngaire kiri
    nevaeh kinsley paisley addison aubrey makayla jasmine imani kiara jada renee ashlyn kaitlyn
    hailey zoey everly lainey raelynn mckenna gianna guadalupe yesenia marisol lupita
    eleni katerina dimitra ioanna vasiliki konstantina despina panagiota evangelia athina chrysa
    fotini stavroula paraskevi angeliki zoi eirini tamar yael shira ayelet orly talia rivka tova
    hadas efrat liat sigrid solveig randi tove birgitta ulrika elin linnea ebba freja signe mette
    lene rikke pernille tuula päivi aino eeva kaisa gretchen carlene annmarie marnie sherry darlene
    maxine bernadette priyanka simran meera deepika nomsa ntombi nonhlanhla zodwa bosede
    insa ricarda gudula josefine mathilda ronja annick margaux clémence clemence sandrine virginie
    aurélie aurelie mathilde élodie elodie manon océane oceane alessandra federica serena malgorzata
    joanna ioana andreea mihaela roxana cristina raluca
    aizada akiko anahit armine boitumelo briony bronte chidinma chie cordelia dechen demelza
    dineo ealasaid gayane haruka janie kaela kanya kaori keiko kerensa ketevan laxmi lerato
    lesedi lowenna lusine malee marla masako meltem morwenna naledi naoko natia nazma nittaya
    nthabiseng pimchanok refilwe rosnah rukayat scholastica seonaid shamima siriporn sreeja
    sujata sunee sunethra tamsin thembi tomoko yangchen yoko
    hoa trang phuong hanh nga khin thida nandar chanthy sreymom parisa fatemeh mahsa narges
    niloufar aiste egle jurgita fitri
    folasade obiageli abimbola bolanle adanna ijeoma desislava yordanka rositsa svetla petya
    aminata fatoumata awa kadiatou aissatou rudo meenakshi
    """.split()
)

MALE_FIRST_NAMES = frozenset(
    """
    benedikt hinrich hinnerk detlef gustav malte erwin gerold henrik levin bogdan aurel tarek
    marko urs eckhard egon ekkehard elmar engelbert ewald folker friedhelm gernot gottfried
    hannes hartmut helge henning jannik lennart marius mats meinhard ole ottmar reinhold
    siegfried sönke thilo till tilman timo udo ulf waldemar wendelin wilfried winfried bastian
    fynn finn hauke jannes lasse leopold mika milan luka ivan dragan goran zoran
    harold eugene kyle roy louis russell howard jerry lawrence larry joshua brandon ryan jacob tyler
    zachary dylan evan caleb connor ethan noah liam owen wyatt levi isaac gavin blake brett brent
    clint curtis dale darren derek dominic duane dustin dwayne edgar edwin elliot ernest floyd
    frederick glenn gordon harvey homer hugh jared jeff jesse jimmy joel johnny jon jose keith lloyd
    marvin maurice melvin micah mitchell morris neil norman oscar phil phillip preston randall randy
    reginald ricky rodney ron russ shane shawn stanley stuart terrence todd travis troy vernon
    wallace wesley willie
    aaron adam adrian ahmed alan albert alexander alfred ali andreas andrew andy anthony anton
    armin arnold arthur axel benjamin bernd bernhard bill bob boris brian bruce bruno burkhard
    carl carlos charles christian christoph christopher claus colin craig daniel david
    dennis dieter dietmar dirk dominik donald douglas edward elias emil eric erich erik ernst
    felix florian frank franz friedrich fritz gary georg george gerald gerd gerhard gregor gregory
    guido gunnar günter günther hans harald harry heiko heinrich heinz helmut henry herbert
    hermann holger horst hubert hugo ian igor ingo jack jakob james jan jason jeffrey jens
    jeremy joachim jochen joe johann johannes john jonas jonathan jörg josef joseph julian
    jürgen justin karl karsten kai kenneth kevin klaus konrad kurt lars leon leonard lothar
    lucas ludwig lukas lutz manfred manuel marc marcel marco marcus mario mark markus martin
    mathias matthew matthias max maximilian michael mike mohammed moritz muhammad nathan nick
    nicholas niklas nils norbert olaf oliver oskar otto patrick paul peter philipp philip rainer
    ralf ralph raymond reinhard rené richard robert roger roland rolf ronald rudolf rüdiger
    samuel scott sebastian sergei simon stefan stephan stephen steve steven sven theo thomas
    thorsten tim timothy tobias tom torsten ulrich uwe victor viktor vincent volker walter
    werner wilhelm william wolfgang yannick yusuf
    alejandro alessandro antonio diego emilio enrique federico fernando francesco françois
    giovanni giuseppe jacques javier jorge josé juan luca luigi luis matteo miguel nicolas
    pablo paolo pedro pierre ricardo roberto sergio stefano arjun rahul raj vikram mehmet mustafa
    ahmet emre murat oleksandr dmitri vladimir sergey andrei
    anand amit anil ashok deepak ganesh gopal manoj mohan mukesh naveen prakash rajesh ramesh ravi
    sanjay santosh satish sunil suresh vijay vinod venkatesh srinivas harish nitin rohit sachin
    ben dan jim ken greg matt jonah doug cody andre hamish ross wendell pieter ramon rhodri
    terrell steffen heiner arne bjarne henner enno thore kalle gerriet ebbe sindre brad chad
    dave ed eddie fred hank jake len luke mick ned ollie rick seth stan stu ted tony vince walt
    zach zack charlie logan barry bernard cecil clarence clifford duncan gilbert graham hector
    jerome joey malcolm milton murray nathaniel neville nigel percy perry rory rupert stewart
    terence theodore toby trevor warren wayne wilbur willis winston
    mahesh rajendra rakesh dinesh naresh rajiv sanjiv arvind ajay sandeep pradeep kuldeep
    harcharan harjit ranjit jagdish yogesh umesh girish hitesh jitendra lokesh mahendra
    narendra devendra surendra virendra upendra pankaj vivek vikas vishal abhishek akash aditya
    ankit anuj ashish gaurav manish nikhil pawan rohan sameer sumit tarun varun yash subhash
    sudhir sushil vinay karthik senthil murugan siva venkat raghu balaji nadeem saeed rashid
    imran tariq asif kamran faisal shahid khalid zahid waseem naveed javed pervez farooq irfan
    adnan bilal hamza usman umar mohammad abdullah abdul yousef ibrahim ismail hassan hussain
    mahmoud majid nasser fahad hamad jassim mubarak rashed saif abdelrahim abdelaziz
    abdelrahman ahmad abdallah salim lalith nimal chaminda ruwan mahinda gamini ranil nuwan
    chathura dilshan asanka rahim karim shafiqul aminul mizanur baraka hamisi faraji bakari
    rashidi athumani kwame kofi kwaku kojo kwabena kwesi chinedu emeka ikenna obinna
    chukwuemeka tunde babatunde olumide segun kayode musa
    azman azhar haris hakim faizal fauzi khairul nizam rizal shahrul budi agus bambang joko
    hendra rudi slamet wahyu yudi eko aminur habibur shahidul saiful nazrul anisur jahangir
    kamrul monirul reza mehdi hossein hamid mohsen amir behzad dariush farhad kourosh navid
    abebe tesfaye mulugeta getachew girma haile dawit tadesse yohannes bekele tekle thabo sipho
    themba bongani mandla sibusiso vusi
    sione tevita viliami semisi iosefa tavita sukhdev gurmeet
    jaswant kulwant bishnu keshav madhav sagar binod pramod prabin kwasi yaw kweku
    ekow kobby kwamena
    declan brendan conor cian cillian eoin eoghan oisín pádraig padraig seán sean seamus séamus
    ciarán ciaran colm donal dónal diarmuid fergal fintan niall ronan gerard gerry noel desmond
    dermot cathal kieran calum callum angus euan ewan fraser alasdair alistair lachlan gareth
    rhys dafydd emyr gethin iwan owain huw gwyn emmanuel moses kelvin terry cole ray jayden
    bradley dean grant lewis shaun rob beat reto alois ronny clemens marek serge pirmin
    konstantin enrico falk carsten matej achim heribert kaspar harm jarne frieder olivier dario
    maik sepp pascal ueli jürg hansjörg hanspeter nico korbinian quirin vinzenz ferdinand
    valentin fabian fabio silvan silvio kemal cem burak serkan volkan orhan erdal ömer halil
    süleyman cengiz baran kaan arda furkan onur tolga uğur yasin enes mert okan sinan taner
    hakan levent metin selim serdar sedat dejan nikola bojan darko nenad predrag slobodan mirko
    zlatko željko damir edin emir kenan senad fatmir arben besnik driton ilir valon piotr
    krzysztof tomasz paweł marcin michał łukasz grzegorz wojciech mariusz dariusz zbigniew
    jarosław andrzej aleksandr alexei mikhail nikolai pavel yuri oleg maxim artem taras vitali
    volodymyr mykola serhiy andriy dmytro
    garba lawal aminu bello sani yakubu shehu abubakar umaru haruna nasiru kabiru murtala
    suleiman idris adewale adebayo olawale kunle gbenga dapo tunji wale chukwudi nnamdi ifeanyi
    chidi obiora kelechi faiz firdaus azmi rosli shamsul zainal ridzuan hisham fadzil
    abdulrahman abdulaziz abdulkarim abdulla anwar ashraf bashir jamal khaled marwan nabil
    osama samir walid yasser ziad habib kareem omari
    rodel jomar reynaldo rolando arnel jojo jonel rommel ramil nestor efren rogelio danilo
    edgardo renato manny rey ronnie jayson jericho jhon wilfredo deshawn tyrone darnell lamar
    marquis tyrese jamar darius wiremu hemi rawiri tane tamati hōhepa hohepa
    jaylen jalen brayden kayden aiden jaxon kaden jase ryker colton easton greyson kameron landon
    tristan jace brantley bryce demarcus jamarcus tremaine keshawn tyrell marquise javon rashad
    devonte kendrick trey zane corbin beckett emmett silas ezra mateo
    yiannis giannis nikos christos dimitris kostas konstantinos georgios giorgos vasilis panagiotis
    stavros spyros thanasis apostolos evangelos michalis manolis petros theodoros yosef moshe avi
    eitan yonatan noam oren itai uri olav anders bjørn bjorn magnus leif mads rasmus jukka mikko
    pekka antti matti jari clayton dashawn darrell lonnie roscoe cletus karan hesham majed rasheed
    mduduzi sifiso siyabonga xolani ugochukwu danladi hendrik jannis torben gunter xaver eberhard
    mathieu laurent thibault guillaume sébastien sebastien philippe thierry didier benoît benoit
    arnaud rémi remi cédric cedric loïc loic gaël gael lorenzo riccardo massimo salvatore vincenzo
    davide gianluca pawel jakub janusz ryszard ionut mihai dragos vlad cristian florin gheorghe
    akira aled amr anan aram armen arsen arthit ashot askar azamat azlan bakyt bekzod bereket
    chatchai chet clifton daiki daniyar deandre dewayne dexter donnie dorji dwight emrys everett
    fatai garth geraint gevorg giorgi gus gwilym haruto hayato hayk hideki hiroshi ifan ioane
    irakli irvin jed jethro jigme kaito kasun kazuki kazuo kenji kenta kermit kittisak kondwani
    kudakwashe lasha lasith levan levon limbani llyr lorne lyle mahela makoto masato myron
    naoki narek nattapong orville oybek phakphum prasert priyesh ranjith royce rufus ryota sahan
    sajid sakda sarwar satoshi sello shamim sherman shinji shota somchai sompong sota takashi
    takeshi takudzwa takumi tavon tetsuya tewodros thabiso thanakorn tharindu thayalan tigran
    tomohiro tornike tshepo tudur vahe virgil wade wangchuk wes wichai yerlan yoshiro yusuke
    zurab
    tuan duc khanh phong vinh hieu aung thein myint kyaw zaw htet vuthy sophal rithy arash babak
    behnam kaveh omid mindaugas arunas dedi
    olusegun oladele babajide ikechukwu olufemi femi ademola jide lanre chibuike stoyan dimitar
    ivaylo tsvetan rumen boyko kiril hristo krasimir plamen lyubomir dragomir ventsislav boubacar
    ousmane seydou ibrahima abdoulaye cheikh souleymane modou oumar bakary sekou fillemon riaan
    shafiek ebrahim zubair rezaul mahbub
    """.split()
)


#: Chinese given names in pinyin, as English copy writes them before the surname ("Wei Sun",
#: "Xiaoming Li"): women's and men's alike. Where one follows a surname of
#: ``SURNAMES_WRITTEN_FIRST`` ("Tan Mei Ling") it is still that name's given part. (Not "Fang",
#: "Bin" nor "Wen": German words capitalised, "Der Fang", "Bin ich …", "Wen trifft es?")
CHINESE_GIVEN_NAMES = frozenset(
    """
    wei jing min hui lei ying jun ping mei ling tao hao jie qiang xin yun ming hua chao
    gang qing ting yong zhen shuo yue ning xue jia xiaoming xiaoyu haoran yichen zihan yiming
    jian jianhua xiaoli xiaohong lijun zhiwei jiayi yuxuan ruoxi xinyi haoyu zhihao yutong shuang
    xiaojun xiaoling xiaowei yanling yufei yuqing zhiqiang jianguo guoqiang weiwei jingjing
    tingting yuting meiling huiling zixuan mingyu junjie jiahui jiaqi jiawei zhijun xiaodong
    hongwei jianjun yuming
    """.split()
)

#: Given names borne by women and men alike (Punjabi, Shona, Zulu, Sotho and Tswana, Malawian,
#: Yoruba and Igbo, Bhutanese ones …): a person's first name, of no gender.
BOTH_FIRST_NAMES = frozenset(
    """
    amrit ayanda balwinder chamila chikondi chimwemwe chinonso chisomo farai gurpreet harpreet
    harvinder ifeoluwa jaspreet jaswinder kagiso katlego kehinde kinzang lebogang lesego
    madalitso manpreet mphatso mpho munyaradzi navdeep ntokozo oluwaseun parminder pema
    ravinder sangay sonam sukhwinder tafadzwa tashi tatenda teboho tendai thokozani tinashe
    tinyiko tionge tiwonge tshering tumelo ugyen wandile yamikani yuki
    wayan ketut sokha
    olamide temitope damilola tobi seun dayo tayo taiwo ebere onyeka adeola yinka oluwatobi
    oluwadamilare adama mashudu kudzai nyasha
    """.split()
) | CHINESE_GIVEN_NAMES


def _folded(name: str) -> str:
    """``name`` folded for the lists: case aside, and accents aside where the lists do not hold
    the accented spelling ("Lúcia" is Lucia, "María" Maria; "Jörg" stays Jörg)."""
    folded = name.casefold()
    if folded.isascii() or folded in FEMALE_FIRST_NAMES or folded in MALE_FIRST_NAMES:
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def gender_of(first_name: str) -> str | None:
    """ "f" or "m" for a first name these lists know, else None; a double name ("Klaus-Dieter",
    "Anna-Lena") has its first part's gender."""
    folded = _folded(first_name)
    if "-" in folded and is_first_name(first_name):
        folded = folded.split("-", 1)[0]
    if folded in FEMALE_FIRST_NAMES:
        return "f"
    if folded in MALE_FIRST_NAMES:
        return "m"
    return None


#: Faker's locale that mixes every English-speaking list, rare names and words ("Council",
#: "Judge") among them: left out of the wide lexicon (the regional English locales stay).
_NOISY_LOCALES = frozenset({"en"})
#: Words Faker gives somewhere as a first name that stand in names and texts as something else:
#: particles, articles, a town's first word ("Santa"), words of the calendar and feelings.
_NOT_GIVEN = frozenset(
    "an de del della der di du el la le al van von ven bin ibn san santa st saint sankt los las "
    "love lucky einer".split()
)


@functools.lru_cache(maxsize=1)
def _wide_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The men's and the women's given names of Faker's person providers in every locale but
    ``_NOISY_LOCALES`` (Nigeria's, Kenya's, India's, Ireland's, Germany's …), folded; empty
    where Faker is not installed."""
    male, female = _faker_given_names()
    return frozenset(map(_folded, male)), frozenset(map(_folded, female))


#: The environment variable naming the folder where Faker's given names are kept between runs
#: (empty: none); unset, ``$XDG_CACHE_HOME/articleclean`` or ``~/.cache/articleclean``.
CACHE_DIR_VARIABLE = "ARTICLECLEAN_CACHE_DIR"


def _faker_given_names() -> tuple[list[str], list[str]]:
    """Faker's given names as its providers list them (men's, women's), unfolded. Reading them
    means importing some eighty locale modules, a quarter of a second, once per process: they
    are kept in a file of the cache folder (``_cache_file``) and read from there after the first
    run (a file that cannot be read or written is no error: the names are read from Faker)."""
    path = _cache_file()
    if path is not None:
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(kept, dict) and all(
                isinstance(kept.get(k), list) and all(isinstance(n, str) for n in kept[k]) for k in ("male", "female")
            ):
                return kept["male"], kept["female"]
        except (OSError, ValueError):
            pass
    try:
        import faker.providers.person as person
    except ImportError:
        return [], []
    male: set[str] = set()
    female: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if module.name in _NOISY_LOCALES:
            continue
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attribute, names in (("first_names_male", male), ("first_names_female", female)):
            listed = vars(provider).get(attribute) if provider is not None else None
            if isinstance(listed, (dict, list, tuple)):  # (a weighted dict, or a plain sequence)
                names.update(n for n in listed if isinstance(n, str) and n.replace("-", "").isalpha())
    found = sorted(male), sorted(female)
    if path is not None:
        _keep(path, json.dumps({"male": found[0], "female": found[1]}, ensure_ascii=False))
    return found


def _cache_file() -> Path | None:
    """The file Faker's given names are kept in, by Faker's version and the locales left out;
    None where no cache folder is wanted or Faker is not installed."""
    folder = os.environ.get(CACHE_DIR_VARIABLE)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "articleclean")
    if not folder:
        return None
    try:
        version = importlib.metadata.version("faker")
    except importlib.metadata.PackageNotFoundError:
        return None
    # (the locales left out are part of what the file holds: another choice of them, another file)
    left_out = hashlib.sha1(" ".join(sorted(_NOISY_LOCALES)).encode()).hexdigest()[:8]
    return Path(folder) / f"given-names-faker-{version}-{left_out}.json"


def _keep(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a run beside this one never reads half a
    file); a folder that cannot be written leaves things as they were."""
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
            temporary = out.name
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


@functools.lru_cache(maxsize=1)
def _wide_given_names() -> frozenset[str]:
    """Every given name of ``_wide_lists`` of three letters or more, but words that stand in
    texts as something else (``_NOT_GIVEN``, the calendar's)."""
    from .dates import CALENDAR_WORDS

    male, female = _wide_lists()
    calendar = {_folded(w) for w in CALENDAR_WORDS}
    return frozenset(n for n in male | female if len(n) >= 3 and n not in _NOT_GIVEN and n not in calendar)


def given_gender(first_name: str) -> str | None:
    """ "f" or "m" for a first name: the lists' (``gender_of``), else the wide lists' where only
    one of them gives the name ("Hakim" is a man's, "Ngozi" a woman's; "Andrea" is neither's).
    Evidence for preferring one person over another, never for ruling one out: the wide lists
    disagree across countries more often than these."""
    known = gender_of(first_name)
    if known is not None or not is_given_name(first_name):
        return known
    male, female = _wide_lists()
    folded = _folded(first_name)
    if (folded in male) == (folded in female):
        return None
    return "m" if folded in male else "f"


@functools.lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name the lists here know (``is_first_name``) or one given
    anywhere in the world (Faker's lists of some eighty locales, where Faker is installed:
    "Ngozi", "Hafiz", "Orla"). Weaker evidence than ``is_first_name`` (a wider net holds
    surnames that are first names elsewhere, "Omar", "Thomas"): for telling that a capitalised
    word may open a person's name, or stand in the middle of one ("Peter Kamau Njoroge",
    "Rashid Ali Mbarouk"); never for a gender."""
    return is_first_name(word) or (word.replace("-", "").isalpha() and _folded(word) in _wide_given_names())


def is_first_name(word: str) -> bool:
    """Whether the lists know ``word`` as a first name, or each part of a double name
    ("Klaus-Dieter", "Anna-Lena", "Jean-Marc")."""
    folded = _folded(word)
    if folded in FEMALE_FIRST_NAMES or folded in MALE_FIRST_NAMES or folded in BOTH_FIRST_NAMES:
        return True
    parts = folded.split("-")
    return len(parts) == 2 and all(
        p in FEMALE_FIRST_NAMES or p in MALE_FIRST_NAMES or p in BOTH_FIRST_NAMES for p in parts
    )


#: A surname with an Arabic article joined to it by a hyphen, the article in lower case:
#: "al-Sisi", "el-Erian", "as-Sadr" (a pattern's text, for the patterns that spot names).
ARABIC_ARTICLE_SURNAME = r"(?:al|el|as|ad|ash|ar|az|an|at)-\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?"


#: A given name of two syllables joined by a hyphen, the second in lower case, as Cantonese and
#: Korean names are written in English ("Chan Chi-wai", "Park Min-jae"): it follows the surname.
_GIVEN_AFTER_SURNAME = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")
#: Common Chinese, Korean and Vietnamese surnames as news in English romanises them: written
#: first, before two syllables of a given name ("Tan Mei Ling" is Ms Tan, "Lim Chee Keong" Mr Lim,
#: "Kim Jong Un", "Nguyen Van An").
SURNAMES_WRITTEN_FIRST = frozenset(
    """
    tan lim lee ng wong chan goh teo ong chua koh lau yeo tay toh chong chew chia khoo quek seah
    sim soh wee yap ho tang lai leong loh foo heng ang neo poh kwok fong cheung leung yip tsang
    zhang wang li liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao liang song zheng
    xie han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu ye cheng wei su lu ding
    ren shen yao jin kim park choi jung kang cho yoon jang shin kwon hwang ahn nguyen tran pham
    hoang phan vu vo dang bui ngo duong
    """.split()
)


def surname_first(words: list[str]) -> bool:
    """Whether a name of three words is written surname first, as Chinese, Korean and Vietnamese
    names are: a surname of those lists, then two short syllables that are no first name here
    ("Tan Mei Ling", "Lee Hsien Loong"; not "Lee Ann Womack", nor "Tan Sri Annuar", a title)."""
    return (
        len(words) == 3 and words[0].casefold() in SURNAMES_WRITTEN_FIRST and words[1] != "Sri"
        and len(words[1]) <= 5 and len(words[2]) <= 6
        and (not is_first_name(words[1]) or words[1].casefold() in CHINESE_GIVEN_NAMES)
    )


@functools.lru_cache(maxsize=8192)  # (asked of the same few names again and again as speakers are resolved)
def surname(name: str) -> str:
    """The surname of a full name: its last word, or its first where a hyphenated given name
    follows it ("Chan Chi-wai" is Mr Chan) or the name is written surname first ("Tan Mei Ling")."""
    words = name.split()
    if len(words) >= 2 and _GIVEN_AFTER_SURNAME.fullmatch(words[-1], timeout=PATTERN_TIMEOUT):
        return words[-2]  # (after a first name: "Patrick Ng Ho-yin" is Mr Ng)
    if surname_first(words[-3:]):
        return words[-3]  # ("Madam Tan Mei Ling" is Madam Tan)
    return words[-1] if words else name


def is_acronym(name: str) -> bool:
    """Whether a name is a body's initials alone ("CDC", "NASA"): nobody's name."""
    return " " not in name and name.isupper() and name.isalpha() and 2 <= len(name) <= 6
