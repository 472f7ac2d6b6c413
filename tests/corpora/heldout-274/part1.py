# Messages 001-012 (13 Oct - 17 Oct 2025)
from common import *

M = []


def add(**kw):
    M.append(kw)


LARS = ("Lars Bengtsson", "lars.bengtsson@nordkust-energi.se")

# 001 colleague: domain retirement
add(key="m001", date="2025-10-13T07:58:12+02:00", frm=LARS, to=[ME_C],
    cc=["it-all@nordkust-energi.se"],
    subject="Domänbyte / domain switch: nordkust-energi.se closes 31 December",
    mid=ol_id("m001"), eol="\r\n",
    received=[ex_received("DB9PR07MB8841.eurprd07.prod.outlook.com", "2603:10a6:10:2d4::9", "2025-10-13T05:58:13+00:00")],
    extra=[("Thread-Topic", "Domain switch"), ("X-MS-Has-Attach", ""), ("Content-Language", "sv-SE")],
    body=plain("""Hej allihop,

Som ni vet blir vi en del av Baltvind-koncernen från 1 januari. Alla
brevlådor på nordkust-energi.se stängs den 31 december kl. 17:00.
Nya adresser (fornamn.efternamn@baltvind.com) aktiveras under november.

English version for our non-Swedish colleagues:
All nordkust-energi.se mailboxes close on 31 December at 17:00. New
@baltvind.com addresses go live during November. Anything registered
with your work address outside our systems (vendor portals, training
accounts, certifications, newsletters) is yours to move. After the
cut-over we cannot forward or recover mail for the old domain.

Skill Builder team seats will be re-issued under Baltvind's
organisation. If you have personal certifications tied to your work
address, sort them out before December.

/Lars
IT-drift, Nordkust Energi AB
""", charset="iso-8859-1"),
    label=("unrelated", False, None, []),
    note="Colleague mail (Swedish/English) announcing the domain shutdown; mentions certifications and moving accounts but it is internal IT mail.")

# 002 AWS marketing
add(key="m002", date="2025-10-13T16:30:04+00:00",
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=[ME_P],
    subject="Your re:Invent 2025 session planner is open",
    mid=ses_id("m002"), **aws_in("2025-10-13T16:30:05+00:00"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe.html?id=9f3a>")],
    body=alt(plain("""Hi Haruka,

Reserved seating for re:Invent 2025 is now open. Build your agenda
from more than 2,000 sessions, workshops and chalk talks.

Plan your week: https://reinvent.awsevents.com/planner

Certified? Visit the AWS Certification Lounge in the Venetian for
exclusive swag - bring your digital badge.

Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe.html
"""), html("""<html><body style="font-family:Arial">
<h2>Reserved seating is open</h2>
<p>Hi Haruka,</p><p>Build your re:Invent 2025 agenda from more than 2,000 sessions.</p>
<p><a href="https://reinvent.awsevents.com/planner">Plan your week</a></p>
<p>Certified? Visit the <b>AWS Certification Lounge</b> - bring your digital badge.</p>
<p style="font-size:10px;color:#777">Amazon Web Services, Inc. 410 Terry Ave North, Seattle, WA 98109 &middot;
<a href="https://pages.awscloud.com/unsubscribe.html">Unsubscribe</a></p></body></html>""")),
    label=("unrelated", False, None, []),
    note="AWS marketing (re:Invent) mentioning certification and badges.")

# 003 Builder ID code
add(key="m003", date="2025-10-14T06:02:18+00:00",
    frm=("AWS Builder ID", "no-reply@signin.aws"), to=[ME_P],
    subject="Verify your AWS Builder ID email address",
    mid=ses_id("m003"), **aws_in("2025-10-14T06:02:19+00:00", domain="signin.aws"),
    body=alt(plain("""Verify your email address

Use this code to finish creating your AWS Builder ID:

    518204

The code expires in 10 minutes. If you did not request it, you can
ignore this message.

Amazon Web Services will never ask you for this code by phone or email.
"""), html("""<div style="font-family:Helvetica"><h3>Verify your email address</h3>
<p>Use this code to finish creating your AWS Builder ID:</p><p style="font-size:28px;letter-spacing:4px"><b>518204</b></p>
<p>The code expires in 10 minutes.</p></div>""")),
    label=("unrelated", False, None, []),
    note="Builder ID one-time code (6 digits), not a case number.")

# 004 Case A acknowledgement, to the company address (form filled from work)
ACK_A = """Hello,

Thank you for reaching out to AWS Training and Certification.
Case %s has been created for your request and is now in our queue.
We answer most requests within one business day; some take longer
when another team has to be involved.

Submitting the same request again opens a separate case and moves
it to the back of the queue, so please keep all correspondence on
this case by replying to this email.

Summary of your submission:
----------------------------------------
Name: Haruka Lindqvist
Email: h.lindqvist@nordkust-energi.se
AWS Candidate ID: %s
Inquiry type: Certification
Additional details: Account Merge
Description:
My employer Nordkust Energi AB has been acquired and the
nordkust-energi.se mail domain will be shut down at the end of the
year. I would like the certification account registered to
h.lindqvist@nordkust-energi.se merged into the one I created with
haruka.lindqvist@fastmail.com, so that my certifications stay with
me and not with an employer mailbox.
Addresses I have used: h.lindqvist@nordkust-energi.se,
haruka.lindqvist@fastmail.com
Address to keep: haruka.lindqvist@fastmail.com
----------------------------------------

Kind regards,
AWS Training and Certification Customer Service
""" % (CASE_A, CID_COMPANY)
add(key="a_ack", date="2025-10-14T06:09:58+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_COMPANY],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_ack"), **aws_in("2025-10-14T06:09:59+00:00", to_company=True),
    body=plain(ACK_A, cte="7bit", charset="us-ascii"),
    label=("acknowledgement", False, CASE_A, [CID_COMPANY]),
    note="Case A opened; arrives at the company address. Echoes the form (incl. candidate ID) and says 'please keep all correspondence on this case' - an instruction, not a request.")

