# Messages 013-030 (17 Oct - 29 Oct 2025)
from common import *
from part1 import M, add, LARS, INFO_A, HOLD_A, REPLY_A1

# 013 phishing from a lookalike domain
add(key="p1", date="2025-10-17T11:12:45+00:00",
    frm=("AWS Training & Certification", "casedesk@aws-certification-care.com"), to=[ME_P],
    subject="Action required: identity check for your certification account merge",
    mid=gen_id("p1", "aws-certification-care.com"),
    received=[fm_received("mail.aws-certification-care.com", "185.234.72.19", "2025-10-17T11:12:46+00:00")],
    auth=fm_auth("aws-certification-care.com", "casedesk@aws-certification-care.com"),
    body=alt(plain("""Dear Certification Holder,

We are processing a request to merge certification accounts linked to
your email. To prevent unauthorized transfers, your identity must be
verified within 48 hours or the request and all associated
certifications will be suspended.

Verify now: https://aws-certification-care.com/verify?u=haruka.lindqvist

You will be asked to sign in with your AWS Builder ID and confirm your
payment card for a one-time 0.00 USD authorization. Alternatively,
reply to this email with your Builder ID password and the candidate
ID of each account and our team will verify manually.

AWS Training & Certification Security Team
"""), html("""<div style="font-family:Arial"><img src="https://aws-certification-care.com/logo.png" alt="aws"><p>Dear Certification Holder,</p>
<p>We are processing a request to merge certification accounts linked to your email. Your identity must be verified
within <b>48 hours</b> or all associated certifications will be suspended.</p>
<p><a href="https://aws-certification-care.com/verify?u=haruka.lindqvist" style="background:#ff9900;color:#000;padding:8px">Verify now</a></p>
<p>Or reply with your Builder ID password and candidate IDs.</p><p>AWS Training &amp; Certification Security Team</p></div>""")),
    label=("suspicious", False, None, []),
    note="Phishing from a lookalike domain (DKIM passes for its own domain), timed to the real merge; demands a reply with password - still no reply needed.")

# 014 her reply from the company Outlook, Cc Lars
REPLY_A2 = """Hi Sunita,

Yes - IT knows. Lars Bengtsson (cc) runs our Skill Builder team and is
the administrator you will have written to. He has agreed to release
the account; the whole company moves to a new domain in January, which
is why I am doing this now.

Best regards,
Haruka Lindqvist
Senior Data Engineer | Nordkust Energi AB
"""
add(key="a_r2", date="2025-10-18T09:03:26+02:00", frm=ME_C, to=[("Amazon Web Services", TC_FORM)],
    cc=[LARS], subject="RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), mid=ol_id("a_r2"), irt="a_hold",
    extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)), ("Thread-Index", "AQHcPx1mZk3c8r2b0UqSg7a1bPzVxA=="),
           ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB"), ("X-Mailer", "Microsoft Outlook 16.0")],
    body=alt(plain(REPLY_A2 + """
From: Amazon Web Services <%s>
Sent: Friday, 17 October 2025 07:48
To: haruka.lindqvist@fastmail.com
Subject: RE:[CASE %s] %s

%s""" % (TC_FORM, CASE_A, TC_SUBJ, HOLD_A)),
             html("<html><body><div>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in REPLY_A2.strip().split("\n\n")) +
                  "</div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Amazon Web Services &lt;%s&gt;<br><b>Sent:</b> Friday, 17 October 2025 07:48<br>"
                  "<b>Subject:</b> RE:[CASE %s] %s</div><div>%s</div></body></html>"
                  % (TC_FORM, CASE_A, TC_SUBJ, HOLD_A.replace("\n", "<br>")))),
    label=("user_reply", False, CASE_A, []),
    note="Owner answers the hold question from the company Outlook (Outlook 'From:/Sent:' header quoting, no '>'), cc colleague. Quoted text contains the candidate ID and a question.")

# 015 Lars out-of-office
add(key="m015", date="2025-10-18T09:03:58+02:00", frm=LARS, to=[ME_C],
    subject="Automatiskt svar: RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), mid=ol_id("m015"), irt="a_r2",
    received=[ex_received("DB9PR07MB8841.eurprd07.prod.outlook.com", "2603:10a6:10:2d4::9", "2025-10-18T07:03:58+00:00")],
    extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "lars.bengtsson@nordkust-energi.se")],
    body=plain("""Jag är ledig till och med måndag 20 oktober. Vid brådskande
IT-ärenden, ring servicedesk 031-700 12 00.

I am away until Monday 20 October. For urgent IT matters please call
the service desk on +46 31 700 12 00.

Lars
""", charset="iso-8859-1"),
    label=("unrelated", False, None, []),
    note="Colleague's out-of-office reply; subject carries [CASE A] and 'please call' - not support mail.")

