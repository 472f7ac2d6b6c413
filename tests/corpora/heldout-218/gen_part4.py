"""Messages: mid/late Jan 2025 (case M: hold lifted, confirmation, wrong-address reply, merge)."""
from datetime import timedelta
from gen_part1 import *  # noqa: F401,F403
from gen_part3 import IDS, M_SUBJ

# 25 Spoofed T&C address, DMARC fail -----------------------------------------------
d = dt(2025, 1, 13, 2, 51, 38, UTC)
FAKE = "173672281509913"
add("suspicious", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "mail.kbs-transport.ro", "91.208.138.73", d),
    auth_m365("amazon.com", dkim="none (message not signed)", spf="fail", dmarc="fail", ip="91.208.138.73",
              action="quarantine", compauth="fail reason=000"),
    ("From", addr("AWS Training and Certification", TC)), ("To", CO),
    ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % FAKE),
    ("Date", date_h(d)), ("Message-ID", "<%s@mail.kbs-transport.ro>" % hexid(20, "spoof1"))],
    multi("alternative",
          text("""Hello,

Your certification account merge request is waiting for verification. To confirm that the accounts
belong to you, sign in with your company credentials at the link below within 24 hours:

https://aws-training-verify.com/merge/confirm?case=%s

If you do not verify, your certification history will be permanently deleted.

AWS Training and Certification
""" % FAKE, cte="7bit", charset="us-ascii"),
          text("<html><body><p>Hello,</p><p>Your certification account merge request is waiting for verification.</p>"
               "<p><a href='https://aws-training-verify.com/merge/confirm?case=%s'>Confirm the accounts</a></p>"
               "<p>AWS Training and Certification</p></body></html>" % FAKE, subtype="html")), eol="\r\n"),
    "Spoofed T&C form-case mail, dmarc=fail", "real From address and subject template; only the auth header shows it is fake", d)

# 26 Colleague out-of-office ---------------------------------------------------------
d = dt(2025, 1, 14, 9, 15, 2)
add("unrelated", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "TYWPR01MB9981.jpnprd01.prod.outlook.com", "2603:1096:400:1a::4", d),
    ("From", addr("佐藤 真由美", "sato-m@hanamizuki-tech.co.jp", "iso-2022-jp")), ("To", CO),
    ("Subject", hv("自動応答: 引継ぎ資料(認定アカウントの件)", "iso-2022-jp")),
    ("Date", date_h(d)), ("Message-ID", "<TYWPR01MB9981%s@TYWPR01MB9981.jpnprd01.prod.outlook.com>" % hexid(12, "oof").upper()),
    ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "sato-m@hanamizuki-tech.co.jp")],
    text("""1月14日(火)〜1月16日(木)は出張のため不在にしております。
メールは確認できない場合がございます。お急ぎの場合は alliance@hanamizuki-tech.co.jp までご連絡ください。

佐藤
""", charset="iso-2022-jp", cte="7bit"), eol="\r\n"),
    "Colleague (alliance lead) out-of-office", "auto-reply, Japanese, subject mentions the certification account", d)

