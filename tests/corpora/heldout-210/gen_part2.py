# Messages 14-26 (7 Oct - 10 Oct 2025)
from gen_lib import *

HOLD_A = """Hello Mireille,

Thank you for your patience while we reviewed your request.

Before two certification accounts are combined we check whether either of them
is connected to an organization in the AWS Partner Network. The account
registered to m.tanabe@kitakaze-sys.co.jp is associated with Kitakaze Systems,
which is an AWS Partner. Certifications held on a partner-associated account
count toward that partner's standing, so we do not move them while the
association is active without the partner's administrator being informed.

I have written to the Partner Central administrator at Kitakaze Systems and
placed your case on hold until they respond. This usually takes two to five
business days, and we will update you as soon as we hear back.

So that we can tell the partner when the association should end: what will
your last working day at Kitakaze Systems be, and will this mailbox still be
reachable until then?

Best regards,
Adaeze Okafor
AWS Training and Certification
Case ID 175970966304217
"""

MID_HOLD_A = ses("99be4a0d7c")
MID_INFO_A = ses("99c3b27e15")

INFO_A_TXT = """Hi Mireille,

Thank you for letting us know about 31 October - I have passed the date on to
the partner team.

There is one more thing on our side. The account you asked us to keep is
registered to mireille.tanabe@posteo.net, and before two records are combined
we must hear from the owner of the destination account. Everything so far has
come from the company address.

We need a reply to this email sent from mireille.tanabe@posteo.net, with the
case number kept in the subject line. A short note saying that both accounts
are yours is enough.

Your case stays on hold with the partner in the meantime.

Adaeze Okafor
AWS Training and Certification
"""


