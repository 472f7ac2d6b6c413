#!/usr/bin/env python3
"""Generate the blind held-out corpus (stdlib only). Writes NNN-slug.eml / .json beside this file."""
import base64, json, os, quopri, datetime
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "rin.okabe.home@gmail.com"
ME_C = "r.okabe@sorano-sys.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CASE_A = "174632815800412"   # main merge case (15 digits)
CASE_B = "174632873300951"   # duplicate form submission of A
CASE_D = "2984517730"        # console case (10 digits)
CASE_E = "175010442800267"   # APN hold case
CASE_F = "175010561200981"   # duplicate of E, from company address
CASE_C = "17331207745"       # voucher case (11 digits)
CASE_G = "175727380100145"   # third-account merge
CASE_H = "175727402200618"   # duplicate of G
CID_P, CID_C, CID_OLD = "AWS07733109", "AWS04418822", "AWS05561234"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
JST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc

ids = {}
counter = [0]
manifest = []

def auth(to, dom="amazon.com", ok=True, dkim_dom=None):
    dkim_dom = dkim_dom or dom
    if to == ME_P:
        if ok:
            return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=szqgv33erturdv5cvz4vtb243activ5s header.b=Qk3f9aXe;\r\n"
                    "       spf=pass (google.com: domain of 0100019%s@%s designates 54.240.8.33 as permitted sender) smtp.mailfrom=%s;\r\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dkim_dom, "a7c", dom, dom, dom))
        return ("mx.google.com;\r\n       dkim=fail header.i=@%s header.s=s1 header.b=Zz0q1;\r\n"
                "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.220.101.4 as permitted sender) smtp.mailfrom=%s;\r\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dkim_dom, dom, dom, dom))
    if ok:
        return ("spf=pass (sender IP is 54.240.27.12) smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (dom, dkim_dom, dom))
    return ("spf=fail (sender IP is 45.95.169.20) smtp.mailfrom=%s; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (dom, dom))

def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def enc_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), addr)

def body_part(text, ctype="text/plain", cs="utf-8", cte="8bit"):
    raw = text.encode(cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("latin-1")  # written back as latin-1 bytes -> exact bytes
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs if cs != "shift_jis" else "Shift_JIS", cte)
    return hdr, payload

def emit(slug, label, frm, to, subject, date, text=None, html=None, cs="utf-8", cte="8bit",
         html_cte=None, crlf=False, reply_to=None, extra=None, auth_res=None, in_reply=None,
         subj_cs=None, msgid_dom="email.amazonses.com", from_name=None, cc=None):
    counter[0] += 1
    n = "%03d" % counter[0]
    name = "%s-msg" % n
    assert slug == n, (slug, n)
    mid = "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), abs(hash(name)) % 10**12 if False else (int(n) * 7919 + 104729), msgid_dom)
    ids[n] = mid
    h = []
    if auth_res:
        h.append("Authentication-Results: " + auth_res)
    h.append("Date: " + format_datetime(date))
    h.append("From: " + enc_addr(from_name, frm, subj_cs or "utf-8"))
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    if reply_to:
        h.append("Reply-To: " + reply_to)
    h.append("Subject: " + enc_hdr(subject, subj_cs or ("iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")))
    h.append("Message-ID: " + mid)
    if in_reply:
        refs = [ids[x] for x in in_reply]
        h.append("In-Reply-To: " + refs[-1])
        h.append("References: " + " ".join(refs))
    h.append("MIME-Version: 1.0")
    for k, v in (extra or []):
        h.append("%s: %s" % (k, v))
    if text is not None and html is not None:
        bnd = "----=_Part_%s_%d" % (n, 1234567 + int(n))
        h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        th, tp = body_part(text, "text/plain", cs, cte)
        hh, hp = body_part(html, "text/html", cs, html_cte or cte)
        body = "\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (bnd, th, tp, bnd, hh, hp, bnd)
        head = "\n".join(h) + "\n"
    else:
        t = text if text is not None else html
        ct = "text/plain" if text is not None else "text/html"
        ph, pp = body_part(t, ct, cs, cte)
        head = "\n".join(h) + "\n" + ph
        body = pp
    raw = head + "\n" + body
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    else:
        raw = raw.replace("\r\n", "\n")
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw.encode("latin-1"))
    kind, nr, case, cands = label
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, f, ensure_ascii=False)
        f.write("\n")
    manifest.append((name, kind, nr, case))
    return n

def D(m, d, hh, mm, tz=UTC):
    return datetime.datetime(2025, m, d, hh, mm, 0, tzinfo=tz)

def S(case):
    return "RE:[CASE %s] %s" % (case, SUBJ)

def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

# ---------------------------------------------------------------- messages
ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General
Inquiry type: Certification
Additional detail: Account Merge
Correspondence: I am no longer an employee of Sorano Systems and would like to merge my company certification account (%s) into my personal one (%s). Candidate IDs: %s / %s.

We will get back to you as soon as possible, typically within 24 hours. If you have additional information to add to this case, reply to this email. To avoid delays, please do not open a new case for the same request.

Best regards,
Amazon Web Services
""" % (CASE_A, CASE_A, "account-assistance", ME_C, ME_P, CID_C, CID_P)

emit("001", ("unrelated", False, None, []), "aws-billing@amazon.com", ME_P,
     "Amazon Web Services Invoice Available [Account: 480215776301]", D(5, 2, 8, 11), from_name="Amazon Web Services",
     text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.17

[AWS ID 480215776301]

Please see the Bills section of the Billing and Cost Management console for details. If you have questions about this invoice, open a case in the Support Center.

Sincerely,
Amazon Web Services
""", auth_res=auth(ME_P), crlf=True)

emit("002", ("unrelated", False, None, []), "no-reply@signin.aws", ME_P, "Verify your AWS Builder ID email address",
     D(5, 3, 22, 40), from_name="AWS", auth_res=auth(ME_P, "signin.aws"),
     text="""Hello,

To finish creating your AWS Builder ID, enter this verification code:

  Verification code: 418 306

The code expires in 10 minutes. If you did not request it, you can ignore this message; no reply is needed.

Amazon Web Services
""")

a_ack = emit("003", ("acknowledgement", False, CASE_A, [CID_C, CID_P]), FORM, ME_P, S(CASE_A), D(5, 4, 1, 2),
     auth_res=auth(ME_P), text=ACK_A, crlf=True)

emit("004", ("acknowledgement", False, CASE_B, [CID_C, CID_P]), FORM, ME_P, "RE: [CASE %s] %s" % (CASE_B, SUBJ), D(5, 4, 1, 14),
     auth_res=auth(ME_P), cte="base64", text="""お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お客様のリクエストについて、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職のため、会社アカウント (%s) を個人アカウント (%s) に統合してください。候補ID %s / %s

通常24時間以内にご連絡いたします。追加情報がございましたら、このメールにご返信ください。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

アマゾン ウェブ サービス
""" % (CASE_B, CASE_B, ME_C, ME_P, CID_C, CID_P))