# 27 Owner nudges case M with candidate IDs -----------------------------------------
d = dt(2025, 1, 15, 12, 48, 20)
IDS["m_r2"] = "<5c2b19d4-7e0a-4f31-a6b8-2f41d90c%s@app.fastmail.com>" % hexid(4, "r2")
add("user_reply", False, CASE_M, [CID_CO, CID_ME], build([
    ("From", addr(ME_NAME, ME)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + M_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["m_r2"]),
    ("In-Reply-To", IDS["m_hold2"]), ("References", "%s %s %s" % (IDS["m_hold"], IDS["m_r1"], IDS["m_hold2"])),
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1076-g1b1f84c0c-fm-20250107")],
    text("""Hi Renata,

Just a short follow-up: our alliance lead tells me she removed my user from Partner Central this
week. In case it helps the partner team, the candidate IDs are %s (company account) and
%s (personal account).

Best,
Aoi

On Fri, 10 Jan 2025, at 16:02, AWS Training and Certification wrote:
> Hi Aoi,
>
> Thanks for letting me know. I've passed your last working day to the partner operations team.
> [...]
""" % (CID_CO, CID_ME), cte="quoted-printable")),
    "Owner follow-up on case M with both candidate IDs", "owner's mail carrying the IDs in new text", d)

# 28 Partner Central notice -------------------------------------------------------------
d = dt(2025, 1, 16, 1, 30, 9, UTC)
add("unrelated", False, None, [], build([
    received("TYCPR01MB8842.jpnprd01.prod.outlook.com", "a8-77.smtp-out.amazonses.com", "54.240.8.77", d),
    auth_m365("amazon.com"),
    ("From", addr("AWS Partner Central", "apn-noreply@amazon.com")), ("To", CO),
    ("Subject", "Your AWS Partner Central user has been deactivated"),
    ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "apn"))],
    text("""Hello Aoi Kurosawa,

An alliance lead of Hanamizuki Technologies K.K. has deactivated your AWS Partner Central user.
Your AWS Certifications are no longer associated with this partner. If you believe this was a mistake,
contact your alliance lead.

AWS Partner Network
""", cte="7bit", charset="us-ascii"), eol="\r\n"),
    "APN Partner Central: user deactivated", "explains the hold lifting but is not case mail", d)

# 29 Case M: hold lifted ----------------------------------------------------------------
d = dt(2025, 1, 17, 0, 58, 11, UTC)
IDS["m_lift"] = ses_msgid(d, "m-lift")
add("case_update", False, CASE_M, [], build(
    tc_headers(d, M_SUBJ, ME, "m-lift", inreply=IDS["m_r2"]),
    text("""Hi Aoi,

Good news: the partner operations team confirms that the association with Hanamizuki Technologies has
been removed, so your request is off hold and back with me. I'm gathering the account details and will
send them over for your review shortly.

Renata M.
AWS Training and Certification
""", cte="7bit", charset="us-ascii")),
    "Case M: hold lifted, work resumed", "promises a review request later but asks nothing now", d)

# 30 Case M confirmation request (HTML only, table) ----------------------------------------
d = dt(2025, 1, 17, 5, 22, 47, UTC)
IDS["m_conf"] = ses_msgid(d, "m-conf")
CONF_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Aoi,</p>
<p>My name is Tom&aacute;s and I have taken over your case from Renata. Below are the certification accounts we found for you.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>aoi.kurosawa@fastmail.com</td><td>kurosawa-a@hanamizuki-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>aoi.kurosawa@fastmail.com</td><td>kurosawa-a@hanamizuki-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>aoi.kurosawa@fastmail.com</td><td>kurosawa-a@hanamizuki-tech.co.jp</td></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
</table>
<p>We would merge Account #2 into Account #1; Account #1 then holds all exam history, certifications and benefits, and Account #2 is closed.</p>
<p>Before we go ahead, we need your reply confirming that both accounts are yours and that Account #1 is the one to keep.</p>
<p>Best regards,<br>Tom&aacute;s R.<br>AWS Training and Certification</p>
</body></html>""" % (CID_ME, CID_CO)
add("confirmation_request", True, CASE_M, [CID_ME, CID_CO], build(
    tc_headers(d, M_SUBJ, ME, "m-conf", cc=CO, inreply=IDS["m_lift"]),
    text(CONF_HTML, subtype="html", cte="quoted-printable")),
    "Case M: Account #1/#2 table, confirm which to keep", "HTML only; the ask is 'we need your reply confirming', new agent", d)

CONF_TXT = """Hello Aoi,

My name is Tomás and I have taken over your case from Renata. Below are the certification accounts we found for you.

                                  Account #1                  Account #2
Login email                       aoi.kurosawa@fastmail.com   kurosawa-a@hanamizuki-tech.co.jp
Training notification email       aoi.kurosawa@fastmail.com   kurosawa-a@hanamizuki-tech.co.jp
Certification notification email  aoi.kurosawa@fastmail.com   kurosawa-a@hanamizuki-tech.co.jp
Candidate ID                      %s                 %s

