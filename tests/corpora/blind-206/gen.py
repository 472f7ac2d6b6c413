#!/usr/bin/env python3
"""Blind corpus generator (blind-206). Standard library only. Writes next to this script."""
import os, re, json, hashlib, collections
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr
from email import charset as _cs
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "morishige.kenta@fastmail.com"
ME_C = "k.morishige@aozora-dw.co.jp"
ME_NAME = "Kenta Morishige"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "174096072004417"   # T&C form case, account merge (15 digits)
B = "174096211807732"   # duplicate form submission
C = "14355208261"       # Support Center console case, voucher (11 digits)
D = "8927461035"        # old 2021 Japanese case, reopened (10 digits)
OLD_ID = "AWS03318842"  # company certification account
NEW_ID = "AWS11907265"  # personal certification account
SUBJ_A = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}
CID_RE = re.compile(r"AWS\d{8}(?!\d)")

def mid(key, dom="email.amazonses.com"):
    h = hashlib.sha1(key.encode()).hexdigest()
    if dom == "email.amazonses.com":
        return f"<0106019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:33]}-000000@{dom}>"
    return f"<{h[:20]}.{h[20:30]}@{dom}>"

def auth(dom, ok=True, dkim_dom=None, spf_from=None):
    d = dkim_dom or dom
    if ok:
        return (f"mx.messagingengine.com; dkim=pass (2048-bit rsa key sha256) header.d={d} "
                f"header.i=@{d} header.b=Xk3{hashlib.md5(dom.encode()).hexdigest()[:6]}; "
                f"spf=pass smtp.mailfrom={spf_from or 'bounces.'+dom}; dmarc=pass (p=quarantine) header.from={dom}")
    return (f"mx.messagingengine.com; dkim=fail (signature verification failed) header.d={d}; "
            f"spf=softfail smtp.mailfrom={spf_from}; dmarc=fail (p=quarantine) header.from={dom}")

def qp_charset(name):
    c = _cs.Charset(name)
    c.body_encoding = _cs.QP
    return c

def textpart(text, sub="plain", cs="utf-8", cte=None):
    if cs == "utf-8" and cte == "qp":
        p = MIMEText("", sub)
        p.set_payload(text, qp_charset("utf-8"))
        return p
    if cs == "utf-8" and cte is None:
        try:
            text.encode("ascii"); return MIMEText(text, sub, "us-ascii")
        except UnicodeEncodeError:
            pass
    return MIMEText(text, sub, cs)

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs, header_name="Subject")

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii"); return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def html_wrap(inner):
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">" + inner + "</body></html>")