emit("005", ("unrelated", False, None, []), "notifications@github.com", ME_P,
     "Re: [rokabe/dotfiles] Merge account sync scripts into one (PR #41)", D(5, 4, 2, 30), from_name="Taro Hayashi",
     msgid_dom="github.com", auth_res=auth(ME_P, "github.com"),
     extra=[("List-ID", "rokabe/dotfiles <dotfiles.rokabe.github.com>"), ("X-GitHub-Reason", "author")],
     text="""Merged #41 into main.

The two account sync scripts are now one; the old one is deleted. Closing the duplicate issue #39 as well.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you authored the thread.
""")

emit("006", ("case_update", False, CASE_B, []), FORM, ME_P, S(CASE_B), D(5, 4, 6, 40), auth_res=auth(ME_P),
     text="""Hi Rin,

Thanks for reaching out. It looks like this request was submitted twice a few minutes apart, so case %s is a duplicate of case %s.

I've merged the notes from this case into %s and closed this one. Everything will continue on the other case, so there is nothing you need to do here — please just keep an eye out for our reply there.

Kind regards,
Daniel
AWS Training and Certification Customer Support
""" % (CASE_B, CASE_A, CASE_A))

CONF_A_TEXT = """Hello Rin,

My name is Priya and I'll be helping you with your account merge today.

I found the following certification accounts linked to the information you provided:

Account #1
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s

Account #2
Candidate ID: %s
Login email: %s
Training notification email: %s
Certification notification email: %s

When accounts are merged, exam history, certifications and benefits from the secondary account are moved to the primary one, and the secondary account is deactivated. This can't be undone.

Please confirm that you would like us to merge Account #2 into Account #1, keeping Account #1 as your active account.

If we don't receive a response within 5 business days, this case will be closed automatically.

Best regards,
Priya S.
AWS Training and Certification
""" % (CID_P, ME_P, ME_P, ME_P, CID_C, ME_C, ME_C, ME_C)

CONF_A_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello Rin,</p><p>My name is Priya and I'll be helping you with your account merge today.</p>
<p>I found the following certification accounts linked to the information you provided:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr>
</table>
<p>When accounts are merged, exam history, certifications and benefits from the secondary account are moved to the primary one, and the secondary account is deactivated. This can&#39;t be undone.</p>
<p><b>Please confirm that you would like us to merge Account #2 into Account #1</b>, keeping Account #1 as your active account.</p>
<p>If we don&#39;t receive a response within 5 business days, this case will be closed automatically.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification</p></body></html>
""" % (CID_P, CID_C, ME_P, ME_C, ME_P, ME_C, ME_P, ME_C)

a_conf = emit("007", ("confirmation_request", True, CASE_A, [CID_P, CID_C]), FORM, ME_P, S(CASE_A), D(5, 5, 0, 10),
     auth_res=auth(ME_P), text=CONF_A_TEXT, html=CONF_A_HTML, cte="quoted-printable", in_reply=[a_ack])

emit("008", ("unrelated", False, None, []), "pearsonvue@pearson.com", ME_P,
     "Pearson VUE Confirmation of Exam Appointment", D(5, 5, 3, 0), from_name="Pearson VUE",
     auth_res=auth(ME_P, "pearson.com"), text="""Dear Rin Okabe,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482917365
Exam: AWS Certified Developer - Associate (DVA-C02)
Appointment: Saturday, June 14, 2025 10:00 JST
Test center: Tokyo - Shinjuku

If you need to reschedule or cancel, please do so at least 24 hours before your appointment through your candidate profile. Do not reply to this email.

Pearson VUE
""")

emit("009", ("unrelated", False, None, []), "aws-marketing-email-replies@amazon.com", ME_C,
     "You're invited: AWS Summit Japan 2025 — reserve your seat", D(5, 6, 1, 0), from_name="AWS Events",
     auth_res=auth(ME_C), html="""<html><body>
<table width="600" align="center"><tr><td>
<h1>AWS Summit Japan 2025</h1>
<p>Join thousands of builders in Chiba on June 25–26.</p>
<p>Reply to this email with "YES" to reserve a seat at the Certification Lounge, or <a href="https://aws.amazon.com/events/summits/japan/">register online</a>.</p>
<p style="font-size:10px">Amazon Web Services Japan G.K. | To unsubscribe, click here. This message was sent to r.okabe@sorano-sys.co.jp.</p>
</td></tr></table></body></html>""", cte="quoted-printable")

emit("010", ("unrelated", False, None, []), "k.ishida@sorano-sys.co.jp", ME_C, "自動応答: 来週の定例について",
     D(5, 7, 0, 12), from_name="石田 健", msgid_dom="sorano-sys.co.jp",
     auth_res=auth(ME_C, "sorano-sys.co.jp"), cs="iso-2022-jp", cte="7bit", extra=[("Auto-Submitted", "auto-replied")],
     text="""お疲れさまです。石田です。

5月7日(水)〜5月9日(金)まで休暇のため不在にしております。
期間中は返信ができませんので、お急ぎの場合は佐藤までご連絡ください。
お手数をおかけしますが、よろしくお願いいたします。
""")

emit("011", ("suspicious", False, None, []), "case-team@aws-training-certsupport.com", ME_P,
     "RE:[CASE %s] Action required: your merge case will be closed" % CASE_A, D(5, 8, 5, 33),
     from_name="AWS Training and Certification", msgid_dom="aws-training-certsupport.com",
     auth_res=auth(ME_P, "aws-training-certsupport.com"), html="""<html><body>
<p>Dear Candidate,</p>
<p>We have not received your confirmation for the account merge. Your case will be <b>closed within 24 hours</b> and both certification accounts will be suspended.</p>
<p>To keep your certifications, sign in and confirm your identity now:</p>
<p><a href="https://aws-training-certsupport.com/verify?c=%s">Confirm my account</a></p>
<p>AWS Training &amp; Certification Support Team</p></body></html>""" % CASE_A)

REM_A = """Hi Rin,

Just checking in on the message below. We still need your go-ahead before we can merge anything — is Account #1 (%s) the one you want to keep?

We'll hold the case open until May 12. If we haven't heard from you by then, it will be closed and you would need to reply to get it going again.

Thanks,
Priya

________________________________
From: %s
Sent: Monday, May 5, 2025 12:10 AM
To: %s
Subject: %s

%s""" % (ME_P, FORM, ME_P, S(CASE_A), CONF_A_TEXT)
emit("012", ("closing_notice", True, CASE_A, []), FORM, ME_P, S(CASE_A), D(5, 9, 0, 5),
     auth_res=auth(ME_P), text=REM_A, in_reply=[a_ack, a_conf])

emit("013", ("unrelated", False, None, []), "support@notion-desk.zendesk.com", ME_P,
     "[Notion Support] Re: Workspace merge request #88213", D(5, 9, 6, 20), from_name="Notion Support",
     msgid_dom="zendesk.com", auth_res=auth(ME_P, "zendesk.com"),
     text="""##- Please type your reply above this line -##