# 016 Lars: account released
add(key="m016", date="2025-10-20T08:40:11+02:00", frm=LARS, to=[ME_C],
    subject="SV: AWS-certifiering / Skill Builder release", mid=ol_id("m016"),
    received=[ex_received("DB9PR07MB8841.eurprd07.prod.outlook.com", "2603:10a6:10:2d4::9", "2025-10-20T06:40:12+00:00")],
    body=plain("""Hej Haruka,

Back today. AWS had mailed me about your account - I have removed you
from our Skill Builder team and answered them that the company has no
objection to the merge. They said they would take it from there.

You will lose the team seat, but you keep everything you earned.

/Lars
""", charset="utf-8", cte="8bit"),
    label=("unrelated", False, None, []),
    note="Colleague reports he released the account; about the case but not from support and no case number.")

# 017 AWS billing
add(key="m017", date="2025-10-20T11:02:00+00:00",
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to=[ME_P],
    subject="Amazon Web Services Billing Statement Available [Account: 482019375561]",
    mid=ses_id("m017"), **aws_in("2025-10-20T11:02:01+00:00"),
    body=plain("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available
on the AWS web site. Your account will be charged the following:

Total: $3.41

Please see the Bills section of the Billing and Cost Management
console for details: https://console.aws.amazon.com/billing/home#/bills

AWS Account ID: 482019375561

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.
and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit", charset="us-ascii"),
    label=("unrelated", False, None, []),
    note="AWS billing; 12-digit account ID in subject and body.")

# 018 Case A hold lifted
LIFT_A = """Hi Haruka,

Quick update on %s: the administrator for Nordkust Energi AB has
released the account, so the hold is off. I'm lining up the merge now
and will send the details of both accounts for a final check shortly.

Sunita K.
AWS Training and Certification
""" % CASE_A
add(key="a_lift", date="2025-10-21T10:20:33+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_lift"), **aws_in("2025-10-21T10:20:34+00:00"),
    body=plain(LIFT_A, cte="7bit", charset="us-ascii"),
    label=("case_update", False, CASE_A, []),
    note="Hold lifted; announces a coming check but asks nothing yet. 'RE: [CASE' spacing variant, no threading headers.")

