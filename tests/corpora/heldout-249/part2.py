"""Messages 17-32: hold lifted, confirmation, wrong address, closing notice, bounce, merge."""
from common import *
from part1 import TC, SUBJ_A, ACK_A_ID, HOLD_ID, REPLY1_ID

LIFT_ID = mid("liftA", "cs-mail.amazon.com")
CONF_ID = mid("confA", "cs-mail.amazon.com")
OUTLOOK_ID = "<TYCP286MB2417A1C0E95B2D4F7E8C9A11B3D42@TYCP286MB2417.JPNP286.PROD.OUTLOOK.COM>"
WRONG_ID = mid("wrongA", "cs-mail.amazon.com")
CLOSE_ID = mid("closeA", "cs-mail.amazon.com")
TYPO_ID = mid("typoA", "yukimail.jp")
FINAL_ID = mid("finalA", "yukimail.jp")
DONE_ID = mid("doneA", "cs-mail.amazon.com")
REFS = [ACK_A_ID, HOLD_ID, REPLY1_ID]


def tc_in(d, seed, to_personal=True, n=60):
    return inbound(to_personal, "a8-%d.smtp-out.amazonses.com" % n, "54.240.8.%d" % n, d,
                   "amazon.com", mailfrom="0100019%s@amazonses.com" % seed[:4])


def m17():
    d = dt("2025-03-24 09:51:20", "+0900")
    text = """Hi Kaede,

Two things before you go:

1. Could you walk me through the DR runbook for the Kitamura Foods account before Thursday?
   30 minutes should be enough. I've put a tentative slot on Wednesday 15:00.
2. Our partner admin asked whether your certifications should stay on the Hoshizora partner
   profile after you leave. I told her I'd check with you - what would you like?

Thanks,
Liam

--
Liam Carter | Cloud Integration Division
Hoshizora Systems Co., Ltd.
"""
    h = [recv("exch01.hoshizora-sys.co.jp", "10.20.4.11", HOSHI, d, "ESMTP"),
         ("Message-ID", mid("m17", "hoshizora-sys.co.jp")), ("Date", d),
         ("From", addr("Liam Carter", "l.carter@hoshizora-sys.co.jp")), ("To", addr(ME_NAME, ME_C)),
         ("Subject", "Handover: DR runbook + partner profile question"),
         ("Thread-Topic", "Handover: DR runbook + partner profile question")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii"), crlf=True),
                label("unrelated", False), "Colleague's handover questions",
                "Direct questions that even touch the partner profile and certifications, but from a colleague")


def m18():
    d = dt("2025-03-25 02:20:41")
    text = """Hello Kaede,

Good news: the alliance team at Hoshizora Systems has released your certification record, so
the hold on this case has been lifted.

I've handed the case to a colleague on our account team who handles merges. They will write to
you shortly with the account details to check before anything is changed.

Best regards,
Priyanka R.
AWS Training and Certification Customer Support
"""
    h = tc_in(d, "lift") + [
        ("Message-ID", LIFT_ID), ("In-Reply-To", REPLY1_ID), ("References", " ".join(REFS)),
        ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("case_update", False, CASE_A), "Hold lifted, passed to the merge team",
                "Announces that a request is coming, but asks nothing itself")


CONF_ROWS = [("Candidate ID", ID_PERS, ID_COMP, ID_SSO),
             ("Sign-in e-mail", ME_P, ME_C, ME_C + " (Partner Central)"),
             ("Training notifications", ME_P, ME_C, ME_C),
             ("Certification notifications", ME_P, ME_C, "(none)"),
             ("Exam history", "none", "3 exams, 2 active certifications", "none")]

CONF_TEXT = """Hi Kaede,

Now that the partner link is released I can go ahead with the merge. Before I change anything,
I need you to check the details below. I found three certification accounts that appear to be
yours:

""" + "\n".join("%-29s %-28s | %-34s | %s" % r for r in [("", "Account 1", "Account 2", "Account 3")] + CONF_ROWS) + """

Kindly confirm by replying to this e-mail that:
  (a) all three accounts belong to you, and
  (b) Account 1 should be kept, with Accounts 2 and 3 merged into it.

A merge cannot be reversed, so I will wait for your answer before going ahead.

Thanks,
Aisha M.
AWS Training and Certification - Account Services"""


