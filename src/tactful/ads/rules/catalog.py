"""Every rule of the job-ad studio: its category, default severity, message and evidence.

The evidence names the study, dataset or article of law each rule rests on, so an employer can
check why a finding matters. Rules whose id starts with "fr-" belong to the French analysis.
"""

from __future__ import annotations

from tactful.ads.model import (
    CLARITY,
    CULTURE,
    ERROR,
    INCLUSION,
    INFO,
    LEGAL,
    TRANSPARENCY,
    WARNING,
    Rule,
)

GAUCHER = (
    "Gaucher, Friesen & Kay (2011), Evidence that gendered wording in job advertisements exists "
    "and sustains gender inequality, J. Pers. Soc. Psychol. 101(1):109-128"
)
STOUT = (
    "Stout & Dasgupta (2011), When he doesn't mean you: gender-exclusive language as ostracism, "
    "Pers. Soc. Psychol. Bull. 37(6):757-769"
)
CHERYAN = (
    "Cheryan, Plaut, Davies & Steele (2009), Ambient belonging: how stereotypical cues impact "
    "gender participation in computer science, J. Pers. Soc. Psychol. 97(6):1045-1060"
)
PLAIN = "US Federal Plain Language Guidelines (2011), plainlanguage.gov"
MOHR = (
    "Mohr (2014), Why women don't apply for jobs unless they're 100% qualified, Harvard "
    "Business Review (Hewlett-Packard internal report)"
)
AGE = (
    "US Age Discrimination in Employment Act, 29 U.S.C. § 623(e), and 29 C.F.R. § 1625.4 "
    "('young', 'recent college graduate' in ads); Burn, Button, Munguia Corella & Neumark "
    "(2022), Does ageist language in job ads predict age discrimination in hiring?, "
    "J. Labor Econ. 40(3)"
)
PAY_LAWS = (
    "Directive (EU) 2023/970 Art. 5; Colorado C.R.S. § 8-5-201; New York Labor Law § 194-b; "
    "California Labor Code § 432.3; Washington RCW 49.58.110"
)
GOOGLE_JOBS = (
    "Google Search Central, Job posting structured data (jobLocation or TELECOMMUTE, "
    "validThrough): developers.google.com/search/docs/appearance/structured-data/job-posting"
)
CANDIDATE_EXPERIENCE = (
    "Talent Board CandE Benchmark Research on candidate resentment: silence after applying "
    "is candidates' most common complaint"
)
FR_L1142_1 = "Code du travail, art. L1142-1 1° (no mention of the sex or family situation sought)"
EU_ART5 = "Directive (EU) 2023/970 (pay transparency), Art. 5(1) and 5(3); applies from 7 June 2026"