Hi Rin,

We haven't heard back from you, so we'll assume the workspace merge is no longer needed. Your request #88213 will close automatically in 3 days.

If you still need help, reply to this email and the ticket will be reopened.

Mika | Notion Support
""")

emit("014", ("certification", False, None, []), "do-not-reply@certmetrics.com", ME_C,
     "AWS Certification wants to hear from you", D(5, 10, 2, 0), from_name="AWS Certification",
     msgid_dom="certmetrics.com", auth_res=auth(ME_C, "certmetrics.com"), html="""<html><body>
<p>Hello Rin,</p>
<p>As an AWS Certified individual, your opinion matters. Please take 10 minutes to tell us about your certification experience in our annual program survey.</p>
<p><a href="https://survey.certmetrics.com/aws/2025">Take the survey</a> (open until May 31)</p>
<p>Thank you,<br>AWS Certification</p></body></html>""", cte="base64")

CLOSE_A_JA = """岡部 様

AWS トレーニングと認定 サポートの山本です。

5月5日にお送りしたアカウント統合の確認について、期日までにご返信をいただけなかったため、本ケースはいったんクローズいたしました。

引き続き統合をご希望の場合は、このメールにそのままご返信ください。ご返信いただいた時点でケースは自動的に再開され、担当者が対応を続けます。

山本 真理
AWS トレーニングと認定 カスタマーサポート
"""
a_close = emit("015", ("closing_notice", True, CASE_A, []), FORM, ME_P, S(CASE_A), D(5, 13, 1, 0),
     auth_res=auth(ME_P), cs="iso-2022-jp", cte="7bit", text=CLOSE_A_JA, in_reply=[a_ack, a_conf])

a_reply = emit("016", ("user_reply", False, CASE_A, [CID_P]), ME_P, FORM, S(CASE_A), D(5, 13, 11, 12, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", auth_res=None, in_reply=[a_ack, a_conf, a_close],
     text="""Hello,

Sorry for the slow reply, I was travelling. Confirmed. Please merge to Account #1 (%s) and keep it as my active account.

Thank you,
Rin Okabe

2025年5月13日(火) 10:00 <%s>:
%s
""" % (CID_P, FORM, quote_gt(CLOSE_A_JA)))

emit("017", ("case_update", False, CASE_A, []), FORM, ME_P, S(CASE_A), D(5, 14, 2, 30),
     auth_res=auth(ME_P), in_reply=[a_ack, a_conf, a_close, a_reply], text="""Hello Rin,

Welcome back — I have reopened your case and passed your confirmation to the team that performs merges. These normally complete within one to two business days, and we'll write again as soon as it's done.

No need to reply in the meantime. If you have any other questions, feel free to respond to this email.

Regards,
Priya S.
AWS Training and Certification
""")

emit("018", ("suspicious", False, None, []), FORM, ME_P, S(CASE_A), D(5, 14, 9, 45),
     auth_res=auth(ME_P, ok=False), msgid_dom="mailer-relay-7.net", html="""<html><body>
<p>Hello,</p>
<p>Before we complete the merge on case %s we need to re-verify the login for Account #1. Please reply within 24 hours or the case will be closed:</p>
<table border="1"><tr><td>Login email</td><td>%s</td></tr><tr><td>Password</td><td>(type it here)</td></tr></table>
<p>Alternatively <a href="http://aws-cert-verify.help/login">sign in here</a>.</p>
<p>AWS Training and Certification</p></body></html>""" % (CASE_A, ME_P))

RESOLVED_A = """Hi Rin,

Good news — I have successfully merged all accounts. Your exam history, certifications and benefits now sit under Account #1 (%s), and Account #2 has been deactivated.

Your Credly badges will be reissued to the address on Account #1; this can take up to 24 hours. You can sign in to AWS Training and Certification at any time to have a look. If anything seems off, just reply to this email and we'll take care of it.

Best,
Priya S.
AWS Training and Certification

-----Original Message-----
From: %s
Sent: 2025-05-05 00:10 UTC
Subject: %s

%s""" % (ME_P, FORM, S(CASE_A), CONF_A_TEXT)
a_res = emit("019", ("resolved", False, CASE_A, []), FORM, ME_P, S(CASE_A), D(5, 15, 4, 2),
     auth_res=auth(ME_P), cte="quoted-printable", text=RESOLVED_A, in_reply=[a_ack, a_conf, a_close, a_reply])

emit("020", ("badge", False, None, []), "admin@credly.com", ME_P,
     "Amazon Web Services Training and Certification sent you a new badge", D(5, 15, 4, 40), from_name="Credly",
     msgid_dom="credly.com", auth_res=auth(ME_P, "credly.com"), html="""<html><body>
<table width="560"><tr><td>
<h2>Congratulations, Rin!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect – Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6f1c2d0e-9a77-4b1b-8f0a-2c1de4a0b9a1">Accept your badge</a> to share it on LinkedIn.</p>
<p style="font-size:10px">Badge ID 6f1c2d0e-9a77-4b1b-8f0a-2c1de4a0b9a1 · Questions? Visit our help center.</p>
</td></tr></table></body></html>""", cte="quoted-printable")

emit("021", ("survey", False, CASE_A, []), "aws-cs-trainingcertification-form@amazon.com", ME_P,
     "How did we do? Case %s" % CASE_A, D(5, 16, 4, 5), auth_res=auth(ME_P), html="""<html><body>
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification has been resolved. We'd love to hear how it went.</p>
<table><tr><td><a href="https://survey.aws/r/1">Very satisfied</a></td><td><a href="https://survey.aws/r/2">Satisfied</a></td><td><a href="https://survey.aws/r/3">Neutral</a></td><td><a href="https://survey.aws/r/4">Dissatisfied</a></td></tr></table>
<p>The survey takes less than a minute. Replies to this message are not monitored.</p></body></html>""" % CASE_A)

emit("022", ("unrelated", False, None, []), "no-reply@aws.training", ME_P, "Your AWS Skill Builder receipt",
     D(5, 16, 10, 0), from_name="AWS Skill Builder", msgid_dom="aws.training", auth_res=auth(ME_P, "aws.training"),
     text="""Thank you for your purchase.

Order: SB-20250516-7731
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Manage your subscription at https://skillbuilder.aws/ . No further action is required.
""")

emit("023", ("badge", False, None, []), "admin@youracclaim.com", ME_P,
     "バッジが発行されました: AWS Certified Cloud Practitioner", D(5, 19, 3, 0), from_name="Credly (Acclaim)",
     msgid_dom="youracclaim.com", auth_res=auth(ME_P, "youracclaim.com"), cte="base64", text="""岡部 凛 さん

Amazon Web Services Training and Certification から新しいデジタルバッジ「AWS Certified Cloud Practitioner」が発行されました。