def m19():
    d = dt("2025-03-25 09:12:08")
    rows = "".join("<tr><th align='left' style='background:#f0f0f0'>%s</th><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r
                   for r in CONF_ROWS)
    html = """<html><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Kaede,</p>
<p>Now that the partner link is released I can go ahead with the merge. Before I change anything, I need you
to check the details below. I found three certification accounts that appear to be yours:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th></th><th>Account 1</th><th>Account 2</th><th>Account 3</th></tr>
%s</table>
<p>Kindly confirm by replying to this e-mail that:</p>
<ol type="a"><li>all three accounts belong to you, and</li>
<li>Account 1 should be kept, with Accounts 2 and 3 merged into it.</li></ol>
<p>A merge cannot be reversed, so I will wait for your answer before going ahead.</p>
<p>Thanks,<br>Aisha M.<br><span style="color:#666">AWS Training and Certification - Account Services</span></p>
</body></html>
""" % rows
    h = tc_in(d, "conf") + [
        ("Message-ID", CONF_ID), ("In-Reply-To", LIFT_ID), ("References", " ".join(REFS + [LIFT_ID])),
        ("Date", d), ("From", TC), ("To", ME_P), ("Cc", ME_C), ("Subject", SUBJ_A)]
    return item(build(h, leaf(html, "text/html", cte="quoted-printable")),
                label("confirmation_request", True, CASE_A, [ID_PERS, ID_COMP, ID_SSO]),
                "HTML-only confirmation request with a three-account table",
                "HTML only; 'Kindly confirm' with lettered conditions; three accounts, not two")


def m20():
    d = dt("2025-03-26 11:03:55")
    text = """Thank you for your purchase.

AWS Skill Builder Individual subscription - monthly
Order number: 112-4471093-5528301
Amount: USD 29.00
Billed to: Kaede Morishita

Your subscription renews automatically each month. You can manage or cancel it at any time
from your Skill Builder account settings.

AWS Training and Certification
"""
    h = inbound(True, "a9-3.smtp-out.amazonses.com", "54.240.9.3", d, "aws.training") + [
        ("Message-ID", mid("m20", "aws.training")), ("Date", d),
        ("From", addr("AWS Skill Builder", "no-reply@aws.training")), ("To", ME_P),
        ("Subject", "Your AWS Skill Builder receipt")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("unrelated", False),
                "Skill Builder subscription receipt", "Training and Certification brand, but a receipt")


