# Messages 27-40 (11 Oct - 18 Oct 2025)
from gen_lib import *

MID_OLD_C = "<0101018ee4a1b7c2-3f5d2e10-7b9a-4e1c-8d6f-5a2b9c0e7d13-000000@us-west-2.amazonses.com>"
MID_USER_C = "<b2e9d0c4-71aa-4f3e-9c5b-0d8e6f2a4c17@posteo.net>"
MID_CONF_A = ses("99d1c7a5e8")
MID_INFO_D = ses("99d2f0b6c3")

OLD_C = """Hello Mireille,

I have merged the duplicate account AWS07104583 into AWS03318472 and sent your
badges to Credly again. They should appear on your profile within 24 hours.

This case is now resolved.

Regards,
Sven
AWS Training and Certification"""

USER_C = """Hello,

Reviving this thread because the fix from 2023 seems to have come undone. I
passed AWS Certified Security - Specialty on 22 September (candidate ID
AWS03318472), and three weeks later there is still no badge in Credly. My Credly
profile is under this address, mireille.tanabe@posteo.net.

Could you have a look? (Separately, I have an account merge open as case
175970966304217 - I hope that is not the cause.)

Mireille"""

CONF_TXT = """Hello Mireille,

I'm Kenji from the account merge team and I have taken over your case.

These are the AWS Certification accounts connected to the addresses in your
request:

Account #1
  Candidate ID: AWS09950126
  Login email: mireille.tanabe@posteo.net
  Training notification email: mireille.tanabe@posteo.net
  Certification notification email: mireille.tanabe@posteo.net
  Certifications: none yet

Account #2
  Candidate ID: AWS03318472
  Login email: m.tanabe@kitakaze-sys.co.jp
  Training notification email: m.tanabe@kitakaze-sys.co.jp
  Certification notification email: m.tanabe@kitakaze-sys.co.jp
  Certifications: AWS Certified Solutions Architect - Professional,
                  AWS Certified Security - Specialty
  Benefits: 50% exam discount

A merge cannot be undone. The account you keep will hold the exam history,
certifications and benefits of both; the other will be closed and its login
will stop working.

Are both accounts yours, and is Account #1 the one you want to keep? As soon as
I have your go-ahead I will complete the merge.

Kind regards,
Kenji Hartmann
Account Merge Team, AWS Training and Certification
"""


def conf_html():
    rows = [("Candidate ID", "AWS09950126", "AWS03318472"),
            ("Login email", "mireille.tanabe@posteo.net", "m.tanabe@kitakaze-sys.co.jp"),
            ("Training notification email", "mireille.tanabe@posteo.net", "m.tanabe@kitakaze-sys.co.jp"),
            ("Certification notification email", "mireille.tanabe@posteo.net", "m.tanabe@kitakaze-sys.co.jp"),
            ("Certifications", "none yet", "AWS Certified Solutions Architect - Professional<br>AWS Certified Security - Specialty"),
            ("Benefits", "&ndash;", "50% exam discount")]
    tr = "".join("<tr><td style=\"border:1px solid #ccc;padding:4px 8px\"><b>%s</b></td><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td><td style=\"border:1px solid #ccc;padding:4px 8px\">%s</td></tr>" % r for r in rows)
    return """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mireille,</p>
<p>I'm Kenji from the account merge team and I have taken over your case.</p>
<p>These are the AWS Certification accounts connected to the addresses in your request:</p>
<table style="border-collapse:collapse"><tr><th></th><th style="border:1px solid #ccc;padding:4px 8px">Account #1</th><th style="border:1px solid #ccc;padding:4px 8px">Account #2</th></tr>
%s</table>
<p>A merge cannot be undone. The account you keep will hold the exam history, certifications and benefits of both; the other will be closed and its login will stop working.</p>
<p><b>Are both accounts yours, and is Account #1 the one you want to keep?</b> As soon as I have your go-ahead I will complete the merge.</p>
<p>Kind regards,<br>Kenji Hartmann<br>Account Merge Team, AWS Training and Certification</p>
</body></html>
""" % tr