# 019 Japanese newsletter, Shift_JIS
add(key="m019", date="2025-10-21T22:00:00+09:00",
    frm=("クラウド週報", "news@cloud-shuho.jp"), to=[ME_P],
    subject="【クラウド週報】AWS認定の新試験とアカウント統合の注意点 ほか", hcharset="shift_jis",
    mid=gen_id("m019", "cloud-shuho.jp"),
    received=[fm_received("mta3.cloud-shuho.jp", "203.0.113.44", "2025-10-21T13:00:01+00:00")],
    auth=fm_auth("cloud-shuho.jp", "bounce@cloud-shuho.jp"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@cloud-shuho.jp>")],
    body=plain("""クラウド週報 第318号

■ 今週のトピック
1. AWS認定に新しいアソシエイト試験が追加
2. 転職時に忘れがちな「認定アカウントの統合」――サポートへの問い合わせ方と
   返信のコツ(読者投稿)
3. Azure / Google Cloud 認定の更新ルール比較

■ 読者投稿より
「サポートから確認のメールが届いたら、統合先のアカウント番号を書いて
返信するだけでした。返信を忘れるとケースが閉じられるので要注意。」

配信停止はこちら: https://cloud-shuho.jp/unsubscribe
""", charset="shift_jis", cte="8bit"),
    label=("unrelated", False, None, []),
    note="Japanese newsletter (Shift_JIS, 8bit) quoting advice about replying to merge confirmations.")

# 020 Case A confirmation request - HTML only, table
CONF_A_TXT = """Hello Haruka,

Thanks for your patience while the hold was sorted out. Both accounts
are now free to merge. Here is what we have on file:

Account #1
  Candidate ID: %s
  Login email: haruka.lindqvist@fastmail.com
  Training notification email: haruka.lindqvist@fastmail.com
  Certification notification email: haruka.lindqvist@fastmail.com

Account #2
  Candidate ID: %s
  Login email: h.lindqvist@nordkust-energi.se
  Training notification email: h.lindqvist@nordkust-energi.se
  Certification notification email: h.lindqvist@nordkust-energi.se

Once merged, the account that is folded in can no longer be signed
into, and its exam history, certifications and benefits move to the
one that remains. Could you let us know which account should remain,
and confirm that both belong to you?

Cheers,
Kwame O.
AWS Training and Certification
""" % (CID_PERSONAL, CID_COMPANY)
CONF_A_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>Thanks for your patience while the hold was sorted out. Both accounts are now free to merge. Here is what we have on file:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>haruka.lindqvist@fastmail.com</td><td>h.lindqvist@nordkust-energi.se</td></tr>
<tr><td>Training notification email</td><td>haruka.lindqvist@fastmail.com</td><td>h.lindqvist@nordkust-energi.se</td></tr>
<tr><td>Certification notification email</td><td>haruka.lindqvist@fastmail.com</td><td>h.lindqvist@nordkust-energi.se</td></tr>
</table>
<p>Once merged, the account that is folded in can no longer be signed into, and its exam history, certifications and
benefits move to the one that remains.</p>
<p>Could you let us know which account should remain, and confirm that both belong to you?</p>
<p>Cheers,<br>Kwame O.<br>AWS Training and Certification</p>
<div style="color:#888;border-left:2px solid #ccc;padding-left:8px;margin-top:20px">
<p>On Sat, Oct 18, 2025 at 07:03 AM, Haruka Lindqvist wrote:</p>
<p>%s</p></div>
</body></html>""" % (CID_PERSONAL, CID_COMPANY, REPLY_A2.replace("\n", "<br>"))
add(key="a_conf", date="2025-10-22T13:37:02+00:00",
    frm=("AWS Training and Certification", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_conf"), irt="a_r2", **aws_in("2025-10-22T13:37:03+00:00"),
    body=html(CONF_A_HTML, cte="quoted-printable"),
    label=("confirmation_request", True, CASE_A, [CID_PERSONAL, CID_COMPANY]),
    note="HTML-only confirmation: Account #1/#2 as a table with candidate IDs, asks which to keep; quoted owner reply in a styled div (not '>').")

# 021 AWS Educate form case (other programme) asking for information
add(key="m021", date="2025-10-23T15:18:40+00:00",
    frm=("Amazon Web Services", "aws-cs-educate-form@amazon.com"), to=[ME_PERSONAL],
    subject="RE:[CASE 176120331800562] [AWS Educate Form Submission] - mentor-access",
    mid=ses_id("m021"), **aws_in("2025-10-23T15:18:41+00:00"),
    body=plain("""Hello Haruka,

Thank you for volunteering as an AWS Educate mentor for the Chalmers
cloud club. To link your mentor profile to the club we need the name
of the faculty sponsor and the club's AWS Educate institution code.
Please reply to this email with both.

Best,
Nadia
AWS Educate Support
""", cte="7bit", charset="us-ascii"),
    label=("unrelated", False, None, []),
    note="Other AWS programme (Educate) form case with a genuine request; same sender family and subject shape, but not a Training and Certification case. Labelled unrelated, no reply flag, case null.")

# 022 Microsoft certification support case closed
add(key="m022", date="2025-10-24T08:11:09+00:00",
    frm=("Microsoft Learn Support", "learnsupport@microsoft.com"), to=[ME_P],
    subject="Case 2510210040007713 has been closed - Microsoft Certification",
    mid=gen_id("m022", "microsoft.com"),
    received=[fm_received("mail-db8eur05on2100.outbound.protection.outlook.com", "40.107.20.100", "2025-10-24T08:11:10+00:00")],
    auth=fm_auth("microsoft.com", "learnsupport@microsoft.com"),
    body=alt(plain("""Hello Haruka,

We haven't heard from you since our last message, so we have closed
your case 2510210040007713 (transcript sharing for Azure Solutions
Architect Expert). If you still need help, reply within 7 days to
reopen it.

Rate your support experience: https://aka.ms/learnsupportsurvey

Microsoft Learn Certification Support
"""), html("""<p>Hello Haruka,</p><p>We haven't heard from you since our last message, so we have closed your case
<b>2510210040007713</b>. If you still need help, reply within 7 days to reopen it.</p>
<p><a href="https://aka.ms/learnsupportsurvey">Rate your support experience</a></p>""")),
    label=("unrelated", False, None, []),
    note="Another vendor's 'closed because you did not answer' with a reopen-by-reply offer and survey link.")

# 023 Case A closing notice
CLOSE_A = """Dear Customer,

We are writing about case %s, which has been waiting for your
response since 22 October 2025.

If we do not hear from you within 3 business days, this case will be
closed automatically. Replying to this email with the information
requested keeps the case open; a reply after closure reopens it.

Sincerely,
AWS Training and Certification Customer Service
""" % CASE_A
add(key="a_close", date="2025-10-27T09:00:14+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_close"), irt="a_conf", **aws_in("2025-10-27T09:00:15+00:00"),
    body=plain(CLOSE_A, cte="7bit", charset="us-ascii"),
    label=("closing_notice", True, CASE_A, []),
    note="Template closing notice after five days of silence; no question, 'information requested' refers back.")

# 024 her confirmation, top-posted over long history
CONFIRM_A = """Hi Kwame,

Sorry for the silence - I was travelling last week.

Confirmed: both accounts are mine. Please keep Account #1
(%s, haruka.lindqvist@fastmail.com) and merge Account #2
(%s) into it.

Thanks,
Haruka
""" % (CID_PERSONAL, CID_COMPANY)
add(key="a_r3", date="2025-10-27T20:14:51+01:00", frm=ME_P, to=[("AWS Training and Certification", TC_FORM)],
    subject="Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), mid=fm_id("a_r3"), irt="a_close", eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (iOS)")],
    body=plain(CONFIRM_A + "\nOn Mon, 27 Oct 2025, at 10:00, Amazon Web Services wrote:\n" + gt(CLOSE_A) +
               "\n>\n> On Wed, 22 Oct 2025, at 15:37, AWS Training and Certification wrote:\n" + gt(CONF_A_TXT, ">> ") + "\n"),
    label=("user_reply", False, CASE_A, [CID_PERSONAL, CID_COMPANY]),
    note="Owner's go-ahead, top-posted over two levels of quoted history containing the closing notice and the question.")

# 025 genuine-looking mail with DMARC failure
add(key="p2", date="2025-10-28T03:10:27+00:00",
    frm=("Amazon Web Services", TC_FORM), to=[ME_COMPANY],
    subject="RE:[CASE 176066120904831] %s" % TC_SUBJ,
    mid=gen_id("p2", "amazon.com"),
    received=[ex_received("vps-7721.hostnet-ua.net", "91.219.236.14", "2025-10-28T03:10:28+00:00")],
    auth=ex_auth("amazon.com", "91.219.236.14", dkim="fail", spf="fail", dmarc="fail"),
    body=alt(plain("""Hello,

Your certification account merge is almost complete. Because the
source account is linked to an organization, the final step must be
confirmed by the account owner.

Confirm the merge here within 24 hours:
https://aws-training-merge.signin-portal.co/confirm?case=176066120904831

If the merge is not confirmed, your certifications and exam vouchers
will be permanently removed.

AWS Training and Certification Customer Service
"""), html("""<p>Hello,</p><p>Your certification account merge is almost complete. The final step must be confirmed by the account owner.</p>
<p><a href="https://aws-training-merge.signin-portal.co/confirm?case=176066120904831">Confirm the merge</a> within 24 hours.</p>
<p>If the merge is not confirmed, your certifications and exam vouchers will be permanently removed.</p>""")),
    label=("suspicious", False, None, []),
    note="Looks exactly like the real form sender and subject shape (case number invented) but SPF/DKIM/DMARC fail; urgent 'confirm' link.")

# 026 Case A resolved, quoting the earlier confirmation request
DONE_A = """Hi Haruka,

All set: I have merged Account #2 (%s) into Account #1 (%s).
Your exam history, both certifications and the 50%% discount benefit
now sit under haruka.lindqvist@fastmail.com, and you can sign in
with that address as usual. The Credly badges are reissued to the
same address, which can take up to two days.

The request is complete. If something looks wrong once you have
checked, just reply here.

Anneliese
AWS Training and Certification
""" % (CID_COMPANY, CID_PERSONAL)
add(key="a_done", date="2025-10-28T08:22:40+00:00",
    frm=("AWS Training and Certification", TC_FORM), to=[ME_PERSONAL],
    subject="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ),
    mid=ses_id("a_done"), irt="a_r3", **aws_in("2025-10-28T08:22:41+00:00"),
    body=alt(plain(DONE_A + "\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: 22/10/2025 13:37\n\n" + CONF_A_TXT),
             html("<div>" + DONE_A.replace("\n\n", "</p><p>").replace("\n", " ") + "</div><hr><div style='color:#555'>" +
                  CONF_A_TXT.replace("\n", "<br>") + "</div>")),
    label=("resolved", False, CASE_A, [CID_COMPANY, CID_PERSONAL]),
    note="Merge completed; below an '-----Original Message-----' copy of the old confirmation request with its question. Conditional 'just reply here'.")

# 027 / 028 Credly badges
for n, (badge, when, uuid) in enumerate([
        ("AWS Certified Solutions Architect - Associate", "2025-10-28T08:40:03+00:00", "5b0e1d7a-8f42-4c8a-9a61-3c2d9e8f1b07"),
        ("AWS Certified Developer - Associate", "2025-10-28T08:41:17+00:00", "e2a94c11-07d3-4f0b-b5c8-6a1f2e9d4c33")]):
    add(key="cred%d" % n, date=when, frm=("Credly", "admin@credly.com"), to=[ME_P],
        subject="Amazon Web Services Training and Certification has issued you a badge",
        mid=gen_id("cred%d" % n, "credly.com"),
        received=[fm_received("o1.mail.credly.com", "167.89.101.%d" % (40 + n), when)],
        auth=fm_auth("credly.com", "bounces+credly@em.credly.com"),
        body=alt(plain("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you the
%s badge.

Accept your badge: https://www.credly.com/badges/%s/accept

Share it on LinkedIn, add it to your email signature, and let
employers verify it in one click.

Credly, a Pearson company
""" % (badge, uuid)), html("""<div style="text-align:center;font-family:Helvetica"><h2>Congratulations, Haruka!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>
<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;padding:10px 18px">Accept badge</a></p></div>""" % (badge, uuid))),
        label=("badge", False, None, []),
        note="Credly badge re-issued after the merge; badge UUID is not a case number.")