def m21():
    d = dt("2025-03-27 10:44:02", "+0900")
    quoted = CONF_TEXT
    text = """Hello Aisha,

Confirmed - all three accounts are mine. Please keep Account 1 and merge Accounts 2 and 3 into it.

Best regards,
Kaede Morishita
Hoshizora Systems Co., Ltd. | Cloud Integration Division

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 25, 2025 6:12 PM
To: %s
Cc: %s
Subject: %s

%s
""" % (TC_FORM, ME_P, ME_C, SUBJ_A, quoted)
    h = [("Message-ID", OUTLOOK_ID), ("In-Reply-To", CONF_ID),
         ("References", " ".join(REFS + [LIFT_ID, CONF_ID])), ("Date", d),
         ("From", addr(ME_NAME, ME_C)), ("To", TC), ("Subject", "RE: " + SUBJ_A),
         ("Thread-Topic", "[CASE %s] %s" % (CASE_A, TC_SUBJ)),
         ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")]
    return item(build(h, leaf(text, charset="windows-1252", cte="quoted-printable"), crlf=True),
                label("user_reply", False, CASE_A),
                "Her go-ahead, sent from the company address (Outlook quoting)",
                "Outlook '-----Original Message-----' block carries the request and its candidate IDs")


def m22():
    d = dt("2025-03-27 04:31:16")
    text = """Hello Kaede,

Thank you for the quick answer.

Your message came from %s, which belongs to one of the accounts that will be
merged away. For the protection of your records we can only accept the go-ahead from the address
of the account that is being kept.

Would you send the same confirmation from %s? A one-line reply on this
thread from that address is all I need, and I will complete the merge as soon as it arrives.

Regards,
Daniel K.
AWS Training and Certification Customer Support
""" % (ME_C, ME_P)
    h = tc_in(d, "wrng", False) + [
        ("Message-ID", WRONG_ID), ("In-Reply-To", OUTLOOK_ID),
        ("References", " ".join(REFS + [CONF_ID, OUTLOOK_ID])), ("Date", d), ("From", TC),
        ("To", ME_C), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("info_request", True, CASE_A),
                "Support will not accept the company address; asks her to write from the personal one",
                "Request phrased as 'Would you send...'; sent to the company mailbox, which closes soon")


def m23():
    d = dt("2025-03-28 08:00:03", "+0900")
    body = """森下さん

(自動応答)
申し訳ありませんが、3月28日は休暇をいただいております。
3月31日より順次対応いたします。

お急ぎの場合は、クラウド統合部 代表アドレス cloud-int@hoshizora-sys.co.jp まで
ご連絡ください。

佐伯 悠真
"""
    h = [recv("exch02.hoshizora-sys.co.jp", "10.20.4.12", HOSHI, d, "ESMTP"),
         ("Message-ID", mid("m23", "hoshizora-sys.co.jp")), ("Date", d),
         ("From", addr("佐伯 悠真", "y.saeki@hoshizora-sys.co.jp", "iso-2022-jp")),
         ("To", addr(ME_JA, ME_C, "iso-2022-jp")),
         ("Subject", enc("自動応答: 引き継ぎ資料(最終版)", "iso-2022-jp")),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    return item(build(h, leaf(body, charset="iso-2022-jp", cte="7bit"), crlf=True),
                label("unrelated", False), "Colleague's out-of-office auto-reply (Japanese)",
                "Auto-reply with 'please contact' wording")


def m24():
    d = dt("2025-03-31 15:02:47")
    text = """Dear Customer,

We have not received a reply to our last message about case %s.

If we do not hear from you within 3 business days, this case will be closed automatically.
If you still need help, simply reply to this e-mail; your reply keeps the case open.

Sincerely,
AWS Training and Certification Customer Support
""" % CASE_A
    html = "<html><body><p>Dear Customer,</p><p>We have not received a reply to our last message about case <b>%s</b>.</p><p>If we do not hear from you within 3 business days, this case will be closed automatically. If you still need help, simply reply to this e-mail; your reply keeps the case open.</p><p>Sincerely,<br>AWS Training and Certification Customer Support</p></body></html>" % CASE_A
    h = tc_in(d, "clos") + [
        ("Message-ID", CLOSE_ID), ("In-Reply-To", WRONG_ID),
        ("References", " ".join(REFS + [CONF_ID, WRONG_ID])), ("Date", d), ("From", TC),
        ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, alt(text, html, "m24")), label("closing_notice", True, CASE_A),
                "Warning that the case closes in 3 business days without a reply",
                "Template voice; 'if you still need help, reply' is the only ask")


FINAL_TEXT = """Hello Aisha and Daniel,

Confirmed from my personal address: all three accounts (%s, %s and %s) are mine.
Please keep Account 1 - %s - and merge the other two into it.

Sorry for the delay. Last week was my final week at Hoshizora, and my earlier reply went out
from the work address.

Kaede Morishita""" % (ID_PERS, ID_COMP, ID_SSO, ME_P)


def m25():
    d = dt("2025-03-31 23:18:40")
    typo = "aws-cs-trainingcertification-from@amazon.com"
    note = """This is the mail system at host mx2.yukimail.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<%s>: host amazon-smtp.amazon.com[52.94.124.6] said:
    550 5.1.1 <%s>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
""" % (typo, typo)
    status = """Reporting-MTA: dns; mx2.yukimail.jp
Arrival-Date: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""" % (dt("2025-04-01 08:18:31", "+0900"), typo)
    orig = build([("Message-ID", TYPO_ID), ("In-Reply-To", CLOSE_ID), ("Date", dt("2025-04-01 08:18:31", "+0900")),
                  ("From", addr(ME_NAME, ME_P)), ("To", typo), ("Subject", SUBJ_A)],
                 leaf(FINAL_TEXT + "\n", cte="7bit", charset="us-ascii")).decode("ascii")
    parts = [leaf(note, cte="7bit", charset="us-ascii"),
             Part([("Content-Type", "message/delivery-status")], status),
             Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], orig)]
    mp = multi("report", parts, "m25")
    mp.headers = [("Content-Type", mp.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))]
    h = [recv("localhost", "127.0.0.1", YUKI, d, "LMTP"),
         ("Message-ID", mid("m25", "mx2.yukimail.jp")), ("Date", d),
         ("From", "MAILER-DAEMON@mx2.yukimail.jp (Mail Delivery System)"), ("To", ME_P),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Auto-Submitted", "auto-replied")]
    return item(build(h, mp), label("unrelated", False, CASE_A),
                "Bounce of her confirmation sent to a mistyped support address",
                "Her own confirmation (with [CASE] subject and IDs) sits inside a bounce; she must resend")


def m26():
    d = dt("2025-04-01 08:26:12", "+0900")
    text = FINAL_TEXT + """

On Tue, Apr 1, 2025 at 12:02 AM AWS Training and Certification <%s> wrote:
> Dear Customer,
>
> We have not received a reply to our last message about case %s.
>
> If we do not hear from you within 3 business days, this case will be closed automatically.
> If you still need help, simply reply to this e-mail; your reply keeps the case open.
>
> Sincerely,
> AWS Training and Certification Customer Support
""" % (TC_FORM, CASE_A)
    h = [("Message-ID", FINAL_ID), ("In-Reply-To", CLOSE_ID),
         ("References", " ".join(REFS + [CONF_ID, WRONG_ID, CLOSE_ID])), ("Date", d),
         ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", SUBJ_A),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("user_reply", False, CASE_A, [ID_PERS, ID_COMP, ID_SSO]),
                "Her confirmation re-sent to the right address from the personal one",
                "Candidate IDs in her own text, closing notice quoted below")


def m27():
    d = dt("2025-04-01 05:41:29")
    new = """Hi Kaede,

Thanks for confirming. The merge is done: the records from %s and %s now sit under
your account %s, and the two old accounts have been retired.

When you sign in you should see your full exam history, both active certifications and the
unused 50%% exam discount. Credly and the partner profile can take up to 48 hours to catch up.

If anything looks off, reply here and we'll take another look.

Best,
Marisol
AWS Training and Certification - Account Services""" % (ID_COMP, ID_SSO, ID_PERS)
    hist = """-------- Original Message --------
From: %s
Sent: 3/31/2025 11:26 PM
Subject: %s

%s

-------- Original Message --------
From: AWS Training and Certification
Sent: 3/25/2025 9:12 AM
Subject: %s

%s""" % (ME_P, SUBJ_A, FINAL_TEXT, SUBJ_A, CONF_TEXT)
    text = new + "\n\n" + hist + "\n"
    html = "<html><body><div>%s</div><br><div style='border-top:1px solid #ccc;color:#555'><pre>%s</pre></div></body></html>" % (
        new.replace("\n\n", "</p><p>").replace("\n", "<br>"), hist.replace("<", "&lt;"))
    h = tc_in(d, "done") + [
        ("Message-ID", DONE_ID), ("In-Reply-To", FINAL_ID),
        ("References", " ".join(REFS + [CONF_ID, CLOSE_ID, FINAL_ID])), ("Date", d), ("From", TC),
        ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, alt(text, html, "m27")),
                label("resolved", False, CASE_A, [ID_COMP, ID_SSO, ID_PERS]),
                "Merge completed; the whole thread including the confirmation request quoted below",
                "Quoted 'Kindly confirm...' request under the resolution; 'reply here' is conditional")