def messages():
    out = []

    # 27 owner replies on the 2023 case thread
    d = dt(2025, 10, 11, 10, 2, 19)
    txt = USER_C + "\n\nOn 14/03/2023 02:10, AWS Training and Certification wrote:\n" + quote(OLD_C) + "\n"
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "Re: RE:[CASE %s] %s" % (CASE_C, SUBJ_C),
                  leaf("text/plain", txt, params="; format=flowed"), MID_USER_C,
                  irt=MID_OLD_C, refs=[MID_OLD_C], extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"])
    out.append(M(raw, "user_reply", False, CASE_C, [CAND_CO],
                 "Owner revives the resolved 2023 case (11-digit) about a missing Credly badge",
                 "mentions case A's number in her text; the 2023 quote holds another candidate ID that must not count"))

    # 28 English newsletter
    d = dt(2025, 10, 11, 16, 0, 0, tz=UTC)
    txt = """PLATFORM ENGINEERING WEEKLY - Issue 188

1. Case closed: why we stopped running our own Kafka
2. Merging two Terraform states without downtime
3. Your certification is not your career (opinion)

Reply to this email to tell us what you'd like to read next - we read everything.

Unsubscribe: https://platformweekly.dev/u/4f1a
"""
    html = "<html><body><h1>Platform Engineering Weekly &mdash; Issue 188</h1><ol><li><a href=\"https://platformweekly.dev/188/kafka\">Case closed: why we stopped running our own Kafka</a></li><li><a href=\"https://platformweekly.dev/188/tfstate\">Merging two Terraform states without downtime</a></li><li><a href=\"https://platformweekly.dev/188/certs\">Your certification is not your career (opinion)</a></li></ol><p>Reply to this email to tell us what you'd like to read next &mdash; we read everything.</p><p><a href=\"https://platformweekly.dev/u/4f1a\">Unsubscribe</a></p></body></html>"
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html)])
    raw = message(d, addr("Platform Engineering Weekly", "hello@platformweekly.dev"), ME_P,
                  "PEW #188: Case closed - why we stopped running our own Kafka", body,
                  "<188.4f1a.20251011160000@platformweekly.dev>",
                  top=in_posteo(d, "bounce-188@mg.platformweekly.dev", "m228-4.mailgun.net", "159.135.228.4",
                                "platformweekly.dev", "platformweekly.dev", qid="4cS8bD7yPp"),
                  extra=["List-Unsubscribe: <https://platformweekly.dev/u/4f1a>", "Precedence: bulk"])
    out.append(M(raw, "unrelated", False, None, [], "English newsletter",
                 "'Case closed', 'Merging', 'certification' and 'Reply to this email' in a newsletter"))

    # 29 Amazon.co.jp shipping
    d = dt(2025, 10, 12, 13, 48, 27)
    txt = """田辺 ミレイユ 様

ご注文いただいた商品を発送しました。

注文番号: 250-4827713-9021846
お届け予定: 10月14日(火)
配送業者: ヤマト運輸 (お問い合わせ伝票番号: 4402-1187-3365)

商品: AWS認定ソリューションアーキテクト プロフェッショナル 試験対策問題集 第3版

配送状況は注文履歴からご確認いただけます。
このメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
    body = leaf("text/plain", txt, cte="quoted-printable")
    raw = message(d, addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
                  "Amazon.co.jp ご注文の商品を発送しました", body,
                  "<0100019a17c2b9e0-8a1e5d33-2c4b-4f7e-b1a0-9e3d6c2f8b54-000000@email.amazonses.com>",
                  top=in_posteo(d, "0100019a17c2b9e0@amazonses.com", "a8-52.smtp-out.amazonses.com", "54.240.8.52",
                                "amazon.co.jp", "amazon.co.jp", qid="4cSB3kZ1Vv"))
    out.append(M(raw, "unrelated", False, None, [], "Amazon.co.jp shipping notice (Japanese, QP)",
                 "Amazon sender; an AWS Certification study book in the order"))

    # 30 old case C: new case opened
    d = dt(2025, 10, 13, 9, 40, 5)
    txt = """Hello Mireille,