以下のリンクからバッジを受け取り、プロフィールで公開できます。
https://www.youracclaim.com/badges/2b8e1f3c-0d44-4c65-a1c2-77e9d0b1f6aa/accept

このメールは送信専用です。
""")

# ---- case E (APN hold) and F (duplicate from company address)
e_ack = emit("024", ("acknowledgement", False, CASE_E, [CID_OLD]), FORM, ME_P, S(CASE_E), D(6, 16, 20, 7),
     auth_res=auth(ME_P), cs="shift_jis", cte="8bit", text="""アマゾン ウェブ サービスにお問い合わせいただき、誠にありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。内容を確認のうえ、通常24時間以内に担当者よりご連絡いたします。

ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: パートナーセントラル経由で作成された認定アカウント (候補ID %s) も個人アカウントに統合したい。

補足事項がございましたら、本メールへのご返信にてお知らせください。
同じ内容で新しいケースを作成されますと、対応が遅れる場合がございます。
""" % (CASE_E, CASE_E, CID_OLD))

f_ack = emit("025", ("acknowledgement", False, CASE_F, []), FORM, ME_C, S(CASE_F), D(6, 16, 20, 26),
     auth_res=auth(ME_C), text="""Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:
Case ID: %s
Subject: account-assistance
Correspondence: Please merge my partner account into my personal certification account.

Usually we respond within 24 hours. Please don't open another case for the same issue.
""" % (CASE_F, CASE_F))

emit("026", ("info_request", True, CASE_F, []), FORM, ME_C, S(CASE_F), D(6, 17, 1, 15),
     auth_res=auth(ME_C), in_reply=[f_ack], text="""Hello,

This case covers the same request as case %s, which you opened from your personal address about twenty minutes earlier. I've linked the two so that one agent handles both, and I'll close this one once we're done.

One thing we need from you for the partner side: what is your last working day at Sorano Systems? You can answer here or on %s, whichever is easier.

Thanks,
Kenji
AWS Training and Certification
""" % (CASE_E, CASE_E))

emit("027", ("on_hold", False, CASE_E, []), FORM, ME_P, S(CASE_E), D(6, 17, 3, 40), auth_res=auth(ME_P),
     in_reply=[e_ack], text="""Hello Rin,

The certification account with candidate ID on file for Sorano Systems is associated with an AWS Partner Network (APN) organization. Accounts linked to a partner can't be merged until the partner releases them, so I've contacted the partner's alliance team and put the case on hold while we wait.

There's nothing for you to do right now. I'll update you here as soon as I hear back from them.

Kenji
AWS Training and Certification
""")

emit("028", ("unrelated", False, None, []), "support@backlog.zendesk.com", ME_C,
     "[解決済み] リクエスト #52017: スペースの統合について", D(6, 18, 5, 0), from_name="Backlog サポート",
     msgid_dom="zendesk.com", auth_res=auth(ME_C, "zendesk.com"), text="""岡部様

お問い合わせいただいたリクエスト #52017 は「解決済み」となりました。
スペースの統合作業は完了しております。

追加のご質問がございましたら、本メールにご返信ください。7日以内にご返信がない場合、リクエストは自動的にクローズされます。

Backlog サポートチーム
""")

e_hold2 = emit("029", ("on_hold", True, CASE_E, []), FORM, ME_C, S(CASE_E), D(6, 19, 2, 0),
     auth_res=auth(ME_C), cs="shift_jis", cte="8bit", in_reply=[e_ack], text="""岡部様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。

ご依頼いただいた統合につきまして、対象の認定アカウントが AWS パートナーネットワーク (APN) 企業に紐づいているため、現在パートナー様側の承認をお待ちしております。承認が得られるまで、本ケースは保留とさせていただきます。

なお、パートナー様へのご説明に必要となりますため、御社での最終出社日をお知らせいただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

小林 恵
AWS トレーニングと認定 カスタマーサポート
""")

e_ur = emit("030", ("user_reply", False, CASE_E, []), ME_C, FORM, S(CASE_E), D(6, 19, 18, 3, JST),
     from_name="Okabe Rin", msgid_dom="sorano-sys.co.jp", cs="iso-2022-jp", cte="7bit", in_reply=[e_ack, e_hold2],
     extra=[("X-Mailer", "Microsoft Outlook 16.0")], text="""Kobayashi-san,

Thank you. My last working day at Sorano Systems is June 30, 2025. After that this mailbox will be closed, so please use my personal address (%s).

Best regards,
Rin Okabe

-----Original Message-----
From: %s
Sent: Thursday, June 19, 2025 11:00 AM
To: %s
Subject: %s

岡部様

いつもお世話になっております。AWS トレーニングと認定の小林でございます。
(省略)
なお、パートナー様へのご説明に必要となりますため、御社での最終出社日をお知らせいただけますでしょうか。
""" % (ME_P, FORM, ME_C, S(CASE_E)))

emit("031", ("on_hold", False, CASE_E, []), FORM, ME_P, S(CASE_E), D(6, 20, 1, 30),
     auth_res=auth(ME_P), in_reply=[e_ack, e_hold2, e_ur], text="""Hi Rin,

Thanks for the date — I've passed it on to the partner team. They've told us they'll release the account after June 30, so the case stays paused until then. I'll reach out again in early July.

Kenji
""")

emit("032", ("unrelated", False, None, []), "no-reply@login.awsapps.com", ME_C, "AWS Verification Code",
     D(6, 24, 0, 55), from_name="AWS", msgid_dom="login.awsapps.com", auth_res=auth(ME_C, "login.awsapps.com"),
     text="""Your verification code is: 902117

This code will expire 10 minutes after this email was sent.
If you did not try to sign in, you can safely ignore this email.
""")

emit("033", ("case_update", False, CASE_E, []), FORM, ME_P, S(CASE_E), D(7, 1, 2, 10), auth_res=auth(ME_P),
     in_reply=[e_ack], text="""Hello again Rin,

The partner team released the account this morning, so the hold is lifted. I'm reviewing the two accounts now and will come back to you shortly.

