"""The sentences of Peter Harris, "When Should You Follow Up After a Job Interview?"
(shared/seed/interview-follow-up-article.txt) that tactful's rules carry out.

Rules quote these constants, so the reason a user reads is the article's own sentence.
"""

TWICE = (
    "You can follow up with the employer two times. "
    "The first one is essential and the second is optional."
)
MAX_FOLLOW_UPS = 2
"""At most two follow-ups per round (`TWICE`)."""
THANK_YOU_IMMEDIATELY = (
    "The first follow-up should be the thank you note that you send – probably by email – "
    "immediately after your job interview."
)
THANK_YOU_CONTENT = (
    "You should thank the employer for taking the time to meet with you, reiterate your "
    "enthusiasm for the role, and restate your key selling point for landing the job."
)
MANY_CANDIDATES = (
    "If the company indicates they are interviewing many more people or are still reviewing "
    "applications, then it will likely take longer for you to get a response."
)
CLOSING_DATE = (
    "Many jobs come with an expiration date for applications, so following up before that "
    "period would not be productive."
)
DECISION_DATE = (
    "If you still haven't heard from the employer in the time they indicated they would make a "
    "decision – or in what seems like a reasonable amount of time after the interview, it is "
    "okay to follow up a second time."
)
WEEK_TO_TEN_DAYS = "This is usually between a week to ten days following the job closing date."
EMAIL_NOT_CALL = (
    "Then you can email them. Do not call. Nobody enjoys being put on the spot by an "
    "unsolicited phone call from an eager candidate."
)
NO_VISIT = (
    "Too many emails – or worse, phone calls – or far worse, actually showing up at the office – "
    "could have the employer thinking they dodged a bullet by not hiring you."
)
STATUS_CONTENT = (
    "Inquire about how the hiring process is going. Mention any qualifications or "
    "accomplishments you have that you might have forgotten to bring up at the interview."
)
REFER_TO_INTERVIEW = (
    "Refer to the job interview specifically, demonstrating that you pay attention in "
    "conversations and have a great memory for details."
)
NOT_DESPERATE = "You don't want to come across as desperate or a nuisance."
PRESSURE = (
    "Pressuring employers or making them uncomfortable can actually hurt your chances. "
    "Send a polite email."
)
DONT_TAKE_IT_PERSONALLY = (
    "Employers are often slow to respond, and too often they don't get back to candidates at "
    "all. It seems rude, but don't take it personally."
)
SHORT_AND_FRIENDLY = (
    "A second follow-up only has a small chance of boosting your chances of being hired. "
    "However, if you keep it short and friendly, it shouldn't hurt them either."
)
