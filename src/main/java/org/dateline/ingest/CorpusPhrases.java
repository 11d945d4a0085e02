package org.dateline.ingest;

import java.util.List;
import java.util.Map;

/**
 * The word model of generated items in one language: sentence templates of an international organization's
 * press releases (workshops, election observation, border management, media freedom, ...) with slots for the
 * place, the organizer, the topic, people and numbers, and the words that fill them. Templates hold no double
 * quotes or backslashes, so that generated text goes into JSON as it is.
 */
record CorpusPhrases(
        String code,
        List<String> months,
        List<String> titles,
        List<String> openings,
        List<String> sentences,
        List<String> quotes,
        List<String> quoteIntros,
        List<String> roles,
        List<String> firstNames,
        List<String> lastNames,
        List<String> events,
        List<String> participants,
        Map<String, List<String>> topics,
        List<String> genericTopics,
        String organization,
        String openQuote,
        String closeQuote) {

    static final List<CorpusPhrases> ALL = List.of(english(), russian(), french());

    private static CorpusPhrases english() {
        return new CorpusPhrases(
                "en",
                List.of(
                        "January",
                        "February",
                        "March",
                        "April",
                        "May",
                        "June",
                        "July",
                        "August",
                        "September",
                        "October",
                        "November",
                        "December"),
                List.of(
                        "{org} {event} on {topic} opens in {city}",
                        "{org} supports {country} in strengthening {topic}",
                        "{n} {participants} trained in {topic} at {org} {event}",
                        "{org} and {country} discuss {topic}",
                        "Experts meet in {city} to review {topic}",
                        "{org} hands over equipment to support {topic} in {country}",
                        "{org} concludes {event} on {topic}",
                        "New guide on {topic} presented in {city}"),
                List.of(
                        "The {org} today opened a {event} on {topic} for {n} {participants} from across {country}.",
                        "Some {n} {participants} took part in a {event} on {topic}, organized by the {org} in {city}"
                                + " today.",
                        "The {org} concluded today a {event} on {topic}, which brought together {n} {participants}.",
                        "Representatives of the {org} met officials in {city} today to discuss {topic} and the"
                                + " support the Organization can offer in the coming year."),
                List.of(
                        "The {event} covered international standards and good practices in {topic}, with case studies"
                                + " from {country} and other participating States.",
                        "Participants discussed how national institutions can co-operate more closely on {topic}.",
                        "Trainers from {country} and international experts led practical exercises and group"
                                + " discussions.",
                        "The activity is part of a long-term project on {topic}, funded by extra-budgetary"
                                + " contributions from several participating States.",
                        "A second round of training is planned for {n} {participants} later this year.",
                        "The recommendations agreed at the {event} will be presented to the authorities of {country}.",
                        "Since {year}, the {org} has assisted {country} in {topic} through training, legal advice"
                                + " and the exchange of experience.",
                        "Civil society representatives stressed the importance of transparency and public trust.",
                        "The participants visited a border crossing point and a regional training centre near {city}.",
                        "The {org} will continue to support the implementation of OSCE commitments in {topic}.",
                        "Journalists and editors from {n} media outlets joined the discussion on the safety of"
                                + " journalists and access to information.",
                        "Election observers will remain in the country to follow the counting of votes and the"
                                + " handling of complaints and appeals.",
                        "The handbook was translated into local languages and distributed to {n} municipalities.",
                        "Women made up almost half of the participants, in line with the OSCE Action Plan for the"
                                + " Promotion of Gender Equality.",
                        "The meeting also reviewed the progress made since the previous {event} in {city}."),
                List.of(
                        "Effective {topic} depends on co-operation between institutions and on the trust of the"
                                + " people they serve.",
                        "We are proud to support {country} in its efforts on {topic}.",
                        "This {event} shows what can be achieved when institutions and civil society work"
                                + " together.",
                        "The OSCE remains committed to helping the authorities meet their commitments on {topic}.",
                        "Our aim is to share practical experience that participants can use in their daily work."),
                List.of("said", "stressed", "noted", "added"),
                List.of(
                        "Head of the {org}",
                        "Deputy Head of the {org}",
                        "the OSCE Secretary General",
                        "Minister of Interior of {country}",
                        "the Ambassador of {country} to the OSCE",
                        "a national trainer from {city}",
                        "Chairperson of the Central Election Commission"),
                List.of(
                        "Anna",
                        "Thomas",
                        "Maria",
                        "Peter",
                        "Elena",
                        "Jan",
                        "Sofia",
                        "Marco",
                        "Aida",
                        "Lars",
                        "Nina",
                        "Stefan",
                        "Claire",
                        "Arben",
                        "Milica",
                        "Daniyar",
                        "Olena",
                        "Giorgi",
                        "Katarina",
                        "Andrew"),
                List.of(
                        "Müller",
                        "Hoxha",
                        "Petrović",
                        "Kovačević",
                        "Nazarbekova",
                        "Andersen",
                        "Rossi",
                        "Novak",
                        "Ivanova",
                        "Horvat",
                        "Shevchenko",
                        "Beridze",
                        "Schmidt",
                        "Jensen",
                        "Karimov",
                        "Lindqvist",
                        "Dimitrov",
                        "O'Neill",
                        "Fischer",
                        "Hasani"),
                List.of(
                        "two-day workshop",
                        "training course",
                        "round table",
                        "regional conference",
                        "study visit",
                        "expert meeting",
                        "seminar",
                        "three-day training"),
                List.of(
                        "police officers",
                        "judges and prosecutors",
                        "border guards",
                        "journalists",
                        "civil servants",
                        "young leaders",
                        "election officials",
                        "members of parliament",
                        "civil society representatives",
                        "customs officers"),
                Map.ofEntries(
                        Map.entry(
                                "elections",
                                List.of("election observation", "voter registration", "election" + " administration")),
                        Map.entry(
                                "border-management",
                                List.of(
                                        "border management",
                                        "border security",
                                        "the" + " detection of forged documents")),
                        Map.entry(
                                "media-freedom-and-development",
                                List.of("media freedom", "the safety of" + " journalists", "access to information")),
                        Map.entry(
                                "policing",
                                List.of(
                                        "community policing",
                                        "police reform",
                                        "the investigation of" + " organized crime")),
                        Map.entry(
                                "human-rights",
                                List.of("human rights", "the prevention of torture", "freedom of" + " assembly")),
                        Map.entry(
                                "combating-trafficking-in-human-beings",
                                List.of(
                                        "combating trafficking in human" + " beings",
                                        "the protection of trafficking victims")),
                        Map.entry(
                                "rule-of-law",
                                List.of("the rule of law", "judicial independence", "trial" + " monitoring")),
                        Map.entry(
                                "gender-equality",
                                List.of(
                                        "gender equality",
                                        "women's participation in public" + " life",
                                        "the prevention of violence against women"))),
                List.of("regional co-operation", "good governance", "confidence-building measures"),
                "OSCE",
                "\u201c",
                "\u201d");
    }

    private static CorpusPhrases russian() {
        return new CorpusPhrases(
                "ru",
                List.of(
                        "января",
                        "февраля",
                        "марта",
                        "апреля",
                        "мая",
                        "июня",
                        "июля",
                        "августа",
                        "сентября",
                        "октября",
                        "ноября",
                        "декабря"),
                List.of(
                        "ОБСЕ проводит {event} по вопросам {topic} в городе {city}",
                        "{n} участников прошли обучение по вопросам {topic}",
                        "ОБСЕ поддерживает {country} в области {topic}",
                        "Эксперты обсудили в городе {city} вопросы {topic}"),
                List.of(
                        "Сегодня {org} открыла {event} по вопросам {topic} для {n} участников, в том числе"
                                + " {participants}.",
                        "В городе {city} сегодня завершился {event} по вопросам {topic}, организованный {org}."),
                List.of(
                        "Участники обсудили международные стандарты и передовой опыт в области {topic}.",
                        "Мероприятие является частью долгосрочного проекта, который финансируется"
                                + " государствами-участниками ОБСЕ.",
                        "Национальные и международные эксперты провели практические занятия и дискуссии в группах.",
                        "Рекомендации участников будут представлены властям страны.",
                        "Второй этап обучения запланирован на конец года.",
                        "С {year} года ОБСЕ оказывает помощь в области {topic}.",
                        "Представители гражданского общества подчеркнули важность прозрачности и доверия граждан.",
                        "Наблюдатели за выборами продолжат следить за подсчётом голосов и рассмотрением жалоб."),
                List.of(
                        "Мы рады поддержать усилия страны в области {topic}.",
                        "Эффективная работа зависит от сотрудничества между учреждениями и доверия граждан.",
                        "ОБСЕ и впредь будет помогать властям выполнять взятые обязательства."),
                List.of("сказал", "отметил", "подчеркнул"),
                List.of("глава {org}", "заместитель главы {org}", "национальный тренер из города {city}"),
                List.of("Анна", "Сергей", "Мария", "Алексей", "Елена", "Тимур", "Ольга", "Бахтияр", "Нина", "Дмитрий"),
                List.of("Иванов", "Петренко", "Назарбеков", "Соколов", "Каримов", "Гусейнов", "Абдуллаев", "Морозов"),
                List.of("семинар", "тренинг", "круглый стол", "учебный курс"),
                List.of(
                        "сотрудники полиции",
                        "пограничники",
                        "журналисты",
                        "судьи и прокуроры",
                        "члены избирательных комиссий"),
                Map.of(
                        "elections", List.of("наблюдения за выборами", "регистрации избирателей"),
                        "border-management", List.of("управления границами", "пограничной безопасности"),
                        "media-freedom-and-development", List.of("свободы СМИ", "безопасности журналистов"),
                        "policing", List.of("работы полиции с населением", "реформы полиции")),
                List.of("регионального сотрудничества", "надлежащего управления", "мер укрепления доверия"),
                "ОБСЕ",
                "«",
                "»");
    }

    private static CorpusPhrases french() {
        return new CorpusPhrases(
                "fr",
                List.of(
                        "janvier",
                        "février",
                        "mars",
                        "avril",
                        "mai",
                        "juin",
                        "juillet",
                        "août",
                        "septembre",
                        "octobre",
                        "novembre",
                        "décembre"),
                List.of(
                        "L'OSCE organise un {event} sur {topic} à {city}",
                        "{n} {participants} formés sur {topic}",
                        "L'OSCE soutient {country} dans le domaine de {topic}",
                        "Des experts réunis à {city} pour examiner {topic}"),
                List.of(
                        "L'{org} a ouvert aujourd'hui un {event} sur {topic} à l'intention de {n} {participants}.",
                        "Quelque {n} {participants} ont participé aujourd'hui à {city} à un {event} sur {topic}"
                                + " organisé par l'{org}."),
                List.of(
                        "Les participants ont examiné les normes internationales et les bonnes pratiques en matière"
                                + " de {topic}.",
                        "L'activité fait partie d'un projet à long terme financé par des contributions"
                                + " extrabudgétaires.",
                        "Des formateurs nationaux et des experts internationaux ont animé des exercices pratiques.",
                        "Les recommandations seront présentées aux autorités du pays.",
                        "Depuis {year}, l'OSCE soutient les institutions nationales dans le domaine de {topic}.",
                        "Les représentants de la société civile ont souligné l'importance de la transparence.",
                        "Une deuxième session de formation est prévue plus tard dans l'année."),
                List.of(
                        "Nous sommes fiers de soutenir les efforts du pays en matière de {topic}.",
                        "La coopération entre les institutions est la clé de la confiance du public.",
                        "L'OSCE reste déterminée à aider les autorités à respecter leurs engagements."),
                List.of("a déclaré", "a souligné", "a ajouté"),
                List.of("chef de l'{org}", "chef adjoint de l'{org}", "formatrice nationale venue de {city}"),
                List.of("Claire", "Pierre", "Sophie", "Jean", "Amina", "Luc", "Camille", "Nicolas"),
                List.of("Dubois", "Martin", "Lefèvre", "Bernard", "Moreau", "Girard", "Benali", "Rousseau"),
                List.of("atelier", "séminaire", "cours de formation", "table ronde"),
                List.of("policiers", "gardes-frontières", "journalistes", "juges et procureurs", "fonctionnaires"),
                Map.of(
                        "elections", List.of("l'observation des élections", "l'inscription des électeurs"),
                        "border-management", List.of("la gestion des frontières", "la sécurité des frontières"),
                        "media-freedom-and-development",
                                List.of("la liberté des médias", "la sécurité des" + " journalistes")),
                List.of("la coopération régionale", "la bonne gouvernance", "les mesures de confiance"),
                "OSCE",
                "« ",
                " »");
    }
}