# 005 Case B: duplicate submission via Japanese form, Japanese acknowledgement
ACK_B = """Haruka Lindqvist 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
ケース番号 %s にてお問い合わせを承りました。

担当者より通常 1 営業日以内にご連絡いたします。内容によっては
回答までにお時間をいただく場合がございますので、あらかじめご了承ください。

同じ内容で新たにお問い合わせを送信されますと、別のケースとして
登録され、対応が遅れる原因となります。追加の情報がある場合は、
本メールへの返信にてお知らせください。

■ お問い合わせ内容
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: haruka.lindqvist@fastmail.com
内容: 会社のメールアドレスで作成した認定アカウントを、個人アドレスの
アカウントに統合したいです。先ほども送信しましたが、確認メールが
届かないため再送します。

AWS トレーニングと認定 カスタマーサービス
""" % CASE_B
add(key="b_ack", date="2025-10-14T07:21:30+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ),
    mid=ses_id("b_ack"), **aws_in("2025-10-14T07:21:31+00:00"),
    body=plain(ACK_B, cte="base64"),
    label=("acknowledgement", False, CASE_B, []),
    note="Duplicate form (Japanese UI) opens case B; Japanese acknowledgement, base64 UTF-8. Second case for the same request - the duplicate to warn about.")

# 006 GitHub merged PR
add(key="m006", date="2025-10-14T12:44:09+00:00",
    frm=("Jonas Ek", "notifications@github.com"), to=[ME_COMPANY],
    subject="Re: [nordkust/grid-forecast] Merge account mapping tables into one schema (PR #412)",
    mid="<nordkust/grid-forecast/pull/412/merged/1760445849@github.com>",
    **{"received": [ex_received("out-21.smtp.github.com", "192.30.252.204", "2025-10-14T12:44:10+00:00")],
       "auth": ex_auth("github.com", "192.30.252.204")},
    extra=[("X-GitHub-Reason", "review_requested"), ("List-ID", "nordkust/grid-forecast <grid-forecast.nordkust.github.com>")],
    body=alt(plain("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nordkust/grid-forecast/pull/412#event-17804412
You are receiving this because your review was requested.
"""), html("""<p>Merged <a href="https://github.com/nordkust/grid-forecast/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/nordkust/grid-forecast/pull/412#event-17804412">view it on GitHub</a>.<br>You are receiving this because your review was requested.</p>""")),
    label=("unrelated", False, None, []),
    note="GitHub 'Merged ... account ...' with 'Reply to this email' footer.")

# 007 Case A info request: write from the address to keep
INFO_A = """Hi Haruka,

Matteo here from AWS Training and Certification, picking up case %s.

This request reached us from h.lindqvist@nordkust-energi.se, which is
also the account that would disappear in the merge. We only take merge
instructions from the address that is going to stay on file - that
stops anyone with access to a work mailbox from moving someone's
certifications elsewhere.

A reply from haruka.lindqvist@fastmail.com, with the candidate ID of
each account (AWS followed by eight digits, top right of the
Certification Account page), is what I need before this can go any
further. Nothing else to do until then.

Matteo R.
AWS Training and Certification
""" % CASE_A
add(key="a_info", date="2025-10-15T06:31:07+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_COMPANY],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_info"), irt="a_ack", **aws_in("2025-10-15T06:31:08+00:00", to_company=True),
    body=alt(plain(INFO_A), html("<div style=\"font-family:Calibri,sans-serif\">" +
                                  "".join("<p>%s</p>" % p.replace("\n", " ") for p in INFO_A.strip().split("\n\n")) + "</div>")),
    label=("info_request", True, CASE_A, []),
    note="Asks her to write from the personal address with both candidate IDs; no 'please', no question mark; ends with 'Nothing else to do until then'.")

# 008 Case B closed as duplicate
DUP_B = """Hello Haruka,

Thanks for getting in touch. We can see the same request was already
submitted a little earlier under case %s, so we have closed this case
(%s) as a duplicate and linked the two. Your request has not been
lost: everything continues on %s and you don't need to do anything
on this one.

If you believe this case was closed by mistake, a reply to this email
will bring it back to us.

Best regards,
Rafael
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_B, CASE_A)
add(key="b_dup", date="2025-10-15T07:02:44+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ),
    mid=ses_id("b_dup"), irt="b_ack", **aws_in("2025-10-15T07:02:45+00:00"),
    body=plain(DUP_B, cte="7bit", charset="us-ascii"),
    label=("case_update", False, CASE_B, []),
    note="Duplicate case B closed and linked to A. Mentions two case numbers (own case is B, in the subject). 'Closed' but not for lack of answer; conditional reply invitation.")

# 009 her reply from the personal address
REPLY_A1 = """Hi Matteo,

Writing from the address I want to keep, as requested.

Account to keep:  haruka.lindqvist@fastmail.com - candidate ID %s
Account to merge: h.lindqvist@nordkust-energi.se - candidate ID %s

Both are mine. The work account holds my Solutions Architect and
Developer Associate certifications and a 50%% exam voucher.

Thanks,
Haruka
""" % (CID_PERSONAL, CID_COMPANY)
add(key="a_r1", date="2025-10-15T21:47:10+02:00", frm=ME_P, to=[("Amazon Web Services", TC_FORM)],
    subject="Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), mid=fm_id("a_r1"), irt="a_info", eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (Web)")],
    body=plain(REPLY_A1 + "\nOn Wed, 15 Oct 2025, at 08:31, Amazon Web Services wrote:\n" + gt(INFO_A) + "\n",
               params="; format=flowed"),
    label=("user_reply", False, CASE_A, [CID_PERSONAL, CID_COMPANY]),
    note="Owner's reply with both candidate IDs; quoted request below with '>'. Tests that a quoted request in the owner's own mail is not a request.")