def messages():
    out = []

    # 14 Case B closed as duplicate
    d = dt(2025, 10, 7, 11, 32, 8)
    txt = """Hello Mireille,

I'm Tomasz from AWS Training and Certification.

This case asks for the same account merge as case 175970966304217, which was
opened from m.tanabe@kitakaze-sys.co.jp yesterday morning. To keep everything
in one place I have linked the two and closed this one. Nothing is lost: your
note about the personal address has been copied to the original case, and my
colleagues will carry on there.

No action is needed from you on this case.

Kind regards,
Tomasz K.
AWS Training and Certification
"""
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_B, SUBJ_A), leaf("text/plain", txt),
                  ses("99c0d1f8a2"), top=aws_in(d, ME_P, "99c0d1f8a2"))
    out.append(M(raw, "case_update", False, CASE_B, [],
                 "Case B closed as a duplicate and linked to case A",
                 "names the other case number in the body; 'closed' here is not a closing notice"))

    # 15 Case A on hold with buried question
    d = dt(2025, 10, 7, 15, 20, 31)
    html = "<html><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in HOLD_A.strip().split("\n\n")[:-1]) + \
        "<p>Best regards,<br>Adaeze Okafor<br>AWS Training and Certification<br><span style=\"color:#888\">Case ID 175970966304217</span></p></body></html>"
    body = multi("alternative", [leaf("text/plain", HOLD_A, cte="quoted-printable"),
                                 leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), body, MID_HOLD_A,
                  top=aws_in(d, ME_C, "99be4a0d7c"), eol="\r\n")
    out.append(M(raw, "on_hold", True, CASE_A, [],
                 "Case A on hold: company account tied to an APN partner; asks the last working day",
                 "the question comes after three paragraphs of hold explanation and has no 'please'"))

    # 16 Microsoft certification support asks for info
    d = dt(2025, 10, 7, 18, 2, 55)
    txt = """Hello Mireille,

Thank you for contacting Microsoft Certification Support. My name is Rahul and I
will be assisting you with case #2510070040012345.

To investigate why your transcript does not show the Azure Solutions Architect
Expert certification, could you please reply with:

  1. the email address used to sign in to your Microsoft Learn profile
  2. your Certification ID (MCID) shown on the transcript page

If we do not hear from you within 3 business days, this case will be closed.

Regards,
Rahul M.
Microsoft Certification Support
"""
    body = leaf("text/plain", txt)
    raw = message(d, addr("Microsoft Certification Support", "mcpsupport@microsoft.com"), ME_P,
                  "Case #2510070040012345 - Transcript sharing issue [ TrackingID#2510070040012345 ]", body,
                  "<DM6PR21MB1402A7F3C6E2D@DM6PR21MB1402.namprd21.prod.outlook.com>",
                  top=in_posteo(d, "mcpsupport@microsoft.com", "mail-dm6nam12on2100.outbound.protection.outlook.com",
                                "40.107.243.100", "microsoft.com", "microsoft.com", qid="4cR3xQ0pWe"))
    out.append(M(raw, "unrelated", False, None, [],
                 "Microsoft Certification support asks for information",
                 "another vendor's certification case: a numbered request and a closing threat, but not AWS"))

    # 17 owner replies from the company address
    d = dt(2025, 10, 8, 9, 10, 12)
    txt = """Hello Adaeze,

My last working day at Kitakaze Systems is Friday 31 October. This mailbox
stays active until 18:00 JST that day; after that, please use
mireille.tanabe@posteo.net only.

I have also told our partner admin (Daichi Saeki), so he should be expecting
your message.

Thanks,
Mireille

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, October 7, 2025 3:20 PM
To: Tanabe Mireille <m.tanabe@kitakaze-sys.co.jp>
Subject: RE:[CASE 175970966304217] [AWS Training and Certification Form Submission] - account-assistance

""" + HOLD_A
    raw = message(d, addr("Tanabe Mireille", ME_C), TC_FORM, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                  leaf("text/plain", txt, cte="quoted-printable"),
                  "<TYWPR01MB10312C3D99E0A417FB2D0E8A1A0812@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  irt=MID_HOLD_A, refs=[MID_ACK_A_REF, MID_HOLD_A],
                  extra=["Thread-Index: AQHcNnJm2bZ8w1e3n0qV5oRrYh1TKgACtQ9g", "X-MS-Has-Attach: "], eol="\r\n")
    out.append(M(raw, "user_reply", False, CASE_A, [],
                 "Owner answers the hold question from the company address (Outlook, top-posted)",
                 "the owner's own mail quoting support's question; sent from the address support will not accept"))

    # 18 automatic receipt of the reply
    d = dt(2025, 10, 8, 9, 11, 0)
    txt = """This is an automated message.

We've added your reply to case 175970966304217. The agent handling your case has
been notified and will respond on this thread. There is no need to send your
message again.

AWS Training and Certification
"""
    raw = message(d, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt),
                  ses("99c4f0aa61"), top=aws_in(d, ME_C, "99c4f0aa61"), eol="\r\n")
    out.append(M(raw, "acknowledgement", False, CASE_A, [],
                 "Automatic receipt: reply added to case A",
                 "mid-thread acknowledgement of a reply, not of a new case"))

    # 19 Pearson VUE appointment
    d = dt(2025, 10, 8, 13, 0, 17)
    txt = """Dear Mireille Tanabe,

Thank you for scheduling your exam with Pearson VUE.

Registration number: 482913775
Candidate ID: AWS09950126
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Thursday, November 6, 2025, 10:00 Japan Standard Time
Delivery: OnVUE online proctored
Language: English (ESL +30 accommodation applied)

Please run the system test on the computer you will use and check in 30 minutes
before your appointment. To reschedule or cancel, go to your AWS Certification
Account at least 24 hours before the appointment.

Pearson VUE
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.strip().split("\n\n")) + "</body></html>"
    body = multi("alternative", [leaf("text/plain", txt), leaf("text/html", html, cte="quoted-printable")])
    raw = message(d, addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
                  "Pearson VUE Confirmation of Exam Appointment", body,
                  "<1728442817.482913775.JavaMail.pvue@pearsonvue.com>",
                  top=in_posteo(d, "bounce@pearson.com", "mx0b-00211d01.pphosted.com", "148.163.140.22",
                                "pearson.com", "pearson.com", qid="4cRd8Tz0Lm"))
    out.append(M(raw, "unrelated", False, None, [CAND_PE],
                 "Pearson VUE exam appointment confirmation",
                 "exam vendor; 9-digit registration number; candidate ID present"))

    # 20 Case A info request: write from the personal address (HTML only, to company)
    d = dt(2025, 10, 8, 16, 44, 2)
    html = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join(
        "<p>%s</p>" % p.replace("\n", " ").replace("mireille.tanabe@posteo.net", "<b>mireille.tanabe@posteo.net</b>")
        for p in INFO_A_TXT.strip().split("\n\n")[:-1]) + \
        "<p>Adaeze Okafor<br>AWS Training and Certification</p>" + \
        "<hr><p style=\"font-size:11px;color:#777\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p></body></html>"
    raw = message(d, TC_FROM, ME_C, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                  leaf("text/html", html, cte="quoted-printable"), MID_INFO_A,
                  irt="<TYWPR01MB10312C3D99E0A417FB2D0E8A1A0812@TYWPR01MB10312.jpnprd01.prod.outlook.com>",
                  top=aws_in(d, ME_C, "99c3b27e15"), eol="\r\n")
    out.append(M(raw, "info_request", True, CASE_A, [],
                 "Case A: support asks the owner to write from the personal address (HTML-only)",
                 "'We need a reply ... sent from' is the ask; also says the case stays on hold"))

    # 21 owner writes from the personal address (new message, pasted quote)
    d = dt(2025, 10, 8, 20, 15, 40)
    txt = """Hello Adaeze,

