"""Photo credits: their labels, the picture agencies they name, and their class/id tokens."""

#: Labels that open a credit line ("Foto: …", "Photo: …", "Bild: …").
CREDIT_LABELS = [
    "photo", "foto", "image", "picture", "pic", "bild", "credit", "crédito", "crédit", "credito",
    "illustration", "grafik", "graphic", "fotografía", "fotografia", "quelle: foto", "source: photo",
    "photo credit", "image credit", "bildquelle", "fotoquelle", "titelbild", "beitragsbild",
    "photos", "fotos", "imagen", "immagine", "imagem", "afbeelding", "zdjęcie", "fot", "фото",
    "crédits photos", "crédit photo", "photo credits", "image credits", "quelle", "źródło", "source",
    "sources", "fuente", "fonte", "bron",
]

#: Picture agencies that close a credit line ("Jane Doe/Getty Images").
CREDIT_AGENCIES = [
    "getty images", "getty", "ap photo", "ap", "reuters", "afp", "afp via getty images", "dpa",
    "picture alliance", "picture-alliance", "imago", "imago images", "shutterstock", "istock",
    "istockphoto", "epa", "efe", "ansa", "keystone", "alamy", "unsplash", "pexels", "pixabay",
    "wikimedia commons", "pa", "pa images", "pa wire", "bloomberg", "xinhua", "anadolu",
    "sipa", "abaca", "rex", "rex features", "nasa", "handout",
]

#: Element class/id tokens of credit lines.
CREDIT_TOKENS = [
    "credit", "credits", "photo-credit", "image-credit", "media-credit", "copyright",
    "bildnachweis", "bildquelle", "fotocredit", "photographer", "image-source",
]