We would merge Account #2 into Account #1; Account #1 then holds all exam history, certifications and benefits, and Account #2 is closed.

Before we go ahead, we need your reply confirming that both accounts are yours and that Account #1 is the one to keep.

Best regards,
Tomás R.
AWS Training and Certification""" % (CID_ME, CID_CO)

# 31 Owner confirms, but from the company address (Outlook, Japanese quote header) ---------------
d = dt(2025, 1, 17, 15, 3, 55)
IDS["m_r3"] = "<TYCPR01MB8842%s@TYCPR01MB8842.jpnprd01.prod.outlook.com>" % hexid(10, "r3").upper()
R3 = """Confirmed. Both accounts are mine - please merge into Account #1.

Aoi Kurosawa
"""
add("user_reply", False, CASE_M, [], build([
    ("From", addr(ME_NAME, CO)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "RE: " + M_SUBJ), ("Date", date_h(d)), ("Message-ID", IDS["m_r3"]),
    ("In-Reply-To", IDS["m_conf"]), ("References", "%s %s" % (IDS["m_lift"], IDS["m_conf"])),
    ("Thread-Topic", M_SUBJ), ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
    text(R3 + """
________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年1月17日 14:22
宛先: aoi.kurosawa@fastmail.com <aoi.kurosawa@fastmail.com>
CC: 黒沢 葵 <kurosawa-a@hanamizuki-tech.co.jp>
件名: """ + M_SUBJ + "\n\n" + CONF_TXT + "\n", cte="quoted-printable"), eol="\r\n"),
    "Owner confirms from the company address", "owner's confirmation sent from the wrong mailbox; Outlook JP quote header", d)

# 32 Case M: write from the address you keep ----------------------------------------------
d = dt(2025, 1, 18, 2, 10, 33, UTC)
IDS["m_addr"] = ses_msgid(d, "m-addr")
M_ADDR = """Hello Aoi,

Thank you for the quick reply.

Your confirmation reached us from kurosawa-a@hanamizuki-tech.co.jp, which is the address of the account
that is going to be closed. For the protection of your certification records, a merge has to be
confirmed from the address of the account that will remain. Kindly send the same confirmation from
aoi.kurosawa@fastmail.com, replying to this email, and I will complete the merge right away.

Best regards,
Tomás R.
AWS Training and Certification
"""
add("info_request", True, CASE_M, [], build(
    tc_headers(d, M_SUBJ, CO, "m-addr", via="m365", inreply=IDS["m_r3"],
               refs="%s %s %s" % (IDS["m_lift"], IDS["m_conf"], IDS["m_r3"])),
    text(M_ADDR + "\n> " + R3.strip().replace("\n", "\n> ") + "\n", cte="quoted-printable"), eol="\r\n"),
    "Case M: confirmation must come from the kept address", "the owner did confirm, yet a new reply is needed from another address ('Kindly')", d)

# 33 Owner forwards it from company to personal ------------------------------------------
d = dt(2025, 1, 18, 11, 26, 4)
add("user_reply", False, CASE_M, [], build([
    ("From", addr(ME_NAME, CO)), ("To", ME),
    ("Subject", "FW: " + M_SUBJ), ("Date", date_h(d)),
    ("Message-ID", "<TYCPR01MB8842%s@TYCPR01MB8842.jpnprd01.prod.outlook.com>" % hexid(10, "fw").upper()),
    ("Thread-Topic", M_SUBJ), ("Content-Language", "ja-JP")],
    text("""自分用メモ: 個人アドレス(fastmail)から同じ確認を返信すること。月末で会社アドレスは止まる。