Thanks for getting back in touch. Case 11938274650 was resolved in March 2023
and can no longer be reopened, so I have recorded your message as a new case,
176031601158203. You will receive a separate confirmation for it shortly, and
all further updates about the Security - Specialty badge will come on that case.

Best,
Ngozi A.
AWS Training and Certification

On Sat, Oct 11, 2025 at 10:02 AM Mireille Tanabe <mireille.tanabe@posteo.net> wrote:
""" + quote(USER_C) + "\n"
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_C, SUBJ_C), leaf("text/plain", txt),
                  ses("99d0aa4c21"), irt=MID_USER_C, refs=[MID_OLD_C, MID_USER_C], top=aws_in(d, ME_P, "99d0aa4c21"))
    out.append(M(raw, "case_update", False, CASE_C, [],
                 "Old case C: cannot be reopened, new case D opened instead",
                 "carries two case numbers; labelled with the thread's own case C; quoted text has a candidate ID"))

    # 31 Case D acknowledgement (different template, 'RE: [CASE')
    d = dt(2025, 10, 13, 9, 40, 52)
    txt = """Dear Mireille Tanabe,

Thank you for contacting Amazon Web Services. A case has been created on your
behalf.

Case ID: 176031601158203
Subject: Credly badge not received - AWS Certified Security - Specialty
Status: Open

Our standard response time is within 24 hours. Please do not submit a new
request for this issue; if you already have an open case for it, we will
combine them.