# 029 survey for case A
add(key="a_survey", date="2025-10-29T10:00:05+00:00",
    frm=("AWS Training and Certification", "aws-tc-feedback@amazon.com"), to=[ME_PERSONAL],
    subject="How did we do? Your feedback on case %s" % CASE_A,
    mid=ses_id("a_survey"), **aws_in("2025-10-29T10:00:06+00:00"),
    body=alt(plain("""Hello Haruka,

Your recent case %s with AWS Training and Certification Customer
Service was marked as resolved. Would you take two minutes to tell us
how we did?

How satisfied were you with the support you received?
https://survey.aws.training/cs?c=%s&r=5  (Very satisfied)
https://survey.aws.training/cs?c=%s&r=1  (Very dissatisfied)

This survey is optional and your answers are anonymous.
""" % (CASE_A, CASE_A, CASE_A)), html("""<p>Hello Haruka,</p><p>Your recent case <b>%s</b> was marked as resolved. Would you take two minutes to tell us how we did?</p>
<p>%s</p><p style="font-size:11px">This survey is optional.</p>""" % (CASE_A, " ".join(
        '<a href="https://survey.aws.training/cs?c=%s&amp;r=%d">%d</a>' % (CASE_A, i, i) for i in range(1, 6))))),
    label=("survey", False, CASE_A, []),
    note="Satisfaction survey for case A; phrased as a question.")

# 030 her forward to Lars
add(key="a_fwd", date="2025-10-29T19:30:02+01:00", frm=ME_P, to=[LARS],
    subject="Fwd: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), mid=fm_id("a_fwd"), eol="\n",
    extra=[("User-Agent", "Fastmail/1.0 (Web)")],
    body=plain("""Hi Lars, FYI - done. Thanks for releasing the account so quickly.
You can drop h.lindqvist@ from the Skill Builder team list for good.

Haruka

---------- Original message ----------
From: AWS Training and Certification <%s>
Date: Tue, 28 Oct 2025 08:22:40 +0000
Subject: RE:[CASE %s] %s

%s""" % (TC_FORM, CASE_A, TC_SUBJ, DONE_A)),
    label=("user_reply", False, CASE_A, []),
    note="Owner forwards the resolution to a colleague from her personal address; forwarded text includes support's wording and candidate IDs (not her new text).")