def add(key, kind, needs, case, frm, to, subj, date, own, quoted="", html=None, mode="plain",
        cs="utf-8", cte=None, cc=None, reply_to=None, irt=None, ok=True, dkim_dom=None, spf=None,
        dom="email.amazonses.com", extra=None, crlf=False, auth_dom=None, no_auth=False, cids=None):
    """own: the message's own new text (plain). quoted: history below it. html: optional html body.
    mode: plain | html | alt"""
    plain = own + (("\n" + quoted) if quoted else "")
    if mode == "plain":
        msg = textpart(plain, "plain", cs, cte)
    elif mode == "html":
        msg = textpart(html_wrap(html), "html", cs, cte)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(plain, "plain", cs, cte))
        msg.attach(textpart(html_wrap(html), "html", cs, cte))
    m_id = mid(key, dom)
    IDS[key] = m_id
    hs = []
    if frm[1] in (ME_P, ME_C):
        no_auth = True
    if not no_auth:
        adom = auth_dom or frm[1].split("@")[1]
        hs.append(("Authentication-Results", auth(adom, ok, dkim_dom, spf)))
    hs += [("From", addr(frm[0], frm[1], cs if cs != "shift_jis" else "iso-2022-jp")),
           ("To", ", ".join(addr(*t) if isinstance(t, tuple) else t for t in (to if isinstance(to, list) else [to])))]
    if cc: hs.append(("Cc", cc))
    if reply_to: hs.append(("Reply-To", reply_to))
    hs += [("Subject", hdr(subj, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")), ("Date", date), ("Message-ID", m_id)]
    if irt:
        refs = irt if isinstance(irt, list) else [irt]
        hs.append(("In-Reply-To", IDS[refs[-1]]))
        hs.append(("References", " ".join(IDS[r] for r in refs)))
    for k, v in (extra or []):
        hs.append((k, v))
    # put headers before MIME headers
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hs: msg[k] = v
    for k, v in mime: msg[k] = v
    if cids is None:
        cids = CID_RE.findall(own)
    label = {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cids}
    MSGS.append((msg, label, crlf))

def gquote(text, when, who):
    return f"On {when}, {who} wrote:\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def oquote(text, frm, sent, to, subj):
    return ("-----Original Message-----\n" f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n" + text.strip("\n"))

def jquote(text, when, who):
    return f"{when} {who}:\n" + "\n".join("> " + l for l in text.strip("\n").split("\n"))

ME = (ME_NAME, ME_P)
MEC = (ME_NAME, ME_C)
TCF = ("Amazon Web Services", FORM)
AWSN = ("Amazon Web Services", CONSOLE)

# ---------------------------------------------------------------- messages, arrival order
# 1 newsletter
add("news1", "unrelated", False, None, ("Cloud Weekly JP", "digest@cloudweekly.jp"), ME,
    "Cloud Weekly #318: re:Invent recap, Bedrock pricing, status pages done right",
    "Sat, 01 Mar 2025 07:00:12 +0900",
    """Cloud Weekly #318 — 1 March 2025

1. Status pages done right: why "Investigating" -> "Monitoring" -> "Resolved" beats a wall of text
2. Bedrock batch inference pricing, explained with one spreadsheet
3. How one team merged 40 AWS accounts into an Organization in a weekend
4. Certification corner: the Solutions Architect Professional blueprint changes on 2 April

You are receiving this because you subscribed at cloudweekly.jp.
Unsubscribe: https://cloudweekly.jp/u/7f2a91
""", dom="cloudweekly.jp")

# 2 Builder ID one-time code
add("otp1", "unrelated", False, None, ("AWS Builder ID", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address", "Sun, 02 Mar 2025 12:41:03 +0000",
    "",
    html="""<p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482915</b></p>
<p>The code expires in 30 minutes. If you did not try to create a Builder ID, ignore this message.</p>
<p>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>""",
    mode="html")

# 3 ack case A
ack_a = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your request.

The details of your case are as follows:

Case ID: {A}
Subject: AWS Training and Certification Form Submission - account-assistance
Severity: General guidance
Inquiry type: Certification
Additional details: Account Merge
Correspondence: Use case: I am leaving Aozora Dataworks on 14 March and would like to merge my company certification account into my personal one.
All email addresses I may have used: {ME_C}, {ME_P}
Email address to keep on file: {ME_P}
Candidate IDs: {OLD_ID} (company), {NEW_ID} (personal)

We aim to respond within 24 hours, although some requests take longer while we find the best resolution. If you have already opened a case for this request, please do not open another one: duplicate cases delay our reply.

Sincerely,
Amazon Web Services
"""
add("ackA", "acknowledgement", False, A, TCF, ME_P,
    f"[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance",
    "Mon, 03 Mar 2025 00:12:44 +0000", ack_a, crlf=True)

# 4 ack duplicate case B
ack_b = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {B} to address your request.

The details of your case are as follows:

Case ID: {B}
Subject: AWS Training and Certification Form Submission - account-assistance
Inquiry type: Certification
Additional details: Account Merge
Correspondence: Submitting again because the form showed an error page the first time. Please merge my Aozora Dataworks certification account ({ME_C}) into the account that uses {ME_P}.

We aim to respond within 24 hours. If you have already opened a case for this request, please do not open another one.

Sincerely,
Amazon Web Services
"""
add("ackB", "acknowledgement", False, B, TCF, ME_P,
    f"[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance",
    "Mon, 03 Mar 2025 00:35:31 +0000", ack_b)

# 5 colleague, Japanese, handover
add("col1", "unrelated", False, None, ("浅見 里奈", "r.asami@aozora-dw.co.jp"), MEC,
    "引き継ぎミーティングの件(3/5 14:00〜)", "Mon, 03 Mar 2025 10:02:18 +0900",
    """森重さん

お疲れさまです、浅見です。
退職前の引き継ぎミーティングを 3/5(水) 14:00〜15:00 で押さえました。
会議室は 8F の「若葉」です。

当日までに以下をご準備いただけますでしょうか。
・顧客Bの AWS アカウント一覧(Organizations 構成図)
・Support ケースの未完了分リスト

よろしくお願いいたします。

浅見
""", cs="iso-2022-jp", dom="aozora-dw.co.jp", auth_dom="aozora-dw.co.jp",
    extra=[("X-Forwarded-To", ME_P), ("X-Mailer", "Microsoft Outlook 16.0")])

# 6 duplicate case B closed
dup = f"""Hello Kenta,

I noticed that case {B} was submitted for the same account merge as case {A}, which is already with our team. To keep everything in one place I have closed case {B} as a duplicate; all work will continue on case {A}.

There is nothing you need to do on this case. Our replies will come on case {A}.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
"""
add("dupB", "case_update", False, B, TCF, ME_P,
    f"RE:[CASE {B}] [AWS Training and Certification Form Submission] - account-assistance",
    "Mon, 03 Mar 2025 05:20:07 +0000", dup, irt="ackB")

# 7 Zendesk-like vendor ticket: pending (trap)
add("zd1", "unrelated", False, None, ("Kumolog Support", "support@kumolog.zendesk.com"), ME_C,
    "[Kumolog] Re: Log shipping stopped after agent upgrade (#48213)", "Mon, 03 Mar 2025 08:44:50 +0000",
    """##- Please type your reply above this line -##

Your request (#48213) has been updated. To add additional comments, reply to this email.

Status: Pending customer response

Hana (Kumolog Support)
Mar 3, 2025, 17:44 JST

Hi Kenta,

Thanks for the agent logs. The collector is rejecting the new TLS cipher list. Could you run
`kumolog-agent diag --tls` on one of the affected hosts and attach the output?

Best,
Hana

--------------------------------
Kenta Morishige
Mar 2, 2025, 11:10 JST

Since upgrading to agent 4.2 on Friday, nothing from the prod-batch hosts reaches Kumolog.

[G4Z1P7-QX3K]
""", dom="kumolog.zendesk.com", extra=[("Reply-To", "support+id48213@kumolog.zendesk.com")])

# 8 portal digest A: assigned, work in progress
digA1 = f"""AWS Training and Certification Support - case activity

Case {A} has 2 new updates since Mon, 03 Mar 2025 00:12 UTC.

  Update 1   03 Mar 2025 09:58 UTC   Case assigned to: Certification Account Services
  Update 2   03 Mar 2025 10:03 UTC   Status changed: Unassigned -> Work in progress

Case ID:      {A}
Subject:      AWS Training and Certification Form Submission - account-assistance
Status:       Work in progress
Severity:     General guidance
Last updated: 03 Mar 2025 10:03 UTC

No action is needed from you at this time. An agent will write to you on this case.

This is an automated notification. Please do not reply to this message.
"""
digA1_html = f"""<h3 style="margin:0">AWS Training and Certification Support</h3>
<p>Case <b>{A}</b> has 2 new updates since Mon, 03 Mar 2025 00:12 UTC.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>#</th><th>Time (UTC)</th><th>Update</th></tr>
<tr><td>1</td><td>03 Mar 2025 09:58</td><td>Case assigned to: Certification Account Services</td></tr>
<tr><td>2</td><td>03 Mar 2025 10:03</td><td>Status changed: Unassigned &rarr; <b>Work in progress</b></td></tr>
</table>
<table cellpadding="4" style="margin-top:12px">
<tr><td>Case ID</td><td>{A}</td></tr>
<tr><td>Subject</td><td>AWS Training and Certification Form Submission - account-assistance</td></tr>
<tr><td>Status</td><td>Work in progress</td></tr>
<tr><td>Severity</td><td>General guidance</td></tr>
<tr><td>Last updated</td><td>03 Mar 2025 10:03 UTC</td></tr>
</table>
<p>No action is needed from you at this time. An agent will write to you on this case.</p>
<p style="color:#687078;font-size:12px">This is an automated notification. Please do not reply to this message.</p>"""
add("digA1", "case_update", False, A, TCF, ME_P,
    f"[CASE {A}] Case activity: 2 updates", "Mon, 03 Mar 2025 10:05:40 +0000", digA1, html=digA1_html, mode="alt", cte="qp")

# 9 agent: APN hold with buried question (needs reply)
holdA = f"""Hello Kenta,

My name is Priya and I will be looking after your merge request.

While reviewing the two profiles I found that the certification account registered to {ME_C} is associated with an AWS Partner Network organization (Aozora Dataworks Co., Ltd.). Certifications earned under a partner-linked account count toward that partner's tier, so we cannot move them to another account while the association is active. I have asked our Partner team to review the link and I have placed your case on hold until they respond. This usually takes 2-3 business days.

In the meantime, one thing would help me: your form says you are leaving the company on 14 March — are you still employed there today, and will {ME_C} stop receiving mail after that date? The Partner team asks for this before they detach an account.

Thank you for your patience.

Best regards,
Priya S.
AWS Training and Certification Customer Support
"""
add("holdA", "on_hold", True, A, TCF, ME_P, SUBJ_A, "Tue, 04 Mar 2025 01:31:09 +0000",
    holdA, quoted=gquote(ack_a, "Mon, Mar 3, 2025 at 12:12 AM", f"Amazon Web Services <{FORM}>"), irt="ackA")

# 10 status notice: on hold (no ask)
stA_hold = f"""Status update for your AWS Training and Certification case

Case ID          : {A}
Previous status  : Work in progress
New status       : On hold
Hold reason      : Awaiting AWS Partner Network review
Updated by       : Priya S.
Updated at       : 2025-03-04 01:32 UTC

Your case is paused while another team completes a review. We will notify you when work resumes.
To view the full correspondence, open the most recent message from your agent.

-- 
AWS Training and Certification Support | automated notification
"""
add("stAhold", "on_hold", False, A, TCF, ME_P, f"[CASE {A}] Status: On hold",
    "Tue, 04 Mar 2025 01:32:15 +0000", stA_hold)

# 11 AWS billing
add("bill1", "unrelated", False, None, ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 480213557096]", "Tue, 04 Mar 2025 03:14:51 +0000",
    """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.17

You can see a complete break down of all charges on the Billing & Cost Management page located at https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 12 user reply to hold (from company address)
reA1_own = f"""Hi Priya,

Thanks for the quick look. Yes, I am still employed at Aozora Dataworks today; my last working day is Friday 14 March and {ME_C} will be deactivated that evening. Please send anything further to {ME_P}.

My manager knows I am moving my certifications to my personal account.

Best regards,
Kenta Morishige
"""
add("reA1", "user_reply", False, A, MEC, FORM, SUBJ_A, "Tue, 04 Mar 2025 11:05:33 +0900",
    reA1_own, quoted="\n" + oquote(holdA, f"Amazon Web Services <{FORM}>", "Tuesday, March 4, 2025 10:31 AM",
                                    f"{ME_P}", SUBJ_A),
    irt=["ackA", "holdA"], cc=ME_P, dom="aozora-dw.co.jp", auth_dom="aozora-dw.co.jp",
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])


# 13 Partner Central notice (trap: related story, not a support case)
add("apn1", "unrelated", False, None, ("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), ME_C,
    "Your AWS Partner Central user association has been removed", "Wed, 05 Mar 2025 06:48:00 +0000",
    "", html="""<p>Hello Kenta,</p>
<p>An alliance lead at <b>Aozora Dataworks Co., Ltd.</b> has removed your user from the company's AWS Partner Central account.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Partner</td><td>Aozora Dataworks Co., Ltd.</td></tr>
<tr><td>User</td><td>k.morishige@aozora-dw.co.jp</td></tr>
<tr><td>Change</td><td>User removed</td></tr>
<tr><td>Effective</td><td>2025-03-05 06:47 UTC</td></tr></table>
<p>Your training and certification records are not deleted. If you believe this was done in error, contact your alliance lead.</p>
<p>AWS Partner Network</p>""", mode="html", auth_dom="partnercentral.awspartner.com",
    extra=[("X-Forwarded-To", ME_P)])

# 14 Japanese status notice: hold lifted, work resumes
stA_resume = f"""AWS トレーニングと認定 サポート

ケースのステータスが変更されました。

ケース ID  : {A}
件名       : AWS Training and Certification Form Submission - account-assistance
変更前     : 保留中(AWS パートナーネットワーク確認待ち)
変更後     : 対応中
更新日時   : 2025-03-05 08:12 UTC

パートナーチームによる確認が完了したため、担当者が作業を再開しました。
現時点でお客様に必要な操作はありません。

※このメールは送信専用アドレスから配信されています。
"""
add("stAres", "case_update", False, A, ("AWS トレーニングと認定", FORM), ME_P,
    f"[CASE {A}] ステータス更新: 対応中", "Wed, 05 Mar 2025 08:12:47 +0000", stA_resume, cte="qp")

# 15 Skill Builder receipt
add("sb1", "unrelated", False, None, ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt", "Wed, 05 Mar 2025 11:30:02 +0000", "",
    html="""<p>Thank you for your purchase.</p>
<table cellpadding="4" border="1" style="border-collapse:collapse">
<tr><th>Item</th><th>Period</th><th>Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription (monthly)</td><td>Mar 5 &ndash; Apr 4, 2025</td><td>USD 29.00</td></tr>
</table>
<p>Order number: SB-7730-2291-0051. Manage your subscription at skillbuilder.aws.</p>""", mode="html",
    auth_dom="aws.training")

# 16 confirmation request (HTML only, tables)
confA_html = f"""<p>Hello Kenta,</p>
<p>Good news &mdash; the Partner Network review is complete and the company association on your old profile has been released, so I can go ahead with the merge. Before I do, I need you to double-check the two profiles below. A merge cannot be undone.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{NEW_ID}</td><td>{OLD_ID}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Active certifications</td><td>&mdash;</td><td>SAA-C03, DVA-C02, SCS-C02</td></tr>
</table>
<p>Both profiles will be combined into <b>Account #1</b>, and Account #2 will be retired. Do these both belong to you, and is Account #1 the one you want to keep? A short reply to this email is enough.</p>
<p>Kind regards,<br>Marco D.<br>AWS Training and Certification Customer Support</p>"""
confA_plain = f"""Hello Kenta,

Good news - the Partner Network review is complete and the company association on your old profile has been released, so I can go ahead with the merge. Before I do, I need you to double-check the two profiles below. A merge cannot be undone.

Account #1
Candidate ID: {NEW_ID}
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Candidate ID: {OLD_ID}
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}
Active certifications: SAA-C03, DVA-C02, SCS-C02

Both profiles will be combined into Account #1, and Account #2 will be retired. Do these both belong to you, and is Account #1 the one you want to keep? A short reply to this email is enough.

Kind regards,
Marco D.
AWS Training and Certification Customer Support
"""
add("confA", "confirmation_request", True, A, TCF, ME_P, SUBJ_A, "Wed, 05 Mar 2025 09:40:26 +0000",
    "", html=confA_html, mode="html", cte="qp", irt=["ackA", "holdA", "reA1"],
    cids=[NEW_ID, OLD_ID])

# 17 console case C: new support case (voucher)
ackC = f"""Amazon Web Services: New Support case: {C}

Hello,

We have received your case {C}. Our support staff will respond soon.

Case ID: {C}
Subject: 50% exam discount benefit missing from my Certification benefits page
Service: AWS Training and Certification
Category: Certification benefits
Severity: General guidance
Correspondence: After passing SCS-C02 in January, the Benefits page of my certification account showed a 50% discount voucher. It disappeared this week. Candidate ID {OLD_ID}.

To view or update this case, please go to: https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Thank you for contacting Amazon Web Services.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add("ackC", "acknowledgement", False, C, AWSN, ME_P, f"Amazon Web Services: New Support case: {C}",
    "Wed, 05 Mar 2025 13:02:11 +0000", ackC)

# 18 Kumolog vendor solved (trap)
add("zd2", "unrelated", False, None, ("Kumolog Support", "support@kumolog.zendesk.com"), ME_C,
    "[Kumolog] Re: Log shipping stopped after agent upgrade (#48213)", "Wed, 05 Mar 2025 15:22:09 +0000",
    """##- Please type your reply above this line -##

Your request (#48213) has been solved. If you believe it has not been solved, reply to this email to reopen it.

Status: Solved

Hana (Kumolog Support)
Mar 6, 2025, 00:22 JST

Hi Kenta, agent 4.2.1 ships the old cipher list as a fallback. Upgrading fixes it; we have confirmed logs from prod-batch-03 are arriving again. Closing this one.

How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied

[G4Z1P7-QX3K]
""", dom="kumolog.zendesk.com")

# 19 digest A: waiting on customer, quotes latest comment asking to confirm
digA2_html = f"""<div style="max-width:640px">
<h3>Your case is waiting on you</h3>
<p>Case <b>{A}</b> has been in <b>Pending customer response</b> for 24 hours.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><td>Case ID</td><td>{A}</td></tr>
<tr><td>Status</td><td>Pending customer response</td></tr>
<tr><td>Agent</td><td>Marco D.</td></tr>
<tr><td>Last update</td><td>2025-03-05 09:40 UTC</td></tr>
<tr><td>Latest comment</td><td>&ldquo;&hellip;Do these both belong to you, and is Account #1 the one you want to keep? A short reply to this email is enough.&rdquo;</td></tr>
</table>
<p>Reply to the agent's latest message to continue. Replying to this notification will not reach the agent.</p>
</div>"""
add("digA2", "confirmation_request", True, A, TCF, ME_P, f"[CASE {A}] Waiting on customer",
    "Thu, 06 Mar 2025 09:41:02 +0000", "", html=digA2_html, mode="html")

# 20 Pearson VUE appointment (trap: 9-digit registration)
add("pv1", "unrelated", False, None, ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
    "Pearson VUE Confirmation of Booking", "Thu, 06 Mar 2025 09:55:44 +0000",
    """Dear Kenta Morishige,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482201937
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Appointment: Saturday, March 29, 2025 10:00 JST
Location: OnVUE online proctored

To reschedule or cancel, visit the Pearson VUE website at least 24 hours before your appointment.

Pearson VUE
""", auth_dom="pearson.com", cte="qp")

# 21 user confirms (from personal, gmail-ish quoting)
reA2_own = """Hi Marco,

Confirmed — both accounts are mine. Please merge into Account #1 (the fastmail one).

Thanks,
Kenta
"""
add("reA2", "user_reply", False, A, ME, FORM, SUBJ_A, "Thu, 06 Mar 2025 19:02:51 +0900",
    reA2_own, quoted=gquote(confA_plain, "Wed, 5 Mar 2025 at 18:40", f"Amazon Web Services <{FORM}>"),
    irt=["ackA", "holdA", "reA1", "confA"], cte="qp", dom="fastmail.com")

# 22 resolved letter quoting the request
resA = f"""Hello Kenta,

Thanks for confirming. I have successfully merged both profiles: everything from the Aozora Dataworks account now sits under Account #1 ({ME_P}). Your exam history, the three active certifications and the 50% exam benefit should show when you next sign in; Credly can take a few hours to catch up.

If something looks off after you sign in, just reply here.

Kind regards,
Marco D.
AWS Training and Certification Customer Support
"""
add("resA", "resolved", False, A, TCF, ME_P, SUBJ_A, "Thu, 06 Mar 2025 10:27:38 +0000",
    resA, quoted=gquote(reA2_own + "\n" + gquote(confA_plain, "Wed, 5 Mar 2025 at 18:40", f"Amazon Web Services <{FORM}>"),
                        "Thu, Mar 6, 2025 at 10:02 AM", f"Kenta Morishige <{ME_P}>"),
    irt=["ackA", "holdA", "reA1", "confA", "reA2"])

# 23 status notice Solved
stA_solved_html = f"""<p><b>Status: Solved</b></p>
<table cellpadding="5" border="1" style="border-collapse:collapse">
<tr><td>Case ID</td><td>{A}</td></tr>
<tr><td>Previous status</td><td>Pending customer response</td></tr>
<tr><td>New status</td><td>Solved</td></tr>
<tr><td>Resolution</td><td>Accounts merged</td></tr>
<tr><td>Updated</td><td>2025-03-06 10:28 UTC</td></tr></table>
<p>This case will close automatically in 7 days. Replying to your agent's last message before then reopens it.</p>
<p style="font-size:11px;color:#777">Automated message from AWS Training and Certification Support.</p>"""
add("stAsol", "resolved", False, A, TCF, ME_P, f"[CASE {A}] Status: Solved",
    "Thu, 06 Mar 2025 10:28:05 +0000",
    f"Status: Solved\n\nCase ID: {A}\nPrevious status: Pending customer response\nNew status: Solved\nResolution: Accounts merged\nUpdated: 2025-03-06 10:28 UTC\n\nThis case will close automatically in 7 days. Replying to your agent's last message before then reopens it.\n",
    html=stA_solved_html, mode="alt")

# 24 Credly badge
add("cr1", "badge", False, None, ("Credly", "admin@credly.com"), ME_P,
    "Kenta, you've earned a badge from Amazon Web Services Training and Certification!",
    "Thu, 06 Mar 2025 11:04:19 +0000", "",
    html="""<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Security &ndash; Specialty</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/5f0c1e3a-8d2b-4b7e-9c61-7a2f4e8d9b10">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p><p>Credly, Inc.</p>""", mode="html", auth_dom="credly.com")

# 25 Credly badge 2
add("cr2", "badge", False, None, ("Credly", "admin@credly.com"), ME_P,
    "Kenta, you've earned a badge from Amazon Web Services Training and Certification!",
    "Thu, 06 Mar 2025 11:04:27 +0000", "",
    html="""<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Developer &ndash; Associate</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/a91d2c44-03fe-4d8e-b6a2-11c9f0e7d355">Accept your badge</a></p><p>Credly, Inc.</p>""",
    mode="html", auth_dom="credly.com")

# 26 console case C: agent asks for info, answer in console
infoC = f"""Hello,

Thank you for your patience. I checked the benefits ledger for candidate {OLD_ID}. The 50% discount from your January SCS-C02 pass was issued as voucher code ending -7QX2 and shows as redeemed on 2025-03-02. That date is after the merge request you raised on another case, so it may be a system side-effect rather than a real redemption.

To get this corrected I need two things from you:
1. Did you schedule or pay for any exam with that voucher on or around 2 March? (The SAP-C02 booking on 29 March counts if you used the code there.)
2. A screenshot of the Benefits page as it looks now.

Please add these through the Support Center case page; email replies to this message are not delivered to us.

Best regards,
Aiko
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To see all your case correspondence, or reply to this message, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
"""
add("infoC", "info_request", True, C, AWSN, ME_P,
    f"RE:[CASE {C}] 50% exam discount benefit missing from my Certification benefits page",
    "Fri, 07 Mar 2025 02:17:55 +0000", infoC, cids=[OLD_ID])

# 27 survey A
survA = f"""Hello Kenta,

Your recent AWS Training and Certification support case ({A}) was marked solved. We'd like to hear how it went.

How satisfied were you with the support you received?

  Very satisfied  |  Satisfied  |  Neutral  |  Dissatisfied  |  Very dissatisfied
  https://survey.aws.training/s/cs?c={A}&r=

The survey takes about two minutes. Your answers are used to improve our service and are not shared with your agent.

AWS Training and Certification
"""
add("survA", "survey", False, A, ("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
    "How did we do? Your AWS Training and Certification support case", "Fri, 07 Mar 2025 10:30:00 +0000", survA)

# 28 user replies by email to console no-reply (mistake)
reC1_own = """Hi Aiko,

1. No, I have not used it. The SAP-C02 booking on 29 March was paid by card.
2. Screenshot attached (Benefits page shows "No benefits available").

Kenta
"""
add("reC1", "user_reply", False, C, ME, CONSOLE,
    f"Re: RE:[CASE {C}] 50% exam discount benefit missing from my Certification benefits page",
    "Fri, 07 Mar 2025 12:40:10 +0900", reC1_own,
    quoted=gquote(infoC, "Fri, 7 Mar 2025 at 11:17", f"Amazon Web Services <{CONSOLE}>"), irt="infoC",
    dom="fastmail.com", cte="qp")

# 29 bounce
bounce = f"""This is the mail system at host smtp.messagingengine.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{CONSOLE}>: host amazon-smtp.amazon.com said: 550 5.1.1
    This mailbox does not accept incoming mail. Please use the AWS Support
    Center to respond to your case. (in reply to RCPT TO command)

--- Original message headers ---
Subject: Re: RE:[CASE {C}] 50% exam discount benefit missing from my Certification benefits page
Date: Fri, 07 Mar 2025 12:40:10 +0900
From: Kenta Morishige <{ME_P}>
"""
add("bncC", "unrelated", False, C, ("Mail Delivery System", "MAILER-DAEMON@messagingengine.com"), ME_P,
    "Undelivered Mail Returned to Sender", "Fri, 07 Mar 2025 03:40:14 +0000", bounce,
    dom="messagingengine.com", no_auth=True, extra=[("Auto-Submitted", "auto-replied")])


# ---- case A reopened
THIRD = "AWS07725013"
reA3_own = """Hi Marco,

Sorry to come back on this. Signed in today: certifications look right, but my Cloud Practitioner exam from 2021 is not in the exam history, and the CLF badge did not come through on Credly either. Could that have been on yet another profile?

Kenta
"""
add("reA3", "user_reply", False, A, ME, FORM, SUBJ_A, "Sat, 08 Mar 2025 21:14:02 +0900", reA3_own,
    quoted=gquote(resA, "Thu, 6 Mar 2025 at 19:27", f"Amazon Web Services <{FORM}>"),
    irt=["ackA", "confA", "reA2", "resA"], dom="fastmail.com")

add("stAre", "case_update", False, A, TCF, ME_P, f"[CASE {A}] Status: Reopened",
    "Sat, 08 Mar 2025 12:14:40 +0000",
    f"""Your case has been reopened because we received a new reply from you.

Case ID: {A}
Status: Reopened (was: Solved)
Queue: Certification Account Services

An agent will review your message. You don't need to send it again.
""")

infoA2 = f"""Hi Kenta,

Thanks for flagging this. Your merged profile has no record of a CLF-C01 attempt at all, which usually means the exam was booked from a different profile. Back in 2021 did you register with a university or earlier employer address? Send me that address, and the approximate exam date if you have it, and I'll search for it.

Marco D.
AWS Training and Certification Customer Support
"""
add("infoA2", "info_request", True, A, TCF, ME_P, SUBJ_A, "Mon, 10 Mar 2025 00:52:19 +0000", infoA2,
    quoted=gquote(reA3_own, "Sat, Mar 8, 2025 at 12:14 PM", f"Kenta Morishige <{ME_P}>"),
    irt=["ackA", "confA", "reA2", "resA", "reA3"])

# GitHub merged (trap)
add("gh1", "unrelated", False, None, ("Rina Asami", "notifications@github.com"), ME_P,
    "Re: [aozora-dw/etl-pipeline] Dedupe customer accounts before merge step (PR #412)",
    "Mon, 10 Mar 2025 02:10:33 +0000",
    """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/aozora-dw/etl-pipeline/pull/412#event-16630021977
You are receiving this because you authored the thread.
""", dom="github.com", auth_dom="github.com",
    extra=[("List-ID", "aozora-dw/etl-pipeline <etl-pipeline.aozora-dw.github.com>"), ("X-GitHub-Reason", "author")])

# console case C: Japanese status notice, waiting on customer
jaC = f"""Amazon Web Services をご利用いただきありがとうございます。

サポートケースのステータスが更新されました。

ケース ID: {C}
件名: 50% exam discount benefit missing from my Certification benefits page
ステータス: お客様の対応待ち
最終更新: 2025-03-10 03:00 UTC

担当者からの質問に対するご回答をお待ちしております。サポートセンターのケースページから返信してください。
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=ja

※このメールは送信専用のアドレスから送信されています。このメールに返信いただいてもお受けできません。
"""
add("jaC", "info_request", True, C, AWSN, ME_P, f"Amazon Web Services: サポートケース {C} が更新されました",
    "Mon, 10 Mar 2025 03:00:41 +0000", jaC, cte="qp")

reA4_own = f"""Hi Marco,

Yes — I took CLF in July 2021 while I was still at university, with k.morishige@alumni.tsukuba-u.ac.jp. Pearson VUE registration 318840552 if that helps.

Kenta
"""
add("reA4", "user_reply", False, A, ME, FORM, SUBJ_A, "Mon, 10 Mar 2025 12:31:45 +0900", reA4_own,
    quoted=gquote(infoA2, "Mon, 10 Mar 2025 at 09:52", f"Amazon Web Services <{FORM}>"),
    irt=["ackA", "resA", "reA3", "infoA2"], dom="fastmail.com")

updA = f"""Hi Kenta,

Found it: there is a third profile, {THIRD}, registered to your alumni address with the July 2021 CLF-C01 result on it. Because it holds an expired certification, the merge of historical records has to go through our Certification Operations team rather than me. I've handed your case to them with all the details; they normally finish in 3-5 business days and will write to you here.

Marco D.
AWS Training and Certification Customer Support
"""
add("updA", "case_update", False, A, TCF, ME_P, SUBJ_A, "Mon, 10 Mar 2025 08:20:03 +0000", updA,
    quoted=gquote(reA4_own, "Mon, Mar 10, 2025 at 3:31 AM", f"Kenta Morishige <{ME_P}>"),
    irt=["ackA", "reA3", "infoA2", "reA4"])

# Japanese SaaS vendor ticket (trap)
add("kk1", "unrelated", False, None, ("クモ経費 サポートセンター", "support@kumo-keihi.jp"), ME_C,
    "【クモ経費】お問い合わせ(受付番号 250310-0041)のステータスが「回答待ち」になりました",
    "Mon, 10 Mar 2025 16:05:00 +0900",
    """森重 健太 様

いつもクモ経費をご利用いただきありがとうございます。
お問い合わせのステータスが更新されました。

受付番号:250310-0041
件名:退職者アカウントの無効化について
ステータス:回答待ち

担当者より、無効化の予定日をお知らせいただくようお願いしております。
内容をご確認のうえ、マイページよりご回答ください。

クモ経費 サポートセンター
""", cs="iso-2022-jp", dom="kumo-keihi.jp", extra=[("X-Forwarded-To", ME_P)])

# Japanese portal digest: team change
digA3 = f"""AWS トレーニングと認定 サポート - ケースの更新(2件)

ケース {A} に新しい更新があります。

1. 2025-03-10 08:20 UTC  担当チーム: Certification Account Services → Certification Operations
2. 2025-03-10 08:21 UTC  ステータス: 対応中

お客様側での対応は不要です。担当チームからの連絡をお待ちください。
"""
digA3_html = f"""<p>AWS トレーニングと認定 サポート</p>
<p>ケース <b>{A}</b> に新しい更新が 2 件あります。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>日時 (UTC)</th><th>内容</th></tr>
<tr><td>2025-03-10 08:20</td><td>担当チーム: Certification Account Services &rarr; Certification Operations</td></tr>
<tr><td>2025-03-10 08:21</td><td>ステータス: 対応中</td></tr></table>
<p>お客様側での対応は不要です。担当チームからの連絡をお待ちください。</p>"""
add("digA3", "case_update", False, A, ("AWS トレーニングと認定", FORM), ME_P, f"[CASE {A}] ケースの更新 (2件)",
    "Mon, 10 Mar 2025 08:25:00 +0000", digA3, html=digA3_html, mode="alt")

# ---- case D: old 2021 Japanese case reopened by the owner
oldD = """森重 様

AWS トレーニングと認定カスタマーサポートでございます。
ご依頼いただいておりました認定アカウントの氏名表記を「KENTA MORISHIGE」に修正いたしました。
デジタル認定証にも反映されておりますので、ご確認ください。

今後ともよろしくお願いいたします。
"""
SUBJ_D = f"RE:[CASE {D}] 認定証の氏名表記について"
reD1_own = f"""ご担当者様

2021年にこのケースで氏名のローマ字表記(MORISIGE → MORISHIGE)を修正していただいた森重です。
先日、別ケース({A})でアカウントを統合していただいたところ、統合後の認定証の氏名が再び「KENTA MORISIGE」に戻ってしまいました。
統合先の候補 ID は {NEW_ID} です。再度の修正をお願いできますでしょうか。

森重 健太
"""
add("reD1", "user_reply", False, D, ("森重 健太", ME_P), FORM, SUBJ_D, "Tue, 11 Mar 2025 08:40:12 +0900",
    reD1_own, quoted=jquote(oldD, "2021年8月19日(木) 15:02", f"Amazon Web Services <{FORM}>"),
    dom="fastmail.com", cs="iso-2022-jp")

stD = f"""ケースが再開されました

ケース ID     : {D}
件名          : 認定証の氏名表記について
ステータス    : 再オープン(以前のステータス: クローズ)
言語          : 日本語

お客様からのご返信を受け付けたため、本ケースを再開いたしました。担当者より改めてご連絡いたします。
"""
add("stD", "case_update", False, D, ("AWS トレーニングと認定", FORM), ME_P, f"[CASE {D}] ケースが再開されました",
    "Tue, 11 Mar 2025 00:41:30 +0000", stD, cs="iso-2022-jp")

# OOO from colleague
add("ooo1", "unrelated", False, None, ("浅見 里奈", "r.asami@aozora-dw.co.jp"), MEC,
    "自動応答: 顧客B Organizations 構成図(最新版)", "Tue, 11 Mar 2025 09:15:02 +0900",
    """3月11日〜3月12日は出張のため不在にしております。
3月13日以降、順次返信いたします。
お急ぎの場合は 開発部 代表(dev@aozora-dw.co.jp)までご連絡ください。

浅見 里奈
""", cs="iso-2022-jp", dom="aozora-dw.co.jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Forwarded-To", ME_P)])

# console C closing notice
closeC = f"""Hello,

We haven't heard back from you on case {C} since our last message on March 7. If we don't receive a response through the Support Center within 4 days, this case will be resolved automatically.

You can keep the case open by replying on the case page:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Note: a resolved case can be reopened for up to 14 days after it is resolved.

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add("closeC", "closing_notice", True, C, AWSN, ME_P,
    f"RE:[CASE {C}] 50% exam discount benefit missing from my Certification benefits page",
    "Tue, 11 Mar 2025 02:18:00 +0000", closeC, crlf=True)

# Japanese agent info request (Shift_JIS, keigo, buried)
infoD = f"""森重 健太 様

AWS トレーニングと認定カスタマーサポートの山科でございます。
このたびはご不便をおかけしており、誠に申し訳ございません。

統合後のアカウント(候補 ID: {NEW_ID})を確認いたしましたところ、統合元アカウントのプロフィールに登録されていた氏名が優先されたため、旧表記に戻ったものと考えられます。
修正にあたり、公的身分証明書(パスポート等)に記載のローマ字表記を確認させていただく必要がございます。

つきましては、パスポートに記載されている氏名の表記(姓・名の順序を含む)を本メールへのご返信にてお知らせいただけますでしょうか。
なお、身分証明書の画像の添付は不要でございます。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山科 美紀
AWS トレーニングと認定 カスタマーサポート
"""
add("infoD", "info_request", True, D, ("Amazon Web Services", FORM), ME_P, SUBJ_D,
    "Tue, 11 Mar 2025 05:33:48 +0000", infoD,
    quoted=jquote(reD1_own, "2025年3月11日(火) 8:40", f"森重 健太 <{ME_P}>"), irt="reD1", cs="shift_jis", crlf=True)

# Tessera DB vendor closing (trap)
add("tdb1", "unrelated", False, None, ("Tessera DB Support", "support@tesseradb.io"), ME_C,
    "Case 00912345: will be closed in 3 days without your response", "Tue, 11 Mar 2025 18:00:00 +0000",
    """Hello Kenta,

Case 00912345 (Replica lag alerts firing after minor version upgrade) is waiting for your response.
If we do not hear from you within 3 days the case will be closed automatically. Reply to this email to keep it open.

Tessera DB Customer Success
""", dom="tesseradb.io", extra=[("X-Forwarded-To", ME_P)])

# suspicious 1: lookalike domain, status notice style
sus1_html = """<p><b>AWS Training &amp; Certification &ndash; Case Status Notification</b></p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Case</td><td>CERT-2025-0311-88412</td></tr>
<tr><td>Status</td><td style="color:#c00">Pending customer response &ndash; ACTION REQUIRED</td></tr>
<tr><td>Reason</td><td>Account merge identity verification</td></tr>
<tr><td>Deadline</td><td>24 hours</td></tr></table>
<p>Your certification account merge cannot be completed until you verify your identity. If you do not verify within 24 hours, your certifications will be suspended.</p>
<p><a href="https://aws-certification-helpdesk.com/verify?u=k.morishige">Verify now with your AWS Builder ID</a></p>
<p>AWS Training and Certification</p>"""
add("sus1", "suspicious", False, None, ("AWS Certification Support", "case-status@aws-certification-helpdesk.com"), ME_C,
    "Status: Pending customer response - action required", "Wed, 12 Mar 2025 01:12:09 +0000", "",
    html=sus1_html, mode="html", auth_dom="aws-certification-helpdesk.com",
    extra=[("X-Forwarded-To", ME_P)])

# console C resolved (feedback footer)
resC = f"""Hello,

Thanks for the details you added on the case page. You were right: the voucher was marked as redeemed by the profile merge, not by a booking. I have voided that voucher and issued a replacement 50% discount, which now shows on your Benefits page (expires 2026-01-27). You can use it for your SAP-C02 booking by rescheduling through Pearson VUE.

I'm marking this case resolved. If there's anything else, you can reopen it from the Support Center within 14 days.

Best regards,
Aiko
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
"""
add("resC", "resolved", False, C, AWSN, ME_P,
    f"RE:[CASE {C}] 50% exam discount benefit missing from my Certification benefits page",
    "Wed, 12 Mar 2025 04:45:10 +0000", resC)


# ---- part 4
add("mkt1", "unrelated", False, None, ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025: registration is open", "Wed, 12 Mar 2025 06:00:00 +0000", "",
    html="""<p>AWS Summit Japan returns to Makuhari Messe on June 25&ndash;26.</p>
<p>Over 150 sessions, the AWS Certification Lounge (show your digital badge for a gift), and hands-on labs.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">Register free</a></p>
<p style="font-size:11px">You are receiving this email because you opted in to AWS event communications. <a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p>""",
    mode="html", extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

add("otp2", "unrelated", False, None, ("AWS", "no-reply@login.awsapps.com"), ME_P,
    "AWS Builder ID sign-in verification code", "Wed, 12 Mar 2025 07:41:22 +0000",
    """Your verification code is: 730418

This code expires in 10 minutes. AWS will never ask you for this code by phone or email.
""", auth_dom="login.awsapps.com")

confA2_plain = f"""Hello Kenta,

I'm Elena from Certification Operations; Marco passed your case to me.

I can bring the 2021 Cloud Practitioner record into your main profile by merging a third profile into it:

  Account #1 (keep)   {NEW_ID}   login: {ME_P}
  Account #3          {THIRD}   login: k.morishige@alumni.tsukuba-u.ac.jp
                                  certification: AWS Certified Cloud Practitioner (expired 2024-07-22)

The expired certification will appear in your history as expired; it does not become active again.

Can you confirm Account #3 is yours and that I should merge it into Account #1?

Elena K.
Certification Operations | AWS Training and Certification
"""
confA2_html = f"""<p>Hello Kenta,</p><p>I'm Elena from Certification Operations; Marco passed your case to me.</p>
<p>I can bring the 2021 Cloud Practitioner record into your main profile by merging a third profile into it:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Candidate ID</th><th>Login</th><th>Certifications</th></tr>
<tr><td>Account #1 (keep)</td><td>{NEW_ID}</td><td>{ME_P}</td><td>SAA, DVA, SCS</td></tr>
<tr><td>Account #3</td><td>{THIRD}</td><td>k.morishige@alumni.tsukuba-u.ac.jp</td><td>AWS Certified Cloud Practitioner (expired 2024-07-22)</td></tr></table>
<p>The expired certification will appear in your history as expired; it does not become active again.</p>
<p>Can you confirm Account #3 is yours and that I should merge it into Account #1?</p>
<p>Elena K.<br>Certification Operations | AWS Training and Certification</p>"""
add("confA2", "confirmation_request", True, A, TCF, ME_P, SUBJ_A, "Thu, 13 Mar 2025 01:07:33 +0000",
    confA2_plain, html=confA2_html, mode="alt", cte="qp", irt=["ackA", "reA3", "infoA2", "reA4", "updA"])

add("cr3", "badge", False, None, ("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Solutions Architect - Associate badge", "Thu, 13 Mar 2025 11:00:00 +0000",
    """Hi Kenta,

You have a badge waiting: AWS Certified Solutions Architect - Associate, issued by Amazon Web Services Training and Certification.

Accept it here: https://www.credly.com/earner/earned/badge/0c77b3f1-52aa-4e0c-8e9d-3d1b6f2a7c48

Credly, Inc. | 1700 Broadway, New York, NY
""", auth_dom="credly.com")

add("job1", "unrelated", False, None, ("Yuki Tanabe (Hikari Labs HR)", "y.tanabe@hikarilabs.io"), ME_P,
    "Welcome to Hikari Labs - a few things before 1 April", "Thu, 13 Mar 2025 05:20:00 +0000",
    """Hi Kenta,

Welcome aboard! Before your first day on 1 April, please:

- sign the NDA in the HR portal (link sent separately)
- send us a copy of your AWS certifications for the partner tier paperwork, if you have them handy

See you soon,
Yuki
""", dom="hikarilabs.io", auth_dom="hikarilabs.io")

closeD = f"""森重 健太 様

AWS トレーニングと認定 カスタマーサポートです。

下記のケースについて、2025年3月11日に担当者よりご連絡して以降、お客様からのご返信を確認できておりません。

  ケース ID : {D}
  ステータス: お客様の返信待ち
  自動クローズ予定日: 2025年3月18日

上記の日までにご返信がない場合、本ケースはクローズさせていただきます。
引き続きサポートをご希望の場合は、本メールにご返信ください。クローズ後であっても、ご返信いただければケースは再開されます。

AWS トレーニングと認定 カスタマーサポート
"""
add("closeD", "closing_notice", True, D, ("Amazon Web Services", FORM), ME_P, SUBJ_D,
    "Fri, 14 Mar 2025 00:30:00 +0000", closeD, cs="iso-2022-jp", irt=["reD1", "infoD"])

add("exp1", "certification", False, None, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days", "Fri, 14 Mar 2025 03:00:00 +0000",
    f"""Hello Kenta Morishige,

Your AWS Certified Developer - Associate certification (validation number 7QW2LK81ZB4E1P3M) expires on June 12, 2025.

To keep it active, pass the current version of the exam or a higher-level exam before that date. Your recertification options are listed in your AWS Certification account under Certifications > Recertification.

Candidate ID: {NEW_ID}

AWS Training and Certification
This is a system-generated email. Please do not reply.
""", auth_dom="certmetrics.com")

# suspicious 2: claims the real form address, dmarc fail, references a (fake) closure
sus2 = f"""Hello,

Your AWS Training and Certification case has been waiting for your response. Status: Pending customer response.

To prevent closure of your case and permanent loss of your merged certification records, you must re-authenticate your AWS Builder ID within 12 hours:

https://signin-aws-training.com/case/confirm?id=kmorishige

If we do not receive your confirmation, your certifications will be revoked.

AWS Training and Certification Customer Support
"""
add("sus2", "suspicious", False, None, ("AWS Training and Certification", FORM), ME_P,
    "RE:[CASE 174096072004417] Final notice: case closure and certification revocation",
    "Fri, 14 Mar 2025 09:48:12 +0000", sus2, ok=False, spf="mailer.signin-aws-training.com",
    dom="signin-aws-training.com")

reD2_own = """山科様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は「MORISHIGE KENTA」(姓 MORISHIGE / 名 KENTA)です。
認定証には「KENTA MORISHIGE」の順で記載いただければ問題ありません。

よろしくお願いいたします。
森重 健太
"""
add("reD2", "user_reply", False, D, ("森重 健太", ME_P), FORM, SUBJ_D, "Sat, 15 Mar 2025 10:22:09 +0900",
    reD2_own, quoted=jquote(infoD, "2025年3月11日(火) 14:33", f"Amazon Web Services <{FORM}>"),
    irt=["reD1", "infoD", "closeD"], dom="fastmail.com", cte="qp")

closeA = f"""Case status reminder

Case ID            : {A}
Status             : Pending customer response
Waiting since      : 2025-03-13 01:07 UTC
Auto-close date    : 2025-03-19

We asked you a question on this case and have not received an answer. If we do not hear from you by the auto-close date, the case will be closed. To keep it open, reply to the agent's most recent message; replying after closure reopens the case.

AWS Training and Certification Support | automated notification
"""
add("closeA", "closing_notice", True, A, TCF, ME_P, f"[CASE {A}] Reminder: your response is needed",
    "Sun, 16 Mar 2025 01:10:00 +0000", closeA, crlf=True)

reA5_own = """Hi Elena,

Yes, Account #3 is mine (university address, no longer in use). Please go ahead and merge it into Account #1.

Thank you!
Kenta
"""
add("reA5", "user_reply", False, A, ME, FORM, SUBJ_A, "Sun, 16 Mar 2025 11:48:30 +0900", reA5_own,
    quoted=gquote(confA2_plain, "Thu, 13 Mar 2025 at 10:07", f"Amazon Web Services <{FORM}>"),
    irt=["ackA", "reA4", "updA", "confA2"], dom="fastmail.com")

digA4 = f"""AWS Training and Certification Support - case activity

Case {A} has 3 new updates.

  1  2025-03-17 02:40 UTC  Comment from Elena K.: "Account #3 ({THIRD}) has been merged into Account #1. The Cloud Practitioner result from July 2021 now appears in your exam history as expired."
  2  2025-03-17 02:41 UTC  Status changed: Pending customer response -> Solved
  3  2025-03-17 02:41 UTC  Resolution code: Accounts merged

Case ID: {A}
Status:  Solved

Nothing else is required from you. If you have a question about this resolution, reply to the agent's last message within 7 days.
"""
add("digA4", "resolved", False, A, TCF, ME_P, f"[CASE {A}] Case activity: 3 updates",
    "Mon, 17 Mar 2025 02:45:00 +0000", digA4, cte="qp")

resD_html = f"""<p>森重 健太 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの山科でございます。</p>
<p>ご回答いただきありがとうございました。認定アカウント(候補 ID: {NEW_ID})の氏名を下記のとおり修正いたしました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>修正前</td><td>KENTA MORISIGE</td></tr>
<tr><td>修正後</td><td>KENTA MORISHIGE</td></tr>
<tr><td>反映先</td><td>プロフィール、デジタル認定証、Credly バッジ</td></tr></table>
<p>デジタル認定証への反映には最大 24 時間ほどかかる場合がございます。<br>
ご不明な点がございましたら、本メールにご返信いただけますと幸いです。</p>
<p>本ケースはこれにて解決済みとさせていただきます。</p>
<p>山科 美紀<br>AWS トレーニングと認定 カスタマーサポート</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">
2025年3月15日(土) 10:22 森重 健太 &lt;{ME_P}&gt;:<br>
山科様<br>ご連絡が遅くなり申し訳ありません。<br>パスポートの表記は「MORISHIGE KENTA」です。<br>&hellip;<br>
2025年3月11日(火) 14:33 Amazon Web Services:<br>
パスポートに記載されている氏名の表記を本メールへのご返信にてお知らせいただけますでしょうか。</blockquote>"""
add("resD", "resolved", False, D, ("Amazon Web Services", FORM), ME_P, SUBJ_D,
    "Tue, 18 Mar 2025 02:05:00 +0000", "", html=resD_html, mode="html", irt=["reD1", "infoD", "reD2"],
    cids=[NEW_ID])

fwd_own = f"""Hi Yuki,

As requested, my AWS certifications are now all on my personal account (candidate ID {NEW_ID}). The merge confirmation from AWS is below; I'll also send the PDF certificates.

Kenta

---------- Forwarded message ---------
From: Amazon Web Services <{FORM}>
Date: Mon, Mar 17, 2025 at 11:45 AM
Subject: [CASE {A}] Case activity: 3 updates
To: <{ME_P}>
"""
add("fwdA", "user_reply", False, A, ME, "y.tanabe@hikarilabs.io", f"Fwd: [CASE {A}] Case activity: 3 updates",
    "Tue, 18 Mar 2025 13:10:00 +0900", fwd_own, quoted=digA4, irt="job1", dom="fastmail.com", cids=[NEW_ID])

survD = f"""森重 健太 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
ケース {D} の対応について、簡単なアンケートへのご協力をお願いいたします(所要時間:約 1 分)。

https://survey.aws.training/s/cs?c={D}&lang=ja

いただいたご意見は、サービス品質の向上に活用させていただきます。
※本メールは送信専用です。
"""
add("survD", "survey", False, D, ("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い", "Wed, 19 Mar 2025 01:00:00 +0000", survD, cs="iso-2022-jp",
    auth_dom="amazon.com")

add("hear1", "certification", False, None, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", "Wed, 19 Mar 2025 15:00:00 +0000", "",
    html="""<p>Hello Kenta,</p>
<p>As an AWS Certified individual, you are invited to take a 10-minute survey about the value of your certification in your career.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025-value">Start the survey</a></p>
<p>Participation is optional. Thank you for being part of the AWS Certified community.</p>""",
    mode="html", auth_dom="certmetrics.com")

# suspicious 3: Credly lookalike
add("sus3", "suspicious", False, None, ("Credly Badges", "notify@credly-badge-center.com"), ME_P,
    "Action needed: 3 AWS badges will be deleted after your account merge", "Thu, 20 Mar 2025 07:22:00 +0000", "",
    html="""<p>Dear earner,</p><p>Following a recent account merge, 3 AWS badges are not linked to a verified Credly profile and will be <b>deleted in 48 hours</b>.</p>
<p><a href="http://credly-badge-center.com/login">Sign in to keep your badges</a></p><p>Credly Support Team</p>""",
    mode="html", auth_dom="credly-badge-center.com")

# suspicious 4: Japanese lookalike, plain SJIS
sus4 = """森重 健太 様

AWS認定アカウント統合の最終確認のお願い

お客様のアカウント統合手続きが保留となっております。
下記URLより、ログイン情報とクレジットカード情報をご登録のうえ、本人確認を完了してください。
24時間以内にご対応いただけない場合、認定資格が無効となります。

https://aws-training.jp-support-center.com/merge/confirm

AWS トレーニングと認定 サポート事務局
"""
add("sus4", "suspicious", False, None, ("AWS トレーニングと認定", "support@jp-support-center.com"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認", "Fri, 21 Mar 2025 09:03:00 +0900", sus4, cs="shift_jis",
    dom="jp-support-center.com", ok=False, spf="jp-support-center.com", auth_dom="jp-support-center.com")

add("jaws1", "unrelated", False, None, ("connpass", "no-reply@connpass.com"), ME_P,
    "【JAWS-UG 東京】参加登録が完了しました", "Sat, 22 Mar 2025 12:00:00 +0900",
    """森重 健太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #59 「認定資格あれこれ LT 大会」
日時:2025/04/10(木) 19:00〜21:00
会場:オンライン

connpass
""", cs="iso-2022-jp", auth_dom="connpass.com", dom="connpass.com")

add("news2", "unrelated", False, None, ("Cloud Weekly JP", "digest@cloudweekly.jp"), ME_P,
    "Cloud Weekly #321: incident comms, Step Functions tips", "Sat, 22 Mar 2025 07:00:00 +0900",
    """Cloud Weekly #321 - 22 March 2025

1. Writing incident updates customers actually read ("Status: Monitoring" is not an update)
2. Step Functions: five patterns we keep reusing
3. Reader question: "My AWS certification case was closed while I was on holiday - what now?" (answer: reply to it; it reopens)

Unsubscribe: https://cloudweekly.jp/u/7f2a91
""", dom="cloudweekly.jp")

resultJ = f"""森重 健太 様

AWS 認定試験を受験いただきありがとうございました。
AWS Certified Solutions Architect - Professional (SAP-C02) の試験結果が AWS 認定アカウントでご確認いただけるようになりました。

候補 ID: {NEW_ID}
結果: 合格
スコア: 842

デジタルバッジは別途 Credly よりお送りします。

AWS トレーニングと認定
※このメールは送信専用アドレスから送信されています。
"""
add("res1", "certification", False, None, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS 認定試験の結果について", "Sun, 30 Mar 2025 02:10:00 +0000", resultJ, cte="qp", auth_dom="certmetrics.com")

add("cr4", "badge", False, None, ("Credly", "admin@credly.com"), ME_P,
    "Kenta, you've earned a badge from Amazon Web Services Training and Certification!",
    "Sun, 30 Mar 2025 03:15:00 +0000", "",
    html="""<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect &ndash; Professional</b></p>
<p><a href="https://www.credly.com/earner/earned/badge/e2b6f710-9a3c-4f11-8d25-6c0a7e91b3d4">Accept your badge</a></p><p>Credly, Inc.</p>""",
    mode="html", auth_dom="credly.com")

add("bill2", "unrelated", False, None, ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "AWS Notification - Your free tier usage is above 85% (Account: 480213557096)", "Mon, 31 Mar 2025 04:00:00 +0000",
    """Hello,

Your AWS account 480213557096 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product: Amazon S3  Usage: 4.3 GB of 5 GB storage

To learn more, visit the Free Tier page in the Billing and Cost Management console.

Amazon Web Services
""")

# ---------------------------------------------------------------- write
def write():
    for f in os.listdir(OUT):
        if re.match(r"\d{3}-msg\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    cnt = collections.Counter()
    from email.utils import parsedate_to_datetime
    MSGS.sort(key=lambda t: parsedate_to_datetime(t[0]["Date"]))
    for i, (msg, label, crlf) in enumerate(MSGS, 1):
        pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
        data = msg.as_bytes(policy=pol)
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False); fh.write("\n")
        cnt[label["kind"]] += 1
    for k, v in sorted(cnt.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}  (needs_reply: {sum(l['needs_reply'] for _, l, _ in MSGS)})")

if __name__ == "__main__":
    write()
