"""Early 2023: two certification profiles under one address (11-digit case)."""
from common import *

CASE_K = "12904477318"
SUBJ_K = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_K
DUP_CID = "AWS07730915"
TC_NAME = "AWS Training and Certification"


def messages():
    out = []
    # K1 acknowledgement, HTML only, table
    h = html("""<table width="100%%" cellpadding="0" cellspacing="0"><tr><td style="background:#232f3e;padding:12px">
<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_REV_SQ.8c88ac215fe4e441dc42865dd6962ed4f444a90d.png" height="28" alt="AWS"></td></tr></table>
<p>Hello,</p>
<p>Thanks for contacting AWS Training and Certification. Your request has been logged as
case <b>%s</b>.</p>
<p>We aim to reply within 24 hours; during busy periods it can take a little longer.
To avoid delays, reply to this message rather than opening another case about the same topic.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Case ID</th><td>%s</td></tr>
<tr><th align="left">Category</th><td>Certification &gt; Account Merge</td></tr>
<tr><th align="left">Submitted</th><td>2023-01-16 02:07 UTC</td></tr>
</table>
<p>Sincerely,<br>AWS Training and Certification Customer Service</p>""" % (CASE_K, CASE_K))
    out.append((build(when=dt("2023-01-16 02:07:51"), key="k1",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_K,
        body=part(h, "html")), L("acknowledgement", False, CASE_K)))

    # K2 confirmation request: terse, a question, no Account #1 listing
    t = """Hi Haruka,

Two certification profiles are registered to %s:

  %s  - created 2019, holds your Solutions Architect - Associate
  %s  - created 2022, no exams or badges

The second one is why Credly stopped picking up your history. Shall I fold
%s into %s and keep the older profile as the only one? Once you
say yes I can do it the same day.

Ravi
AWS Training and Certification Customer Service
""" % (ME_C, OLD_CID, DUP_CID, DUP_CID, OLD_CID)
    out.append((build(when=dt("2023-01-23 19:26:04"), key="k2",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_K,
        irt=mid("k1", "ses"), refs=[mid("k1", "ses")],
        body=part(t + FORM_FOOTER, cte="7bit")),
        L("confirmation_request", True, CASE_K, [OLD_CID, DUP_CID, DUP_CID, OLD_CID])))

    # K3 owner's answer (Outlook, reply above a header block with > quoting)
    r = """Hi Ravi,

Yes, please go ahead: merge %s into %s and keep the older one.

Thanks,
Haruka

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, January 24, 2023 4:26
To: Mizuno Haruka <%s>
Subject: %s

%s
""" % (DUP_CID, OLD_CID, TC_FORM, ME_C, SUBJ_K, quote(t))
    out.append((build(when=dt("2023-01-24 09:03:12", JST), key="k3", incoming=False,
        frm=addr("Mizuno Haruka", ME_C), to=addr(TC_NAME, TC_FORM), subject=SUBJ_K,
        msgid=mid("k3", "outlook"), irt=mid("k2", "ses"), refs=[mid("k1", "ses"), mid("k2", "ses")],
        extra=[("Thread-Topic", SUBJ_K[3:]), ("Thread-Index", "AdkvK3mZr0e1QbqTQ2yCw8b7x0nJ+g==")],
        body=part(r)), L("user_reply", False, CASE_K, [DUP_CID, OLD_CID])))

    # K4 resolved
    t = """Hi Haruka,

Done - the empty profile has been merged away and %s is now the only
certification account on your address. Credly should show your badge again
within a day; nothing else is needed from you.

Ravi
AWS Training and Certification Customer Service

> Yes, please go ahead: merge %s into %s and keep the older one.
""" % (OLD_CID, DUP_CID, OLD_CID)
    out.append((build(when=dt("2023-01-24 05:40:37"), key="k4",
        frm=addr(TC_NAME, TC_FORM), to=ME_C, subject=SUBJ_K,
        irt=mid("k3", "outlook"), refs=[mid("k1", "ses"), mid("k2", "ses"), mid("k3", "outlook")],
        body=part(t + FORM_FOOTER)), L("resolved", False, CASE_K, [OLD_CID])))
    return out