# 010 Pearson VUE confirmation
add(key="m010", date="2025-10-16T09:15:22+00:00",
    frm=("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), to=[ME_P],
    subject="Confirmation of your exam appointment - AWS Certified Security - Specialty",
    mid=gen_id("m010", "pearson.com"),
    received=[fm_received("mx1.pearson.com", "159.182.0.21", "2025-10-16T09:15:23+00:00")],
    auth=fm_auth("pearson.com", "bounces@pearson.com"),
    body=alt(plain("""Dear Haruka Lindqvist,

Thank you for scheduling your exam with Pearson VUE.

Exam: SCS-C02: AWS Certified Security - Specialty
Date: Wednesday, November 12, 2025  Time: 09:00 CET
Location: Pearson Professional Centers - Goteborg, Kungsgatan 12
Registration ID: 463118820

Please arrive 30 minutes early and bring two forms of ID. The name on
your ID must match the name on your appointment exactly.

To reschedule or cancel, visit https://home.pearsonvue.com/aws at
least 24 hours before your appointment.

Pearson VUE
"""), html("""<table style="font-family:Arial;font-size:13px"><tr><td colspan=2><b>Appointment confirmed</b></td></tr>
<tr><td>Exam</td><td>SCS-C02: AWS Certified Security - Specialty</td></tr>
<tr><td>Date</td><td>Wednesday, November 12, 2025 09:00 CET</td></tr>
<tr><td>Location</td><td>Pearson Professional Centers - Goteborg</td></tr>
<tr><td>Registration ID</td><td>463118820</td></tr></table>
<p>Please arrive 30 minutes early. The name on your ID must match your appointment.</p>""")),
    label=("unrelated", False, None, []),
    note="Exam vendor appointment; 9-digit registration ID is not a case number.")

# 011 CertMetrics recertification reminder, to the company address
add(key="m011", date="2025-10-16T14:05:40+00:00",
    frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=[ME_COMPANY],
    subject="Your AWS Certified Developer - Associate expires in 90 days",
    mid=gen_id("m011", "certmetrics.com"),
    received=[ex_received("mail.certmetrics.com", "52.25.114.77", "2025-10-16T14:05:41+00:00")],
    auth=ex_auth("certmetrics.com", "52.25.114.77"),
    body=html("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>14 January 2026</b>.</p>
<p>To keep it active, pass the current version of the exam or a higher-level exam that recertifies it.
Your 50%% discount benefit can be used for the recertification exam.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Candidate ID</td><td>%s</td></tr>
<tr><td>Certification</td><td>AWS Certified Developer - Associate</td></tr>
<tr><td>Validation number</td><td>8QW2L1KJ3EV11ZC9</td></tr></table>
<p>Sign in to your <a href="https://www.aws.training/certification">AWS Certification Account</a> for details.</p>
<p>AWS Certification</p></body></html>""" % CID_COMPANY, charset="utf-8", cte="quoted-printable"),
    label=("certification", False, None, [CID_COMPANY]),
    note="Certification expiry reminder (HTML-only) to the company address; candidate ID in a table.")

# 012 Case A on hold - organisation-managed account, with a buried question
HOLD_A = """Dear Haruka,

Thank you for writing back from your personal address and for sending
both candidate IDs; that is exactly what we needed to identify the two
records.

While preparing the merge I found that the account registered to
h.lindqvist@nordkust-energi.se (%s) is not a standalone account. It
is enrolled in an organisation-managed training team belonging to
Nordkust Energi AB, and records under an organisation's management
cannot be merged away until that organisation's administrator releases
them. This is a safeguard for the company as much as for you.

I have written to the administrator on file for Nordkust Energi AB and
placed your case on hold until they respond. No action is needed from
you for the release itself; we will chase the administrator if it
takes longer than a few days.

One thing I would like to check in the meantime, so I can add it to my
note to them: is your organisation aware that you are moving your
certifications to a personal account, and is there someone there we
should mention by name?

Kindly note the case will stay open while on hold.

Warm regards,
Sunita K.
AWS Training and Certification
""" % CID_COMPANY
add(key="a_hold", date="2025-10-17T05:48:31+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_hold"), irt="a_r1", **aws_in("2025-10-17T05:48:32+00:00"),
    body=alt(plain(HOLD_A), html("<html><body><div style=\"font-family:'Amazon Ember',Arial\">" +
                                  "".join("<p>%s</p>" % p.replace("\n", " ") for p in HOLD_A.strip().split("\n\n")) +
                                  "</div></body></html>", cte="base64")),
    label=("on_hold", True, CASE_A, [CID_COMPANY]),
    note="Hold: the old account belongs to an organisation-managed team (not APN). Says 'No action is needed' but then buries a real question - reply needed.")
