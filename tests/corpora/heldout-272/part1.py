"""2021: first certification, a name-correction case (10-digit case number)."""
from lib import *

CASE_A = "8419027735"
CAND_OLD = "AWS02217845"

A_ACK = ses_mid("a-ack")
A_REQ = ses_mid("a-req")
A_USR = outlook_mid("a-usr")
A_RES = ses_mid("a-res")

DANIEL_REQ = """Hi Haruka,

Thanks for writing in. I looked up certification account AWS02217845 and the
name on the record is spelled "Haruka Nisimura".

Before we change the name on a certification record we match it against
identification. Reply to this message with your given name and family name
exactly as they appear on the government-issued ID you show at the test
center. A typed reply is enough; please do not send a copy of the ID itself.
Once the record changes, the Credly badge picks up the new spelling too.

Best regards,
Daniel
AWS Training & Certification"""


def messages():
    out = []
    t = when("2021-05-20 18:42:10", UTC)
    body = multi("alternative", [
        text("""Dear Haruka Nisimura,

Congratulations! You have successfully completed the AWS Certified Developer -
Associate exam and you are now AWS Certified.

Candidate ID: AWS02217845
Validation number: 7QW2KJL1DF41QGS3

Your digital badge will be issued through Credly within a few days, and your
certificate can be downloaded from your AWS Certification Account.

Sincerely,
AWS Training and Certification"""),
        html(wrap_html("""<table width="600" align="center"><tr><td>
<h2 style="color:#ff9900">Congratulations, you are AWS Certified!</h2>
<p>Dear Haruka Nisimura,</p>
<p>You have successfully completed the <b>AWS Certified Developer - Associate</b> exam.</p>
<p>Candidate ID: AWS02217845<br>Validation number: 7QW2KJL1DF41QGS3</p>
<p>Your digital badge will be issued through Credly within a few days.</p>
<p>Sincerely,<br>AWS Training and Certification</p></td></tr></table>""")),
    ])
    out.append(mail(t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                    "Congratulations! You are now AWS Certified", body,
                    label("certification", False, None, [CAND_OLD]),
                    msgid=mid("cm-2021", "certmetrics.com"), rcv="o365",
                    auth=("certmetrics.com", True)))

    t = when("2021-05-21 02:15:33", UTC)
    body = html(wrap_html("""<div style="max-width:560px;margin:auto">
<img src="https://acclaim-production-app.s3.amazonaws.com/images/logo.png" alt="Acclaim" width="120">
<h1 style="font-size:22px">Haruka, you earned a badge!</h1>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Developer &ndash; Associate</b> badge.</p>
<p><a href="https://www.youracclaim.com/badges/3f0c2a9e-61b4-4a57-9d0e-5b1c7e2f8a10/claim"
style="background:#0079c2;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="color:#777;font-size:11px">You are receiving this email because an organization issued you a badge on Acclaim.
Acclaim, 2 Bethesda Metro Center, Suite 1300, Bethesda, MD 20814</p></div>"""), cte="qp")
    out.append(mail(t, ("Acclaim", "admin@youracclaim.com"), ME_C,
                    "Haruka, you earned a badge from Amazon Web Services Training and Certification",
                    body, label("badge", False), msgid=mid("acclaim-2021", "youracclaim.com"),
                    rcv="o365", auth=("youracclaim.com", True, "mg.youracclaim.com", "198.61.254.21")))

    t = when("2021-05-24 11:03:51", JST)
    body = multi("alternative", [
        text("""Merged #42 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitaura-sys/infra-templates/pull/42#event-4784512
You are receiving this because you were mentioned.""", cte="7bit"),
        html('<p>Merged <a href="https://github.com/kitaura-sys/infra-templates/pull/42">#42</a> into main.</p>\n'
             '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
             '<a href="https://github.com/kitaura-sys/infra-templates/pull/42#event-4784512">view it on GitHub</a>.'
             '<br>You are receiving this because you were mentioned.</p>', cte="7bit"),
    ])
    out.append(mail(t, ("Kenta Oda", "notifications@github.com"), ("kitaura-sys/infra-templates", "infra-templates@noreply.github.com"),
                    "Re: [kitaura-sys/infra-templates] Merge shared account modules into a single stack (PR #42)",
                    body, label("unrelated", False), cc=[("Mention", "mention@noreply.github.com")],
                    msgid="<kitaura-sys/infra-templates/pull/42/issue_event/4784512@github.com>",
                    irt="<kitaura-sys/infra-templates/pull/42@github.com>",
                    refs=["<kitaura-sys/infra-templates/pull/42@github.com>"],
                    rcv="o365", auth=("github.com", True, "github.com", "192.30.252.201"),
                    extra=[("X-GitHub-Reason", "mention"), ("List-ID", "kitaura-sys/infra-templates <infra-templates.kitaura-sys.github.com>")]))

    t = when("2021-05-25 04:12:09", UTC)
    body = text("""Hello,

Thank you for reaching out to AWS Training and Certification. Your request
has been logged as case 8419027735 and a member of our team will respond as
soon as possible, usually within one business day.

Case details
------------
Case ID: 8419027735
Subject: Family name misspelled on certificate
Inquiry type: Certification / Certificate correction

Submitting another form for the same request creates a separate case and
may delay our answer.

Regards,
AWS Training and Certification Customer Service""", cte="7bit")
    out.append(mail(t, (TC_NAME, TC), ME_C, subj_tc(CASE_A, "certification"), body,
                    label("acknowledgement", False, CASE_A), msgid=A_ACK, rcv="o365",
                    auth=("amazon.com", True, "amazonses.com"), eol="\r\n"))

    t = when("2021-05-26 00:14:40", UTC)
    out.append(mail(t, (TC_NAME, TC), ME_C, subj_tc(CASE_A, "certification"),
                    text(DANIEL_REQ, cte="qp"),
                    label("info_request", True, CASE_A, [CAND_OLD]), msgid=A_REQ,
                    irt=A_ACK, refs=[A_ACK], rcv="o365", auth=("amazon.com", True, "amazonses.com")))

    t = when("2021-05-26 10:31:02", JST)
    usr = """Hi Daniel,

Thank you for checking. As written on my passport:

  Given name: HARUKA
  Family name: NISHIMURA

So the record should read "Haruka Nishimura". The candidate ID is AWS02217845.

Best regards,
Haruka Nishimura
Kitaura Systems Co., Ltd. | Cloud Integration Dept.
Tel: 03-5201-7784"""
    hist = """-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, May 26, 2021 9:14 AM
To: h-nishimura@kitaura-sys.co.jp
Subject: RE:[CASE 8419027735] [AWS Training and Certification Form Submission] - certification

""" + DANIEL_REQ
    body = multi("alternative", [
        text(usr + "\n\n" + hist, cte="qp"),
        html("<html><body><div>" + usr.replace("\n", "<br>\n") +
             "</div>\n<div><br>" + hist.replace("\n", "<br>\n") + "</div></body></html>", cte="qp"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_C), (TC_NAME, TC), subj_tc(CASE_A, "certification"), body,
                    label("user_reply", False, CASE_A, [CAND_OLD]), msgid=A_USR,
                    irt=A_REQ, refs=[A_ACK, A_REQ],
                    extra=[("Thread-Topic", "[CASE 8419027735] [AWS Training and Certification Form Submission] - certification"),
                           ("Thread-Index", "AQHXUdF2kZ3b7lH0SkKp3v1nQ2mUcg=="),
                           ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]))

    t = when("2021-05-28 02:48:19", UTC)
    res = """Hi Haruka,

Done - the record now reads Haruka Nishimura. A corrected certificate can be
downloaded from your certification account within 48 hours, and the Credly
badge will show the new spelling after its next sync.

Kind regards,
Daniel
AWS Training & Certification

"""
    hist2 = """-----Original Message-----
From: Haruka Nishimura <h-nishimura@kitaura-sys.co.jp>
Sent: Wednesday, May 26, 2021 1:31 AM
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Subject: RE:[CASE 8419027735] [AWS Training and Certification Form Submission] - certification

""" + usr + "\n\n" + hist
    out.append(mail(t, (TC_NAME, TC), ME_C, subj_tc(CASE_A, "certification", " "),
                    text(res + hist2, cte="qp"),
                    label("resolved", False, CASE_A), msgid=A_RES, irt=A_USR,
                    refs=[A_ACK, A_REQ, A_USR], rcv="o365", auth=("amazon.com", True, "amazonses.com"),
                    eol="\r\n"))
    return out