def m28():
    d = dt("2025-04-01 06:03:10")
    text = """Congratulations, Kaede!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Developer - Associate

Accept your badge and share it with your network:
https://www.credly.com/badges/3f0c91d2-7a4e-4b61-9d35-0e8a6c2b77f1/accept

Credly, Inc.
"""
    html = "<html><body style='font-family:Helvetica'><h1 style='color:#ff6b00'>Congratulations, Kaede!</h1><p><b>Amazon Web Services Training and Certification</b> has issued you a badge:</p><p style='font-size:18px'>AWS Certified Developer - Associate</p><p><a href='https://www.credly.com/badges/3f0c91d2-7a4e-4b61-9d35-0e8a6c2b77f1/accept' style='background:#ff6b00;color:#fff;padding:10px 20px'>Accept badge</a></p></body></html>"
    h = inbound(True, "o1.email.credly.com", "167.89.101.14", d, "credly.com") + [
        ("Message-ID", mid("m28", "credly.com")), ("Date", d),
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Kaede, you've been issued a new badge from Amazon Web Services Training and Certification")]
    return item(build(h, alt(text, html, "m28")), label("badge", False),
                "Credly badge issued right after the merge", "Call to action 'Accept your badge'; arrives minutes after the merge")


def m29():
    d = dt("2025-04-02 10:15:00")
    text = """Hello,

You recently worked with AWS Training and Certification Customer Support.

Case ID: %s
Subject: %s

How satisfied were you with the support you received? It takes about two minutes:
https://survey.aws-cs-feedback.amazon.com/s/7Qd2Lm?case=%s

Your answers are anonymous and help us improve.

AWS Training and Certification Customer Support
""" % (CASE_A, TC_SUBJ, CASE_A)
    h = tc_in(d, "srvy", n=70) + [
        ("Message-ID", mid("m29", "cs-mail.amazon.com")), ("Date", d),
        ("From", addr("AWS Customer Feedback", "aws-cs-feedback@amazon.com")), ("To", ME_P),
        ("Subject", "How did we do? Your recent case with AWS Training and Certification")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("survey", False, CASE_A),
                "Satisfaction survey for the merge case", "Question form ('How satisfied...?') with the case ID")


def m30():
    d = dt("2025-04-02 17:30:22")
    text = """Hi Kaede,

We're always working to make AWS Certification better, and we'd like your view on how it has
worked for you so far: preparing, scheduling, taking the exam and using your benefits.

The survey has 12 questions: https://certmetrics.com/amazon/survey/2025q2?cid=%s

Thanks for being part of the AWS Certified community.
AWS Certification
""" % ID_PERS
    h = inbound(True, "mta-22.certmetrics.com", "198.51.100.22", d, "certmetrics.com") + [
        ("Message-ID", mid("m30", "certmetrics.com")), ("Date", d),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", "Share your feedback on AWS Certification")]
    return item(build(h, leaf(text, cte="quoted-printable")), label("certification", False, None, [ID_PERS]),
                "CertMetrics program survey (not about a case)",
                "Feedback request that is not a support survey; the candidate ID appears only inside a URL (listed)")


def m31():
    d = dt("2025-04-03 03:44:51")
    html = """<html><body style="font-family:Arial">
<p><img src="http://credly-badgesupport.com/img/logo.png" alt="Credly"></p>
<p>Dear Badge Earner,</p>
<p>Our records show that the e-mail address on your AWS badges was changed. To prevent fraud,
<b>all badges issued by Amazon Web Services Training and Certification will be revoked on April 5</b>
unless you confirm your identity.</p>
<p><a href="http://credly-badgesupport.com/confirm?u=kaede.morishita">Confirm my identity</a></p>
<p>Credly Trust &amp; Safety</p></body></html>
"""
    h = inbound(True, "mail.credly-badgesupport.com", "91.214.44.17", d, "credly-badgesupport.com") + [
        ("Message-ID", mid("m31", "credly-badgesupport.com")), ("Date", d),
        ("From", addr("Credly", "trust@credly-badgesupport.com")), ("To", ME_P),
        ("Subject", "Your AWS badges will be revoked - identity confirmation required")]
    return item(build(h, leaf(html, "text/html", cte="quoted-printable")), label("suspicious", False),
                "Credly lookalike phishing after the e-mail change",
                "Plausible timing (address just changed), passes DKIM for its own lookalike domain")


def m32():
    d = dt("2025-04-03 13:00:00")
    text = """CLOUD NATIVE WEEKLY - Issue #212

* Karpenter 1.4: what the consolidation changes mean for your bill
* Case study: how a retailer closed 300 stale tickets with an LLM triage bot
* "Merge queues considered helpful" - a month with GitHub merge queues
* Exam corner: five labs we liked for the AWS Solutions Architect - Professional

You are receiving this because you subscribed at cloudnativeweekly.dev.
Unsubscribe: https://cloudnativeweekly.dev/u/9f2c
"""
    h = inbound(True, "mail.cloudnativeweekly.dev", "198.51.100.90", d, "cloudnativeweekly.dev") + [
        ("Message-ID", mid("m32", "cloudnativeweekly.dev")), ("Date", d),
        ("From", addr("Cloud Native Weekly", "newsletter@cloudnativeweekly.dev")), ("To", ME_P),
        ("Subject", "Cloud Native Weekly #212: Karpenter 1.4, merge queues, SAP labs"),
        ("List-Unsubscribe", "<https://cloudnativeweekly.dev/u/9f2c>")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("unrelated", False),
                "Tech newsletter", "Mentions tickets closed, merges and AWS exams")


def messages():
    return [f() for f in (m17, m18, m19, m20, m21, m22, m23, m24, m25, m26, m27, m28, m29,
                          m30, m31, m32)]