________________________________
差出人: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
送信日時: 2025年1月18日 11:10
宛先: kurosawa-a@hanamizuki-tech.co.jp
件名: """ + M_SUBJ + "\n\n" + M_ADDR + "\n", cte="base64"), eol="\r\n"),
    "Owner forwards the address request to the personal mailbox", "forward contains support's request; the new text is a note to self", d)

# 34 Free Tier alert --------------------------------------------------------------------
d = dt(2025, 1, 20, 0, 45, 12, UTC)
add("unrelated", False, None, [], build([
    received("mx4.messagingengine.com", "a9-3.smtp-out.amazonses.com", "54.240.9.3", d),
    auth_fastmail("amazonaws.com", mailfrom="0100@costalerts.amazonaws.com"),
    ("From", addr("AWS Free Tier", "freetier@costalerts.amazonaws.com")), ("To", ME),
    ("Subject", "AWS Free Tier limit alert"), ("Date", date_h(d)), ("Message-ID", ses_msgid(d, "ft"))],
    text("""Hello,

Your AWS account 394820194471 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible
services for the month of January.

Product: AmazonS3   Usage: 4.3 GB of 5 GB (Storage)

Action required: review your usage in the Billing console to avoid charges.

Amazon Web Services
""", cte="7bit", charset="us-ascii")),
    "AWS Free Tier usage alert", "'Action required' from AWS, 12-digit account ID", d)

# 35 Owner confirms from the personal address ----------------------------------------------
d = dt(2025, 1, 20, 19, 41, 0)
IDS["m_r4"] = "<0b8e2d61-97aa-4c1f-b7d3-61e5a2c4%s@app.fastmail.com>" % hexid(4, "r4")
add("user_reply", False, CASE_M, [CID_ME], build([
    ("From", addr(ME_NAME, ME)), ("To", addr("AWS Training and Certification", TC)),
    ("Subject", "Re: " + M_SUBJ), ("Date", date_h(d)), ("Message-Id", IDS["m_r4"]),
    ("In-Reply-To", IDS["m_addr"]), ("References", "%s %s %s" % (IDS["m_conf"], IDS["m_r3"], IDS["m_addr"])),
    ("User-Agent", "Cyrus-JMAP/3.11.0-alpha0-1076-g1b1f84c0c-fm-20250114")],
    text("""Hello Tomás,

Writing from aoi.kurosawa@fastmail.com as requested: I confirm both accounts are mine. Please merge
Account #2 into Account #1 (%s).

Thank you,
Aoi

On Sat, 18 Jan 2025, at 11:10, AWS Training and Certification wrote:
%s
""" % (CID_ME, quote(M_ADDR)), cte="quoted-printable", flowed=False)),
    "Owner confirms from the personal address", "owner's mail; quoted text holds support's 'Kindly send' request", d)

# 36 Case M resolved, quoting the confirmation request --------------------------------------
d = dt(2025, 1, 21, 1, 17, 29, UTC)
IDS["m_done"] = ses_msgid(d, "m-done")
DONE = """Hello Aoi,

Thank you for confirming from your personal address.

I have successfully merged your accounts. The exam history, certifications and benefits of Account #2
(%s) are now on Account #1 (%s), and Account #2 has been closed. Digital badges can take up
to 48 hours to show up again in Credly.

Should anything look wrong when you sign in, just reply to this email.

Best regards,
Tomás R.
AWS Training and Certification
""" % (CID_CO, CID_ME)
hist = "\n\nOn Fri, Jan 17, 2025 at 5:22 AM AWS Training and Certification wrote:\n" + quote(CONF_TXT)
add("resolved", False, CASE_M, [CID_CO, CID_ME], build(
    tc_headers(d, M_SUBJ, ME, "m-done", inreply=IDS["m_r4"], refs="%s %s %s" % (IDS["m_conf"], IDS["m_addr"], IDS["m_r4"])),
    multi("alternative",
          text(DONE + hist + "\n"),
          text("<html><body><p>" + DONE.replace("\n\n", "</p><p>").replace("\n", " ") + "</p>"
               "<div style='border-left:2px solid #ccc;padding-left:8px;color:#555'>" +
               CONF_HTML.split("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">")[1].split("</body>")[0] +
               "</div></body></html>", subtype="html"))),
    "Case M resolved: accounts merged", "quotes the whole Account #1/#2 confirmation request; conditional 'just reply'", d)