Kenji
""")

e_conf = emit("034", ("confirmation_request", True, CASE_E, [CID_OLD, CID_P]), FORM, ME_P, S(CASE_E), D(7, 1, 4, 20),
     auth_res=auth(ME_P), in_reply=[e_ack], cte="quoted-printable", html="""<html><head><style>td{padding:4px;border:1px solid #ccc}</style></head><body>
<div>Hi Rin,</div><br>
<div>These are the two records I have:</div>
<table>
<tr><td><b>Account #1</b></td><td>Candidate ID %s</td><td>Login: okabe.rin@partnercentral-sso (partner SSO)</td><td>Notifications: %s</td></tr>
<tr><td><b>Account #2</b></td><td>Candidate ID %s</td><td>Login: %s</td><td>Notifications: %s</td></tr>
</table><br>
<div>Which of these should remain active after the merge?</div><br>
<div>Kenji<br>AWS Training and Certification</div>
</body></html>""" % (CID_OLD, ME_C, CID_P, ME_P, ME_P))

emit("035", ("user_reply", False, CASE_E, []), ME_P, ME_P, "Fwd: " + S(CASE_E), D(7, 1, 13, 31, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com",
     text="""自分用メモ: 個人アドレスの方 (Account #2) を残す、と返信すること。

---------- Forwarded message ---------
From: <%s>
Date: 2025年7月1日(火) 13:20
To: <%s>
Subject: %s

Hi Rin,
These are the two records I have:
Account #1  Candidate ID %s  Login: okabe.rin@partnercentral-sso (partner SSO)
Account #2  Candidate ID %s  Login: %s
Which of these should remain active after the merge?
Kenji
""" % (FORM, ME_P, S(CASE_E), CID_OLD, CID_P, ME_P))

e_ur2 = emit("036", ("user_reply", False, CASE_E, [CID_P]), ME_P, FORM, "Re: " + S(CASE_E), D(7, 1, 22, 5, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", in_reply=[e_ack, e_conf], text="""Hi Kenji,

Account #2 (%s, %s) please. The partner one can go.

Thanks!
Rin

On Tue, Jul 1, 2025 at 1:20 PM <%s> wrote:
> Hi Rin,
> These are the two records I have:
> Account #1 ... Account #2 ...
> Which of these should remain active after the merge?
""" % (CID_P, ME_P, FORM))

e_chk = emit("037", ("info_request", True, CASE_E, []), FORM, ME_P, S(CASE_E), D(7, 2, 3, 0), auth_res=auth(ME_P),
     in_reply=[e_ack, e_conf, e_ur2], text="""Hi Rin,

Done — the partner account has been merged into Account #2 and deactivated. Exam history and the SAA certification moved across cleanly.

During the move, though, the Developer – Associate record threw a sync warning. Before I close this out, can you sign in at aws.training, open Certifications > Certification status, and tell me whether DVA-C02 shows as Active with the right expiry date? Once I hear back I'll either fix it or close the case.

Kenji
AWS Training and Certification
""")

emit("038", ("unrelated", False, None, []), "notifications@github.com", ME_P,
     "Re: [aws-samples/cert-tools] Duplicate: merge command fails on 2nd account (Issue #88)", D(7, 2, 9, 14),
     from_name="octocat-bot", msgid_dom="github.com", auth_res=auth(ME_P, "github.com"), text="""Closed #88 as duplicate of #71.

Please follow #71 for updates. If you think this is not a duplicate, comment here and we'll reopen.

—
Reply to this email directly, view it on GitHub, or unsubscribe.
""")

e_ur3 = emit("039", ("user_reply", False, CASE_E, []), ME_P, FORM, "Re: " + S(CASE_E), D(7, 2, 20, 40, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", in_reply=[e_ack, e_conf, e_ur2, e_chk], text="""Hi Kenji,

Checked: DVA-C02 shows Active, expires 2028-06-14. Looks right to me.

Rin

On Wed, Jul 2, 2025 at 12:00 PM <%s> wrote:
> can you sign in at aws.training, open Certifications > Certification status, and tell me
> whether DVA-C02 shows as Active with the right expiry date?
""" % FORM)

emit("040", ("resolved", False, CASE_E, []), FORM, ME_P, S(CASE_E), D(7, 3, 1, 10), auth_res=auth(ME_P),
     in_reply=[e_ack, e_conf, e_ur2, e_chk, e_ur3], cte="base64", text="""岡部様

ご確認いただきありがとうございます。すべての認定が正しく表示されていることを確認できましたので、本ケースは解決済みとしてクローズいたします。お客様に追加でご対応いただくことはございません。

今後ともよろしくお願いいたします。

小林 恵 / Kenji
AWS トレーニングと認定

---
サポートの品質向上のため、アンケートへのご協力をお願いしております。ご評価はこちら: https://survey.aws/tc?case=%s
""" % CASE_E)

emit("041", ("survey", False, CASE_E, []), "no-reply@amazon.com", ME_P, "AWS トレーニングと認定サポートに関するアンケート (ケース %s)" % CASE_E,
     D(7, 4, 1, 0), from_name="Amazon Web Services", auth_res=auth(ME_P), cte="quoted-printable", html="""<html><body>
<p>岡部様</p>
<p>先日はケース %s にてお問い合わせいただきありがとうございました。今回のサポート対応はいかがでしたか。</p>
<table border="0"><tr><td><a href="https://survey.aws/s/5">とても満足</a></td><td><a href="https://survey.aws/s/4">満足</a></td><td><a href="https://survey.aws/s/3">どちらでもない</a></td><td><a href="https://survey.aws/s/2">不満</a></td></tr></table>
<p>1分ほどで完了します。このメールへの返信はお受けできません。</p></body></html>""" % CASE_E)

# ---- case D: console case
CONSOLE_FOOT = """
To see the case or to reply, please use the link below instead of replying to this e-mail:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Thank you for using Amazon Web Services.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.

This e-mail is sent from an address that cannot accept incoming e-mails.
""" % CASE_D
CW = "no-reply-aws@amazon.com"
d_ack = emit("042", ("acknowledgement", False, CASE_D, []), CW, ME_P, "Amazon Web Services: New Support case: %s" % CASE_D,
     D(7, 7, 5, 2), from_name="Amazon Web Services", auth_res=auth(ME_P), crlf=True, text="""Dear Amazon Web Services Customer,

We have received your case %s, "Certification account still linked to old employer email", and will respond as soon as possible.

Account: 480215776301
Severity: General guidance
Service: Account and billing
Category: Other account issues
""" % CASE_D + CONSOLE_FOOT)

d_info = emit("043", ("info_request", True, CASE_D, []), CW, ME_P, "RE:[CASE %s] Certification account still linked to old employer email" % CASE_D,
     D(7, 8, 2, 44), from_name="Amazon Web Services", auth_res=auth(ME_P), in_reply=[d_ack], text="""Hello,

Thank you for contacting AWS Support. I'm Tomás from the Account and Billing team.

Certification accounts are managed separately from your AWS account (480215776301), and the billing team cannot change them directly. I can, however, route this to the Training and Certification team on your behalf.

For that I need the candidate ID of each certification account you want combined, and which one should stay. Please add them as a reply to this case in the Support Center.

Best regards,
Tomás R.
Amazon Web Services
""" + CONSOLE_FOOT)

emit("044", ("unrelated", False, None, []), "budgets@costalerts.amazonaws.com", ME_P,
     "AWS Budgets: monthly-cap has exceeded your alert threshold", D(7, 8, 12, 0), from_name="AWS Budgets",
     msgid_dom="amazonses.com", auth_res=auth(ME_P, "costalerts.amazonaws.com"), text="""AWS Budget Notification July 08, 2025
AWS Account 480215776301

Dear AWS Customer,
You requested that we alert you when the ACTUAL Cost associated with your monthly-cap budget is greater than $5.00 for the current month. The ACTUAL Cost associated with this budget is $5.62.

Budget Name: monthly-cap
Budget Type: Cost
Budgeted Amount: $10.00
Alert Threshold: > $5.00
""")

emit("045", ("closing_notice", True, CASE_D, []), CW, ME_P, "RE:[CASE %s] Certification account still linked to old employer email" % CASE_D,
     D(7, 11, 3, 0), from_name="Amazon Web Services", auth_res=auth(ME_P), in_reply=[d_ack, d_info], text="""Hello,

We haven't heard back from you regarding this case. We'll keep it open for three more days; after that it will be resolved automatically.

To keep working on it, add a correspondence to the case in the Support Center.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT)

emit("046", ("closing_notice", True, CASE_D, []), CW, ME_P, "RE:[CASE %s] Certification account still linked to old employer email" % CASE_D,
     D(7, 14, 3, 5), from_name="Amazon Web Services", auth_res=auth(ME_P), in_reply=[d_ack, d_info], text="""Hello,

Since we did not receive a response, your support case has now been resolved.

Should you still need assistance, you can reopen the case from the AWS Support Center within the next 14 days by replying to it there; after that period the case can no longer be reopened.

Best regards,
Amazon Web Services
""" + CONSOLE_FOOT)

emit("047", ("case_update", False, CASE_D, []), CW, ME_P, "Amazon Web Services: Support case %s can no longer be reopened" % CASE_D,
     D(7, 29, 3, 10), from_name="Amazon Web Services", auth_res=auth(ME_P), text="""Hello,

Support case %s was resolved more than 14 days ago and has been permanently closed. Replies to it are no longer accepted.

If you still need help with this issue, please create a new case in the AWS Support Center and reference case %s.

Amazon Web Services
""" % (CASE_D, CASE_D) + CONSOLE_FOOT)

# ---- case C: voucher missing (11-digit case)
c_ack = emit("048", ("acknowledgement", False, CASE_C, []), FORM, ME_P, "RE: [CASE %s] %s" % (CASE_C, SUBJ.replace("account-assistance", "benefits")),
     D(8, 4, 6, 0), auth_res=auth(ME_P), text="""Your request has been received.

Case ID: %s
Topic: Certification benefits

An agent will be in touch, usually within one business day. If there is anything you'd like to add in the meantime, you can reply to this message.

AWS Training and Certification
""" % CASE_C)
SC = "RE: [CASE %s] %s" % (CASE_C, SUBJ.replace("account-assistance", "benefits"))

C_INFO = """Hello Rin,

Thanks for your patience. I looked at the benefits on your merged account (%s). The 50%% exam discount you earned in March was issued against the old company account before the merge, and vouchers that were already generated don't always follow the exam history when accounts are combined. Usually we can re-issue them, but first we have to find the original exam record, and the old account's entries are partly anonymised after deactivation.

The Pearson VUE registration 482917365 you mentioned belongs to your upcoming DVA appointment, so it doesn't help here. What we need is the email address you used when you sat the March exam, plus the exam date if you have it.

Without those two details we can't trace the voucher, and the case will be closed in 7 days.

Yui
AWS Training and Certification Support
""" % CID_P
c_info = emit("049", ("info_request", True, CASE_C, [CID_P]), FORM, ME_P, SC, D(8, 5, 1, 30), auth_res=auth(ME_P),
     in_reply=[c_ack], text=C_INFO)

emit("050", ("unrelated", False, None, []), "pearsonvue@pearson.com", ME_P, "Your exam results are available",
     D(8, 6, 9, 0), from_name="Pearson VUE", auth_res=auth(ME_P, "pearson.com"), text="""Dear Rin Okabe,

Your score report for registration 482917365 is now available in your candidate profile. AWS will send your certification result separately.

Please do not reply to this message.
""")

c_rem = emit("051", ("closing_notice", True, CASE_C, []), FORM, ME_P, SC, D(8, 8, 2, 0), auth_res=auth(ME_P),
     cs="iso-2022-jp", cte="7bit", in_reply=[c_ack, c_info], text="""岡部さん

8月5日にお送りしたメール(3月の受験時に使ったメールアドレスと受験日の確認)について、まだご返信を確認できていません。

8月12日までにご連絡がない場合、このケースはクローズになります。手元で分かる範囲で構いませんので、このメールに返信してください。

AWS トレーニングと認定 ユイ
""")

c_closed = emit("052", ("closing_notice", True, CASE_C, []), FORM, ME_P, SC, D(8, 13, 0, 5), auth_res=auth(ME_P),
     in_reply=[c_ack, c_info, c_rem], html="""<html><body>
<p>Hello,</p>
<p>Case %s has been closed because we did not receive the information requested on August 5.</p>
<p>No action is needed if your question has been answered. Otherwise, reply to this message with the details and the case will be reopened automatically.</p>
<p>AWS Training and Certification</p></body></html>""" % CASE_C, cte="quoted-printable")

c_ur = emit("053", ("user_reply", False, CASE_C, [CID_C]), ME_P, FORM, "Re: March exam voucher", D(8, 13, 21, 0, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", in_reply=[c_ack, c_info, c_rem, c_closed], cte="base64", text="""Hello Yui,

Sorry, I missed your mails. I took the March exam with my old work address %s (candidate ID at the time %s), on 2025-03-22 in Tokyo.

Could you please look again?

Rin

2025年8月13日(水) 9:05 AWS Training and Certification <%s>:
> Case %s has been closed because we did not receive the information requested on August 5.
""" % (ME_C, CID_C, FORM, CASE_C))

emit("054", ("case_update", False, CASE_C, []), FORM, ME_P, SC, D(8, 14, 4, 0), auth_res=auth(ME_P),
     in_reply=[c_ack, c_info, c_rem, c_closed, c_ur], text="""Hi Rin,

Thanks, that's exactly what we needed. Your case is open again and I've asked our benefits team to trace the voucher from the March exam. I'll write back once they've answered.

Yui

--
How did I do? Rate this reply: https://survey.aws/agent?c=%s
""" % CASE_C)

c_chk = emit("055", ("info_request", True, CASE_C, [CID_P]), FORM, ME_P, SC, D(8, 15, 5, 30), auth_res=auth(ME_P),
     in_reply=[c_ack, c_info, c_rem, c_closed, c_ur], cte="base64", html="""<html><body style="font-family:'Meiryo',sans-serif">
<p>岡部様</p>
<p>お世話になっております。AWS トレーニングと認定のユイでございます。</p>
<p>特典チームにて3月受験分の50%%割引バウチャーを再発行し、統合後のアカウントに付与いたしました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>対象アカウント</td><td>%s</td></tr>
<tr><td>特典</td><td>次回受験 50%% 割引</td></tr>
<tr><td>有効期限</td><td>2026年3月22日</td></tr>
</table>
<p>反映まで少々時間がかかる場合がございますので、お手数ですが明日以降に「特典」ページにてコードが表示されているかご確認のうえ、結果をご返信いただけますでしょうか。ご確認が取れ次第、本ケースをクローズいたします。</p>
<p>何卒よろしくお願いいたします。</p></body></html>""" % CID_P)

c_ur2 = emit("056", ("user_reply", False, CASE_C, []), ME_P, FORM, "Re: " + SC, D(8, 16, 20, 10, JST),
     from_name="岡部 凛", msgid_dom="mail.gmail.com", in_reply=[c_ack, c_info, c_rem, c_closed, c_ur, c_chk], text="""ユイ様

確認しました。特典ページにバウチャーコードが表示されています。ありがとうございました。

岡部

2025年8月15日(金) 14:30 <%s>:
> 反映まで少々時間がかかる場合がございますので、お手数ですが明日以降に「特典」ページにてコードが表示されているかご確認のうえ、結果をご返信いただけますでしょうか。
""" % FORM)

emit("057", ("resolved", False, CASE_C, []), FORM, ME_P, SC, D(8, 17, 1, 0), auth_res=auth(ME_P),
     in_reply=[c_ack, c_info, c_rem, c_closed, c_ur, c_chk, c_ur2], text="""Hi Rin,

Glad to hear the code is showing. I've marked the case as resolved; no further action is required on your side.

Yui

On Aug 15, 2025, AWS Training and Certification wrote:
> 反映まで少々時間がかかる場合がございますので、お手数ですが明日以降に「特典」ページにてコードが表示されているかご確認のうえ、結果をご返信いただけますでしょうか。
""")

emit("058", ("certification", False, None, []), "do-not-reply@certmetrics.com", ME_P,
     "Your AWS Certification expires in 90 days", D(8, 20, 0, 0), from_name="AWS Certification",
     msgid_dom="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"), text="""Hello Rin Okabe,

Your AWS Certified Cloud Practitioner certification (validation number on your account) expires on 2025-11-18.

To keep it active, pass the current version of the exam or a higher-level exam before that date. Please do not reply to this email; contact AWS Training and Certification through the website if you have questions.
""")

emit("059", ("suspicious", False, None, []), "support@amazon-certsupport.com", ME_P,
     "アカウント統合の最終確認のお願い", D(8, 21, 11, 0), from_name="AWS トレーニングと認定",
     msgid_dom="amazon-certsupport.com", auth_res=auth(ME_P, "amazon-certsupport.com"), cte="base64", text="""お客様

アカウント#1 とアカウント#2 の統合を完了するため、以下の情報を本メールにご返信ください。
・ログイン用メールアドレス
・パスワード
・候補ID

48時間以内にご返信がない場合、両方のアカウントが無効になります。

AWS トレーニングと認定
""")

emit("060", ("certification", False, None, []), "do-not-reply@certmetrics.com", ME_P,
     "Congratulations on recertifying your AWS Certification!", D(8, 26, 0, 0), from_name="AWS Certification",
     msgid_dom="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"), text="""Hello Rin,

Congratulations! You have successfully recertified as AWS Certified Developer - Associate. Your new expiration date is 2028-08-25.

Your digital badge will be updated on Credly within a few days.

AWS Certification
""")

# ---- case G and duplicate H: third account from an earlier employer
OLD_MAIL = "okabe@hokuto-soft.example.jp"
g_ack = emit("061", ("acknowledgement", False, CASE_G, [CID_OLD]), FORM, ME_P, S(CASE_G), D(9, 7, 19, 37),
     auth_res=auth(ME_P), text="""アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース %s を作成いたしました。

ケースの詳細:
ケース ID: %s
その他の詳細: アカウントの統合
内容: 前々職で作成した認定アカウント (%s、ログイン %s、現在は受信不可) を個人アカウントに統合したいです。

通常24時間以内にご連絡いたします。同じご依頼で別のケースを作成しないようお願いいたします。
""" % (CASE_G, CASE_G, CID_OLD, OLD_MAIL))

h_ack = emit("062", ("acknowledgement", False, CASE_H, []), FORM, ME_P, "RE:[CASE %s] %s" % (CASE_H, SUBJ), D(9, 7, 19, 41),
     auth_res=auth(ME_P), crlf=True, text="""Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

Case ID: %s
Correspondence: Merge old account from previous employer into my personal account.

We usually respond within 24 hours. If you have more to add, reply to this email.
""" % (CASE_H, CASE_H))

emit("063", ("case_update", False, CASE_G, []), FORM, ME_P, S(CASE_G), D(9, 8, 1, 20), auth_res=auth(ME_P),
     in_reply=[g_ack], cs="iso-2022-jp", cte="7bit", text="""岡部様

お問い合わせありがとうございます。
同一内容のご依頼がケース %s としても登録されておりましたため、本ケース (%s) は重複としてクローズし、今後のご案内は %s にて行います。

本ケースについてお客様にご対応いただくことはございません。

AWS トレーニングと認定 佐々木
""" % (CASE_H, CASE_G, CASE_H))

H_CONF = """Hi Rin,

Quick note first: you submitted this request twice, so I closed case %s and will handle everything here.

I was able to find the account from your previous employer even though its login address no longer receives mail. Here is what I see on our side:

  Account #1 - candidate ID %s - login %s (your current account)
  Account #2 - candidate ID %s - login %s (inactive mailbox)

Account #2 holds one expired certification (Cloud Practitioner, 2019) and two exam records. Merging would move those records to Account #1. Since the login for Account #2 can't receive mail, I'll rely on your word here.

Let me know if Account #2 should be folded into Account #1.

Marcus
AWS Training and Certification
""" % (CASE_G, CID_P, ME_P, CID_OLD, OLD_MAIL)
h_conf = emit("064", ("confirmation_request", True, CASE_H, [CID_P, CID_OLD]), FORM, ME_P, "RE:[CASE %s] %s" % (CASE_H, SUBJ),
     D(9, 8, 2, 5), auth_res=auth(ME_P), in_reply=[h_ack], text=H_CONF)
SH = "RE:[CASE %s] %s" % (CASE_H, SUBJ)

emit("065", ("unrelated", False, None, []), "aws-cs-educate-form@amazon.com", ME_P,
     "RE:[CASE 175731100200044] [AWS Educate Form Submission] - login-issue", D(9, 9, 4, 0), auth_res=auth(ME_P), text="""Hello,

We haven't received a reply to our last message about your AWS Educate login. If we don't hear from you within 3 days, this case will be closed. Reply to this email to keep it open.

AWS Educate Support
""")

h_rem = emit("066", ("closing_notice", True, CASE_H, []), FORM, ME_P, SH, D(9, 11, 2, 5), auth_res=auth(ME_P),
     in_reply=[h_ack, h_conf], text="""Case %s - Status: Pending customer action

This case is awaiting your response. It will be auto-closed in 72 hours unless a response is received.

-- 
AWS Training and Certification
""" % CASE_H)

h_ur = emit("067", ("user_reply", False, CASE_H, [CID_OLD]), ME_P, FORM, SH, D(9, 11, 20, 0, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", in_reply=[h_ack, h_conf, h_rem], text="""Hi Marcus,

Yes, please fold Account #2 (%s) into Account #1. That was my account at Hokuto Soft.

Rin

> Let me know if Account #2 should be folded into Account #1.
""" % CID_OLD)

h_info = emit("068", ("info_request", True, CASE_H, []), FORM, ME_P, SH, D(9, 12, 3, 0), auth_res=auth(ME_P),
     in_reply=[h_ack, h_conf, h_rem, h_ur], cs="shift_jis", cte="8bit", text="""岡部さん

ご返信ありがとうございます。統合の準備は整いました。

ただ、Account #2 のログインアドレスが受信できないため、本人確認として、Account #2 で最後に受験した試験の名前と受験日をこのメールに返信して教えてください。確認でき次第、統合を実行します。

Marcus (AWS トレーニングと認定)

--- 以前のメッセージ ---
> Let me know if Account #2 should be folded into Account #1.
""")

h_ur2 = emit("069", ("user_reply", False, CASE_H, []), ME_P, FORM, "Re: " + SH, D(9, 12, 21, 30, JST),
     from_name="岡部 凛", msgid_dom="mail.gmail.com", in_reply=[h_ack, h_conf, h_rem, h_ur, h_info], cte="quoted-printable", text="""Marcus さん

最後の受験は AWS Certified Cloud Practitioner (CLF-C01)、2019年11月9日です。

よろしくお願いします。
岡部

2025年9月12日(金) 12:00 <%s>:
> 本人確認として、Account #2 で最後に受験した試験の名前と受験日をこのメールに返信して教えてください。
""" % FORM)

emit("070", ("resolved", False, CASE_H, []), FORM, ME_P, SH, D(9, 13, 1, 40), auth_res=auth(ME_P),
     in_reply=[h_ack, h_conf, h_rem, h_ur, h_info, h_ur2], cte="base64", text="""岡部様

本人確認が取れましたので、Account #2 を Account #1 に統合いたしました。2019年の試験記録も Account #1 に移っております。

念のため、ご都合のよいときに試験履歴をご覧ください。万一表示に問題がございましたら、本メールにご返信いただければ対応いたします。

Marcus
AWS トレーニングと認定

> 本人確認として、Account #2 で最後に受験した試験の名前と受験日をこのメールに返信して教えてください。
""")

emit("071", ("survey", False, CASE_H, []), "no-reply@amazon.com", ME_P, "Rate your support experience (case %s)" % CASE_H,
     D(9, 14, 1, 0), from_name="AWS Training and Certification", auth_res=auth(ME_P), text="""Hi,

Your case %s was recently resolved. Would you take 30 seconds to rate the help you received?

  Rate now: https://survey.aws/tc?case=%s

This mailbox is not monitored.
""" % (CASE_H, CASE_H))

emit("072", ("badge", False, None, []), "admin@credly.com", ME_P, "Your badge has been updated: AWS Certified Developer – Associate",
     D(9, 14, 6, 30), from_name="Credly", msgid_dom="credly.com", auth_res=auth(ME_P, "credly.com"), text="""Hi Rin,

Amazon Web Services Training and Certification updated your badge AWS Certified Developer – Associate with a new expiration date (2028-08-25).

View your badge: https://www.credly.com/badges/9d1f0a6e-3b2c-4f55-9e61-0c4b8f7a1d20

Credly
""")

emit("073", ("unrelated", False, None, []), "mailer-daemon@googlemail.com", ME_P, "Delivery Status Notification (Failure)",
     D(9, 15, 2, 0), from_name="Mail Delivery Subsystem", msgid_dom="mx.google.com", auth_res=auth(ME_P, "googlemail.com"), text="""** Address not found **

Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <%s>: Recipient address rejected: User unknown

----- Original message -----
Subject: Re: %s
To: %s
Cc: %s

Please confirm the merge request, I'll reply from this account.
""" % (ME_C, ME_C, SH, FORM, ME_C))

# ---- case I: name on certificate
CASE_I = "175921004500733"
SI = "RE: [CASE %s] %s" % (CASE_I, SUBJ)
i_ack = emit("074", ("acknowledgement", False, CASE_I, []), FORM, ME_P, SI, D(9, 30, 5, 20), auth_res=auth(ME_P), text="""Thank you for contacting Amazon Web Services. We have opened case %s.

Your request: the name printed on my merged certificates is wrong.

We'll respond within 24 hours.
""" % CASE_I)

i_info = emit("075", ("info_request", True, CASE_I, []), FORM, ME_P, SI, D(10, 1, 0, 50), auth_res=auth(ME_P),
     in_reply=[i_ack], text="""岡部様

お問い合わせありがとうございます。統合後のアカウントでは、氏名が「OKABE RIN」(姓・名の順) で登録されております。

証明書にはどのような表記をご希望でしょうか。身分証明書と同じ綴り・順序でお知らせいただけますと幸いです。なお、5営業日を過ぎてもご連絡がない場合は、いったんケースを終了させていただきます。

AWS トレーニングと認定 中村
""")

i_ur = emit("076", ("user_reply", False, CASE_I, []), ME_P, FORM, "Re: " + SI, D(10, 1, 19, 0, JST),
     from_name="Rin Okabe", msgid_dom="mail.gmail.com", in_reply=[i_ack, i_info], text="""中村様

「Rin Okabe」(名・姓の順) でお願いいたします。

岡部
""")

emit("077", ("resolved", False, CASE_I, []), FORM, ME_P, SI, D(10, 2, 1, 15), auth_res=auth(ME_P),
     in_reply=[i_ack, i_info, i_ur], text="""Hi Rin,

I've updated the name on your certification profile to "Rin Okabe"; newly downloaded certificates will show it right away. Unless we hear otherwise, this case will be closed on Friday.

Regards,
Nakamura
AWS Training and Certification
""")

emit("078", ("unrelated", False, None, []), "jira@sorano-partner.atlassian.net", ME_P,
     "[JIRA] (OPS-1182) Offboarding: transfer certifications - Resolved", D(10, 3, 0, 0), from_name="Yamada (Jira)",
     msgid_dom="atlassian.net", auth_res=auth(ME_P, "atlassian.net"), text="""Yamada changed the status of OPS-1182 to Resolved.

Offboarding: transfer certifications
Resolution: Done
Comment: AWS confirmed the accounts were merged; closing on our side. Rin, reply here if anything is still missing.
""")

# ---------------------------------------------------------------- index
if __name__ == "__main__":
    from collections import Counter
    c = Counter(k for _, k, _, _ in manifest)
    print(len(manifest), "messages;", sum(1 for m in manifest if m[2]), "need a reply")
    for k, v in sorted(c.items()):
        print("  %-22s %d" % (k, v))