Writing from my personal address as asked. Both certification accounts are
mine: the one registered to m.tanabe@kitakaze-sys.co.jp and the one registered
to this address. Please merge into the account for mireille.tanabe@posteo.net
once the partner side allows it.

Mireille

On 08/10/2025 16:44, AWS Training and Certification wrote:
""" + quote(INFO_A_TXT) + "\n"
    raw = message(d, addr(ME_NAME, ME_P), TC_FORM, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A),
                  leaf("text/plain", txt, params="; format=flowed"),
                  "<6f1c2a9e-3b7d-4c55-a0e2-19d7b8f4c3a1@posteo.net>",
                  extra=["User-Agent: Mozilla Thunderbird", "Content-Language: en-GB"])
    out.append(M(raw, "user_reply", False, CASE_A, [],
                 "Owner writes from the personal address (no In-Reply-To; subject token only)",
                 "own mail; thread only by subject; quoted support request below"))

    # 22 AWS marketing
    d = dt(2025, 10, 9, 2, 30, 0, tz=UTC)
    html = """<html><body style="margin:0;background:#f2f3f3"><table width="640" align="center" style="background:#fff;font-family:Arial">
<tr><td style="padding:24px"><h1 style="color:#232f3e">Build your re:Invent 2025 agenda</h1>
<p>Seat reservations for sessions, workshops and chalk talks are open. Popular sessions fill within hours, so reserve early.</p>
<p><a href="https://reinvent.awsevents.com/agenda" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Reserve seats</a></p>
<p>Preparing for an AWS Certification? Visit the Certification Lounge and get your exam-prep questions answered.</p>
<p style="font-size:11px;color:#888">Questions? Reply to this email. To unsubscribe, <a href="https://pages.awscloud.com/unsubscribe">click here</a>. Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109</p>
</td></tr></table></body></html>
"""
    raw = message(d, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
                  "Reserve your seats: re:Invent 2025 session catalog is open",
                  leaf("text/html", html, cte="quoted-printable"),
                  "<1418830412.2291.1759977000@mktoweb.amazon.com>",
                  top=in_posteo(d, "1418830412@mkto.amazon.com", "mkto-mail82.amazon.com", "192.28.148.82",
                                "amazon.com", "amazon.com", qid="4cRm2cVb8Q"),
                  extra=["List-Unsubscribe: <mailto:unsubscribe@mkto.amazon.com>"])
    out.append(M(raw, "unrelated", False, None, [],
                 "AWS marketing: re:Invent seats", "genuine amazon.com mail, 'Reply to this email', mentions certification"))

    # 23 Japanese phishing
    d = dt(2025, 10, 9, 19, 41, 6)
    txt = """田辺 ミレイユ 様

いつもAWS認定をご利用いただき、誠にありがとうございます。
現在お手続き中のアカウント統合について、最終確認が完了しておりません。

下記のページよりAWS Builder IDでサインインのうえ、24時間以内に本人確認を
完了していただけますでしょうか。期限内にご対応いただけない場合、統合元の
アカウントに登録されている認定資格はすべて失効いたします。

https://aws-nintei-center.jp/merge/confirm?case=4471029385

ページが開かない場合は、Builder IDのメールアドレスとパスワードを本メールに
ご返信いただければ、担当者にて手続きを代行いたします。