_RULES = [
    # inclusion
    Rule("gender-coded", INCLUSION, INFO,
         "masculine-coded word in a masculine-coded ad: fewer women find such ads appealing",
         "balance it with neutral or communal wording (collaborate, support, understand)",
         GAUCHER),
    Rule("gendered-term", INCLUSION, WARNING,
         "gendered word: readers who are not addressed feel they do not belong",
         "address the reader as 'you', or use a neutral word", STOUT),
    Rule("sex-sought", INCLUSION, WARNING,
         "asks for candidates of one sex", "describe the job, not the person's sex",
         "US Title VII, 42 U.S.C. § 2000e-3(b); Directive 2006/54/EC Art. 14"),
    Rule("age", INCLUSION, WARNING,
         "age-coded wording: it deters older candidates and is unlawful in many places",
         "describe the skills or the level, not the age", AGE),
    Rule("disability", INCLUSION, WARNING,
         "physical or health requirement without a stated need",
         "state the task that needs it, and offer reasonable accommodation",
         "Americans with Disabilities Act, 42 U.S.C. § 12112(b)(6); Directive 2000/78/EC"),
    Rule("origin", INCLUSION, WARNING,
         "nationality or origin requirement: ask for the skill level instead",
         "state the level needed, e.g. 'fluent English (C1)'",
         "US Title VII, 42 U.S.C. § 2000e-2; EEOC Enforcement Guidance on National Origin "
         "Discrimination (2016); Directive 2000/43/EC"),
    Rule("family-status", INCLUSION, WARNING,
         "family situation sought: it has nothing to do with the job",
         "remove it; describe the schedule or travel the job needs instead",
         "Directive 2006/54/EC; Code du travail L1132-1; Phillips v. Martin Marietta Corp., "
         "400 U.S. 542 (1971)"),
    Rule("appearance", INCLUSION, WARNING,
         "appearance requirement: looks are not a qualification",
         "remove it, or state a real dress or safety code",
         "Code du travail L1132-1 (apparence physique); Hamermesh & Biddle (1994), Beauty and "
         "the labor market, Am. Econ. Rev. 84(5)"),
    Rule("fr-title-gendered", INCLUSION, WARNING,
         "job title in one grammatical gender only",
         "add (H/F) or write the title inclusively (développeur·se)",
         f"{FR_L1142_1}; Haut Conseil à l'Égalité, Guide pour une communication publique sans "
         "stéréotype de sexe (2015)"),
    # culture and tone
    Rule("superhero-title", CULTURE, WARNING,
         "superhero title: it signals a bro culture and puts off many candidates",
         "use the real job title", f"{GAUCHER}; {CHERYAN}"),
    Rule("bro-culture", CULTURE, WARNING,
         "bro-culture wording: it tells candidates who is expected to fit in",
         "describe real benefits and how the team works", CHERYAN),
    Rule("profanity", CULTURE, WARNING, "profanity in a job ad",
         "use plain, professional words", CHERYAN),
    Rule("sexualised", CULTURE, WARNING, "sexualised word in a job ad",
         "use plain, professional words",
         "Directive 2006/54/EC Art. 2(1)(d) (sexual harassment); " + CHERYAN),
    Rule("drama-free", CULTURE, WARNING,
         "'no drama' wording tells candidates that raising a problem is unwelcome",
         "say how the team handles disagreement instead", CHERYAN),
    Rule("meritocracy", CULTURE, INFO,
         "claims of meritocracy go with more biased pay decisions, not fewer",
         "describe how pay and promotion are decided",
         "Castilla & Benard (2010), The paradox of meritocracy in organizations, "
         "Adm. Sci. Q. 55(4)"),
    Rule("empty-superlative", CULTURE, INFO, "empty superlative: it says nothing checkable",
         "replace it with a fact (team size, product, customers)", PLAIN),
    Rule("unrealistic-demand", CULTURE, WARNING,
         "unrealistic demand on time or availability",
         "state the real hours, on-call duties and onboarding",
         "Working Time Directive 2003/88/EC (maximum weekly hours, daily rest)"),
    Rule("third-person", CULTURE, INFO,
         "talks about 'the candidate' instead of to the reader",
         "address the reader as 'you'", PLAIN),
    # transparency
    Rule("pay-missing", TRANSPARENCY, WARNING, "no pay or pay range",
         "state the pay range (e.g. '€45,000–€55,000 a year')", PAY_LAWS),
    Rule("location-missing", TRANSPARENCY, WARNING, "no location or remote policy",
         "say where the job is, or that it is remote and from which countries", GOOGLE_JOBS),
    Rule("closing-date-missing", TRANSPARENCY, INFO, "no closing date for applications",
         "add 'Apply by <date>'",
         "Colorado C.R.S. § 8-5-201(2) as amended by SB 23-105 (application deadline); "
         + GOOGLE_JOBS),
    Rule("process-missing", TRANSPARENCY, WARNING, "the hiring process is not described",
         "list the steps (screening call, interview, decision)", CANDIDATE_EXPERIENCE),
    Rule("timeline-missing", TRANSPARENCY, INFO, "the hiring process has no timeline",
         "say how long each step takes (e.g. 'a decision within two weeks')",
         CANDIDATE_EXPERIENCE),
    Rule("reply-promise-missing", TRANSPARENCY, WARNING,
         "no promise to answer every applicant",
         "add 'We reply to every applicant within N days'", CANDIDATE_EXPERIENCE),
    # clarity
    Rule("length", CLARITY, INFO, "length outside 300–700 words",
         "aim for 300–700 words: enough for pay, tasks, requirements and process",
         f"tactful guideline (issue 6); {PLAIN}"),
    Rule("hard-to-read", CLARITY, INFO, "hard to read",
         "use shorter sentences and everyday words",
         "Flesch (1948), A new readability yardstick, J. Appl. Psychol. 32(3):221-233; French: "
         "Kandel & Moles (1958)"),
    Rule("long-sentence", CLARITY, INFO, "long sentence",
         "split it: plain-language guidance keeps sentences short (25 words in English, 30 in "
         "French)", PLAIN),
    Rule("too-many-requirements", CLARITY, WARNING, "more than 8 required qualifications",
         "keep the must-haves to 8 or fewer; move the rest to 'nice to have'", MOHR),
    Rule("we-over-you", CLARITY, INFO, "the ad talks about 'we' far more than 'you'",
         "write to the reader: what you will do, what you will get", PLAIN),
    Rule("missing-section", CLARITY, INFO, "a usual section is missing",
         "add a heading for it", PLAIN),
    # legal
    Rule("fr-sex-family", LEGAL, ERROR,
         "France: a job ad may not mention the sex or family situation sought",
         "remove it", FR_L1142_1),
    Rule("fr-title", LEGAL, ERROR,
         "France: the title must be gender-neutral or carry the H/F (F/H) mention",
         "add (H/F) to the title or write it inclusively", FR_L1142_1),
    Rule("fr-age-limit", LEGAL, ERROR, "France: a job ad may not set an upper age limit",
         "remove the age limit", "Code du travail, art. L5331-2"),
    Rule("fr-language", LEGAL, ERROR, "France: a job ad must be written in French",
         "write the ad in French (a translation may follow it)", "Code du travail, art. L5331-4"),
    Rule("eu-pay", LEGAL, ERROR,
         "EU: applicants must be told the initial pay or its range",
         "state the pay range in the ad", EU_ART5),
    Rule("eu-neutral-title", LEGAL, ERROR, "EU: vacancy notices and job titles must be "
         "gender-neutral", "use a neutral title, or both forms", EU_ART5),
    Rule("us-co-pay", LEGAL, ERROR, "Colorado: the posting must state the pay or pay range",
         "state the hourly or salary range",
         "Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201(2); 7 CCR 1103-13"),
    Rule("us-co-benefits", LEGAL, ERROR, "Colorado: the posting must describe the benefits",
         "add a general description of the benefits",
         "Colorado Equal Pay for Equal Work Act, C.R.S. § 8-5-201(2); 7 CCR 1103-13"),
    Rule("us-co-deadline", LEGAL, ERROR,
         "Colorado: the posting must give the application deadline",
         "add 'Apply by <date>'", "Colorado C.R.S. § 8-5-201(2)(b) as amended by SB 23-105"),
    Rule("us-ny-pay", LEGAL, ERROR,
         "New York: the posting must state the pay range (State and City laws)",
         "state the minimum and maximum pay",
         "New York Labor Law § 194-b; NYC Administrative Code § 8-107(32)"),
    Rule("us-ca-pay", LEGAL, ERROR, "California: the posting must state the pay scale",
         "state the pay scale", "California Labor Code § 432.3(c)(3) (SB 1162)"),
    Rule("us-wa-pay", LEGAL, ERROR,
         "Washington: the posting must state the wage scale or salary range",
         "state the salary range", "Washington RCW 49.58.110"),
    Rule("us-wa-benefits", LEGAL, ERROR,
         "Washington: the posting must describe the benefits and other compensation",
         "add a general description of the benefits", "Washington RCW 49.58.110"),
]  # fmt: skip

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}


def rule(rule_id: str) -> Rule:
    return RULES[rule_id]