Sincerely,
AWS Training and Certification
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>"
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html, cte="base64")])
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), body, ses("99d0ab7712"),
                  top=aws_in(d, ME_P, "99d0ab7712"))
    out.append(M(raw, "acknowledgement", False, CASE_D, [],
                 "Case D opened: acknowledgement (agent-created, 'RE: [CASE' with a space)",
                 "a second acknowledgement template; base64 HTML alternative"))

    # 32 Case A hold lifted
    d = dt(2025, 10, 14, 10, 15, 33)
    txt = """Hi Mireille,

Good news: the partner administrator at Kitakaze Systems has released your
certification record, so the hold on your case is lifted.

I have passed the case to our account merge team. They will check both records
and contact you to confirm the details before anything is combined, so keep an
eye out for their message over the next day or two.

Adaeze Okafor
AWS Training and Certification
"""
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt, cte="quoted-printable"),
                  ses("99d17f0c3b"), top=aws_in(d, ME_P, "99d17f0c3b"))
    out.append(M(raw, "case_update", False, CASE_A, [],
                 "Case A: hold lifted, passed to the merge team",
                 "announces a coming confirmation request; 'keep an eye out' is not an ask"))

    # 33 CertMetrics survey (program, not a support case)
    d = dt(2025, 10, 14, 18, 30, 0)
    html = """<html><body style="font-family:Arial"><p>Hello Mireille,</p>
<p>AWS Certification wants to hear from you. We are redesigning the AWS Certified Security - Specialty exam and would like your view on the tasks it covers.</p>
<p>The survey takes about 15 minutes and closes on 31 October.</p>
<p><a href="https://survey.certmetrics.com/aws/scs-jta-2025">Take the survey</a></p>
<p>Thank you for helping shape AWS Certification.<br>AWS Certification</p></body></html>
"""
    raw = message(d, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
                  "AWS Certification wants to hear from you", leaf("text/html", html, cte="quoted-printable"),
                  "<c0ffee11.2025101409300.55219@certmetrics.com>",
                  top=in_m365(d, "<bounces+55219@em.certmetrics.com>", "167.89.100.14", "certmetrics.com", "certmetrics.com"),
                  eol="\r\n")
    out.append(M(raw, "certification", False, None, [],
                 "CertMetrics program survey (job-task analysis)",
                 "a survey, but about the certification program, not a support case"))

    # 34 colleague handover questions
    d = dt(2025, 10, 14, 19, 2, 41)
    txt = """Mireille,

Thanks for the runbook doc. Two questions before you go:

- Is the SCP on the sandbox OU still needed, or can I drop it?
- Who should own the root mailbox for account 551203948812 after 31 Oct?

Kenta

-----Original Message-----
From: Tanabe Mireille <m.tanabe@kitakaze-sys.co.jp>
Sent: Tuesday, October 14, 2025 4:11 PM
To: Hoshino Kenta <k.hoshino@kitakaze-sys.co.jp>
Subject: Handover: AWS Organizations runbooks

Kenta, the runbooks are in the wiki under Infra/Org. Shout if anything is unclear.
Mireille
"""
    raw = message(d, addr("Hoshino Kenta", "k.hoshino@kitakaze-sys.co.jp"), addr("Tanabe Mireille", ME_C),
                  "RE: Handover: AWS Organizations runbooks", leaf("text/plain", txt),
                  "<OS3PR01MB88417A2E0C3D91B4F6E2C5A7A1412@OS3PR01MB8841.jpnprd01.prod.outlook.com>",
                  irt="<TYWPR01MB103122E4A0C9D1B7F3E0A6C5A1412@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  extra=["Thread-Index: AQHcPQx1n0Qz7YbTRkCq2m3N8Vv0ZQ==", "X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "Colleague's handover questions", "direct questions to the owner from a colleague; a 12-digit account ID"))

    # 35 Case A confirmation request
    d = dt(2025, 10, 15, 11, 20, 15)
    body = multi("alternative", [leaf("text/plain", CONF_TXT, cte="quoted-printable"),
                                 leaf("text/html", conf_html(), cte="base64")])
    raw = message(d, addr("Kenji Hartmann (AWS Training and Certification)", TC_FORM), ME_P,
                  "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), body, MID_CONF_A, top=aws_in(d, ME_P, "99d1c7a5e8"))
    out.append(M(raw, "confirmation_request", True, CASE_A, [CAND_PE, CAND_CO],
                 "Case A: Account #1 / Account #2 table, asks which to keep",
                 "agent's name in the display name; base64 HTML table; question in bold, no 'please'"))

    # 36 Case D info request
    d = dt(2025, 10, 15, 15, 3, 9)
    txt = """Hello Mireille,

I've picked up your case about the missing Credly badge for AWS Certified
Security - Specialty.

Some background on how this works. When a certification is awarded, our system
sends the badge to Credly with the certification notification email of the
account that holds the certification. Credly then matches that email to a
Credly profile. If no profile has that address, the badge waits unclaimed and
Credly sends an invitation to the address instead. Your certification sits on
the account registered to m.tanabe@kitakaze-sys.co.jp, so the invitation most
likely went to your company inbox.

To trace it I'll need two things from you: the email address(es) listed on your
Credly profile (Settings > Email addresses), and whether a Credly message
reached the company address around 22-23 September. A screenshot of your Credly
badges page would also help, if you can take one.

Best regards,
Beatriz Lemos
AWS Training and Certification
"""
    raw = message(d, TC_FROM, ME_P, "RE: [CASE %s] %s" % (CASE_D, SUBJ_C), leaf("text/plain", txt),
                  MID_INFO_D, top=aws_in(d, ME_P, "99d2f0b6c3"))
    out.append(M(raw, "info_request", True, CASE_D, [],
                 "Case D: long explanation, then 'I'll need two things from you'",
                 "the request is the fourth paragraph, phrased as a statement"))

    # 37 other vendor: Zendesk solved
    d = dt(2025, 10, 16, 8, 12, 55)
    txt = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, reply to this email.

Aoi (Hoshizora Backup)

Oct 16, 2025, 08:12 JST

Hi Mireille, the restore job finished overnight after we cleared the stuck
snapshot lock. I'm marking this as solved - if the job stalls again just reply
and the ticket will reopen.

Mireille Tanabe

Oct 14, 2025, 22:40 JST

My restore job has been stuck at 97% for two days.
"""
    raw = message(d, addr("Hoshizora Backup Support", "support@hoshizora-backup.zendesk.com"), ME_P,
                  "[Hoshizora Backup] Re: Restore job stuck at 97%", leaf("text/plain", txt),
                  "<4RKX2Y0QPZ_68f01a7f1d8c2_3e52a8c4181@pod21.zendesk.com>",
                  top=in_posteo(d, "support@hoshizora-backup.zendesk.com", "out21.pod21.zendesk.com", "192.161.151.21",
                                "zendesk.com", "hoshizora-backup.zendesk.com", qid="4cSLq4XhGd"))
    out.append(M(raw, "unrelated", False, None, [], "Another vendor's ticket solved (Zendesk)",
                 "'solved', 'reply to reopen', a request number"))

    # 38 Skill Builder receipt
    d = dt(2025, 10, 16, 21, 5, 10)
    txt = """Hello Mireille Tanabe,

Thank you for your purchase.

Order number: SB-2025-10-8840213
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing date: October 16, 2025

Manage your subscription: https://skillbuilder.aws/subscriptions

AWS Training and Certification
"""
    raw = message(d, addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
                  "Your AWS Skill Builder receipt", leaf("text/plain", txt),
                  "<0100019a0f3b2c1d-91e4f7a0-6c2d-4b8e-a5f1-3d7c0e9b2a66-000000@email.amazonses.com>",
                  top=in_posteo(d, "0100019a0f3b2c1d@amazonses.com", "a8-77.smtp-out.amazonses.com", "54.240.8.77",
                                "aws.training", "aws.training", qid="4cSW0nT2Ek"))
    out.append(M(raw, "unrelated", False, None, [], "AWS Skill Builder receipt",
                 "display name 'AWS Training and Certification' but a receipt"))

    # 39 Japanese out-of-office
    d = dt(2025, 10, 17, 9, 0, 3)
    txt = """田辺さん

星野です。自動応答です。
10月17日(金)から10月20日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、21日以降に順次返信いたします。
お急ぎの場合は、インフラチームのメーリングリストまでご連絡ください。
"""
    raw = message(d, addr("星野 健太", "k.hoshino@kitakaze-sys.co.jp"), addr("Tanabe Mireille", ME_C),
                  "自動応答: RE: Handover: AWS Organizations runbooks", leaf("text/plain", txt, cte="base64"),
                  "<OS3PR01MB8841B91F0C2E4A7D3E5F1C8BA1712@OS3PR01MB8841.jpnprd01.prod.outlook.com>",
                  extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: k.hoshino@kitakaze-sys.co.jp"],
                  eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [], "Japanese out-of-office auto-reply (base64)",
                 "an automatic reply that says to contact someone"))

    # 40 Case A closing notice
    d = dt(2025, 10, 18, 9, 0, 41)
    txt = """Hello Mireille,

We haven't heard back from you about which account to keep. Your case will stay
open until 21 October 2025. If we don't have your reply by then it will be
closed, and a new request would be needed to merge the accounts later.

Replying to this email keeps the case open.

AWS Training and Certification

-----Original Message-----
From: Kenji Hartmann (AWS Training and Certification) <aws-cs-trainingcertification-form@amazon.com>
Sent: Wednesday, October 15, 2025 2:20 AM
To: mireille.tanabe@posteo.net
Subject: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_TXT
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt),
                  ses("99d4e1f2a0"), irt=MID_CONF_A, refs=[MID_CONF_A], top=aws_in(d, ME_P, "99d4e1f2a0"))
    out.append(M(raw, "closing_notice", True, CASE_A, [],
                 "Case A: closes on 21 Oct without a reply; quotes the confirmation request",
                 "Outlook-style quoted request below; candidate IDs only in the quote"))
    return out