ケース番号: 4471029385
AWS認定サポートセンター
"""
    body = leaf("text/plain", txt, cte="base64")
    raw = message(d, addr("AWS認定サポート", "support@aws-nintei-center.jp"), ME_P,
                  "【AWS認定】アカウント統合の最終確認のお願い(ケース番号: 4471029385)", body,
                  "<20251009104106.A4471029385@aws-nintei-center.jp>",
                  top=in_posteo(d, "support@aws-nintei-center.jp", "mail.aws-nintei-center.jp", "45.137.21.9",
                                "aws-nintei-center.jp", "aws-nintei-center.jp", dkim="none", spf="softfail", dmarc="none",
                                qid="4cRx1bN9Hs"))
    out.append(M(raw, "suspicious", False, None, [],
                 "Japanese phishing about the merge with a fake 10-digit case number",
                 "knows a merge is under way, keigo request, asks for the password; lookalike domain"))

    # 24 Case A still on hold, nothing needed
    d = dt(2025, 10, 10, 10, 2, 44)
    txt = """Hi Mireille,

Thanks for confirming from your personal address - that part is settled.

The case remains on hold while we wait for the Partner Central administrator at
Kitakaze Systems; a second reminder went out to them this morning. There is
nothing you need to do right now. I will write again as soon as the partner
side responds.

Adaeze Okafor
AWS Training and Certification

--- Original message ---
""" + quote("""Hello Adaeze,

Writing from my personal address as asked. Both certification accounts are
mine: the one registered to m.tanabe@kitakaze-sys.co.jp and the one registered
to this address. Please merge into the account for mireille.tanabe@posteo.net
once the partner side allows it.

Mireille""") + "\n"
    raw = message(d, TC_FROM, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), leaf("text/plain", txt),
                  ses("99c9d3e0b4"), irt="<6f1c2a9e-3b7d-4c55-a0e2-19d7b8f4c3a1@posteo.net>",
                  refs=["<6f1c2a9e-3b7d-4c55-a0e2-19d7b8f4c3a1@posteo.net>"],
                  top=aws_in(d, ME_P, "99c9d3e0b4"))
    out.append(M(raw, "on_hold", False, CASE_A, [],
                 "Case A still on hold, 'nothing you need to do right now'",
                 "a hold with no question; quoted owner text mentions merging"))

    # 25 Partner Central notice
    d = dt(2025, 10, 10, 14, 30, 9)
    txt = """Hello Mireille,

Your AWS Partner Central administrator at Kitakaze Systems has removed the link
between your AWS Certification record and the organization. Certifications you
earn or hold will no longer be shared with Kitakaze Systems or counted toward
its partner tier.

No action is required. If you believe this change was made in error, contact
your Partner Central administrator.

AWS Partner Network
"""
    raw = message(d, addr("AWS Partner Network", "apn-no-reply@amazon.com"), ME_C,
                  "AWS Partner Central: your certifications are no longer shared with Kitakaze Systems",
                  leaf("text/plain", txt), ses("99ca11c2de"), top=aws_in(d, ME_C, "99ca11c2de"), eol="\r\n")
    out.append(M(raw, "unrelated", False, None, [],
                 "AWS Partner Central: certification sharing removed",
                 "explains why the hold will lift, from amazon.com, but is not case mail"))

    # 26 Credly digest
    d = dt(2025, 10, 10, 23, 15, 0)
    html = """<html><body style="font-family:Helvetica,Arial"><table width="600" align="center">
<tr><td><img src="https://images.credly.com/logo.png" alt="Credly" width="120"></td></tr>
<tr><td><h2>Your skills are in demand</h2>
<p>Hi Mireille, employers are looking for people with the skills your badges verify:</p>
<ul><li>Cloud Architecture - 1,204 open roles</li><li>Cloud Security - 883 open roles</li><li>Infrastructure as Code - 641 open roles</li></ul>
<p><a href="https://www.credly.com/earner/jobs">See matching jobs</a></p>
<p style="font-size:11px;color:#999">You are receiving this email because you have a Credly account. <a href="https://www.credly.com/earner/settings/notifications">Manage preferences</a>. Credly, 8 W 38th St, New York, NY 10018</p></td></tr></table></body></html>
"""
    raw = message(d, addr("Credly", "admin@credly.com"), ME_P, "Your skills are in demand: 3 areas with open roles",
                  leaf("text/html", html, cte="quoted-printable"), "<68e95b3c.a1f02@credly.com>",
                  top=in_posteo(d, "bounces+3312@email.credly.com", "o7.email.credly.com", "149.72.161.19",
                                "credly.com", "credly.com", qid="4cS0fR2oTa"))
    out.append(M(raw, "badge", False, None, [], "Credly digest (HTML-only)", "Credly mail that is not about a new badge"))
    return out


MID_ACK_A_REF = ses("99b7c1e2a4")
