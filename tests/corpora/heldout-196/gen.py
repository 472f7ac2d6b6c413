#!/usr/bin/env python3
"""Blind corpus generator (blind-196). Standard library only.
Writes NNN-msg.eml / NNN-msg.json and README.md next to this script."""
import base64, json, os, quopri, glob
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "kenta.morishima.k@gmail.com"
ME_C = "k-morishima@sorano-tech.co.jp"
ME_P_FULL = "Kenta Morishima <%s>" % ME_P
ME_C_FULL = formataddr(("森島 健太", ME_C), charset="utf-8")
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FULL = "Amazon Web Services <%s>" % TC
NOREPLY = "Amazon Web Services <no-reply-aws@amazon.com>"

CASE_A = "175979952004417"   # main merge case (T&C form)
CASE_B = "175980673100928"   # duplicate form from company address
CASE_C = "8830219457"        # console case, voucher benefit
CASE_D = "176092144800173"   # name correction (Japanese)
CASE_EDU = "17610345512"     # AWS Educate form case (other program)
CASE_COLL = "175940118800652"  # colleague's case (forwarded for advice)

SUBJ_A = "[AWS Training and Certification Form Submission] - account-assistance"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MSGS = []
_ids = {}


def enc_h(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def mid(key, domain):
    import hashlib
    h = hashlib.sha1(("blind196:" + key).encode()).hexdigest()
    if domain.endswith("amazonses.com"):
        loc = "0100019%s-%s-%s-%s-%s-000000" % (h[:9], h[9:17], h[17:21], h[21:25], h[25:37])
    elif domain == "mail.gmail.com":
        loc = "CAF9x" + base64.urlsafe_b64encode(bytes.fromhex(h)).decode().rstrip("=") + "w"
    else:
        loc = "%s.%s" % (h[:16].upper(), h[16:24])
    v = "<%s@%s>" % (loc, domain)
    _ids[key] = v
    return v


def part(text, sub="plain", cs="utf-8", cte="8bit", extra=None):
    pycs = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis"}.get(cs.lower(), cs)
    data = text.encode(pycs)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    h = [("Content-Type", 'text/%s; charset="%s"' % (sub, cs)),
         ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return (h, body)


def multi(sub, parts, bnd):
    body = b""
    for h, b in parts:
        body += b"--" + bnd.encode() + b"\n"
        for k, v in h:
            body += ("%s: %s\n" % (k, v)).encode()
        body += b"\n" + b + (b"" if b.endswith(b"\n") else b"\n")
    body += b"--" + bnd.encode() + b"--\n"
    return ([("Content-Type", 'multipart/%s;\n boundary="%s"' % (sub, bnd))], body)


def gmail_auth(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, ip="54.240.48.97"):
    mailfrom = mailfrom or ("bounces@" + dom)
    p = "(p=QUARANTINE sp=QUARANTINE dis=NONE)" if dmarc == "pass" else "(p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
    return [("Authentication-Results",
             "mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Zk3q9TfA;\n"
             "       spf=%s (google.com: domain of %s %s %s as permitted sender) smtp.mailfrom=%s;\n"
             "       dmarc=%s %s header.from=%s" % (
                 dkim, dom, spf, mailfrom, "designates" if spf == "pass" else "does not designate",
                 ip, mailfrom, dmarc, p, dom))]


def m365_auth(dom, res="pass", mailfrom=None):
    mailfrom = mailfrom or dom
    return [("Authentication-Results",
             "spf=%s (sender IP is 54.240.27.12)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
             " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100" % (
                 res, mailfrom, res, dom, res, dom, res))]


def ses_from(tag):
    return "0100019%s-7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b-000000@amazonses.com" % tag


def add(kind, reply, case, cands, note, headers, body, crlf=False):
    """headers: list of (name,value); body: (part headers, bytes)"""
    ph, pb = body
    raw = b""
    for k, v in headers:
        raw += ("%s: %s\n" % (k, v)).encode("utf-8")
    raw += b"MIME-Version: 1.0\n"
    for k, v in ph:
        raw += ("%s: %s\n" % (k, v)).encode()
    raw += b"\n" + pb
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(kind=kind, reply=reply, case=case, cands=cands, note=note, raw=raw))


def H(frm, to, subj, date, msgid, irt=None, refs=None, cc=None, auth=None, extra=None, scs="utf-8", recv=None):
    h = []
    if recv:
        h.append(("Received", recv))
    if auth:
        h += auth
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc_h(subj, scs)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    if extra:
        h += extra
    return h


def q(text, pre="> "):
    return "\n".join((pre + l) if l else pre.rstrip() for l in text.strip("\n").split("\n"))


def d(mo, day, hh, mm, tz=UTC):
    return datetime(2025, mo, day, hh, mm, 0, tzinfo=tz)


RCV_G = "by 2002:a05:6a10:9e4c:b0:5c1:11aa:2b3c with SMTP id q12csp%d;\n        %s"


def rg(dt, n=1):
    return RCV_G % (400000 + n * 37, format_datetime(dt))



# ---------------------------------------------------------------- messages
# 1 newsletter (JP)
dt = d(10, 6, 8, 0, JST)
add("unrelated", False, None, [], "Japanese tech newsletter; mentions AWS certification and 'case study' in passing.",
    H(formataddr(("クラウド週報", "news@cloud-shuho.jp"), charset="utf-8"), ME_P, "【クラウド週報】第212号 認定資格の更新ラッシュ/新リージョン", dt,
      mid("n212", "cloud-shuho.jp"), auth=gmail_auth("cloud-shuho.jp"), recv=rg(dt, 1),
      extra=[("List-Unsubscribe", "<https://cloud-shuho.jp/u?id=88213>")]),
    part("""クラウド週報 第212号

■今週のトピック
・AWS 認定の有効期限が切れる前に再認定を:更新ラッシュの季節です
・大阪リージョンに新しいインスタンスタイプ
・事例紹介:ある小売企業のデータ基盤移行(ケーススタディ)

■読者アンケート
ご意見・ご感想がございましたら、このメールにご返信ください。

配信停止: https://cloud-shuho.jp/u?id=88213
""", cte="base64"))

# 2 certification expiry (company address)
dt = d(10, 6, 2, 15)
add("certification", False, None, ["AWS03918264"], "CertMetrics expiry reminder to the old company address; contains a 'please' and a candidate ID but is not a case.",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_C, "Your AWS Certification expires in 90 days", dt,
      mid("exp-90-33918", "certmetrics.com"), auth=m365_auth("certmetrics.com")),
    part("""Hello Kenta,

Your AWS Certified Solutions Architect - Associate certification expires on January 4, 2026.

Candidate ID: AWS03918264

To keep your certification active, please pass the current version of the exam or a
higher-level exam before the expiration date. Recertifying also renews any other
certification in the same path.

Please do not reply to this message; this mailbox is not monitored.

AWS Certification
""", cs="us-ascii", cte="7bit"), crlf=True)

# 3 HR leaving procedure (company, ISO-2022-JP)
dt = d(10, 6, 10, 30, JST)
add("unrelated", False, None, [], "Company HR mail about leaving (ISO-2022-JP); asks the owner to submit forms - a request, but not from AWS.",
    H(formataddr(("人事部 労務課", "jinji@sorano-tech.co.jp"), charset="iso-2022-jp"), ME_C, "【ご案内】退職に伴うお手続きについて", dt,
      mid("hr-20251006-0412", "sorano-tech.co.jp"), scs="iso-2022-jp"),
    part("""森島 健太 様

お疲れさまです。人事部 労務課の野口です。

10月31日付のご退職に伴い、以下のお手続きをお願いいたします。
1. 貸与PC・社員証の返却(最終出社日)
2. 健康保険証の返却
3. 社外サービス(資格管理・パートナーポータル等)に登録した会社メールアドレスの変更

会社メールアドレスは10月31日 18:00 をもって停止されます。
ご不明な点がございましたら、人事部までご連絡ください。

人事部 労務課 野口
""", cs="iso-2022-jp", cte="7bit"))

# 4 Builder ID code
dt = d(10, 6, 12, 41)
add("unrelated", False, None, [], "AWS Builder ID one-time code (6 digits); AWS mail, not a case.",
    H("AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", dt,
      mid("0100019a-otp-482913", "email.amazonses.com"), auth=gmail_auth("signin.aws"), recv=rg(dt, 2)),
    multi("alternative", [
        part("Verification code: 482913\n\nThis code expires in 30 minutes. If you did not try to create an AWS Builder ID, ignore this message.\n", cs="us-ascii", cte="7bit"),
        part("<html><body><p>Verification code</p><h2>482913</h2><p>This code expires in 30 minutes. If you did not try to create an AWS Builder ID, ignore this message.</p></body></html>", sub="html", cs="us-ascii", cte="7bit")],
        "=_otp_1a2b3c"))

# 5 new certification account
dt = d(10, 6, 13, 5)
add("certification", False, None, ["AWS11845027"], "CertMetrics welcome for the new personal certification account; 'confirm' wording about the profile.",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Welcome to your AWS Certification Account", dt,
      mid("welcome-11845027", "certmetrics.com"), auth=gmail_auth("certmetrics.com"), recv=rg(dt, 3)),
    part("""Welcome, Kenta!

Your AWS Certification Account has been created.
Your Candidate ID is AWS11845027. You'll need it when you schedule an exam or contact us.

Next steps: confirm your legal name matches your ID, then browse exams and schedule.

AWS Training and Certification
""", cs="utf-8", cte="quoted-printable"))

# 6 ack A
dt = d(10, 7, 1, 14)
ACK_A_TXT = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your request.

The details of your case are as follows:

Case ID: %s
Subject: Account Merge
Severity: General guidance
Correspondence: Inquiry Type: Certification
Additional details: Account Merge
Use case: I am leaving my employer (Sorano Technologies) at the end of October and want my certifications on my personal account.
All email addresses used: k-morishima@sorano-tech.co.jp, kenta.morishima.k@gmail.com
Address to keep: kenta.morishima.k@gmail.com
Candidate IDs: AWS03918264 (company), AWS11845027 (personal)

We generally answer within 24 hours, though some requests take longer while we find the best solution.
If a case is already open for this matter, please don't submit another one for the same request; it slows down our response.

Best regards,
Amazon Web Services
""" % (CASE_A, CASE_A)
add("acknowledgement", False, CASE_A, ["AWS03918264", "AWS11845027"],
    "Acknowledgement of the main merge case; echoes the form text incl. both candidate IDs; 'please don't submit another' is not a request to answer.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("ackA", "email.amazonses.com"),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a1")), recv=rg(dt, 4)),
    part(ACK_A_TXT, cs="utf-8", cte="7bit"), crlf=True)

# 7 ack B (duplicate, JP, company address)
dt = d(10, 7, 3, 2)
add("acknowledgement", False, CASE_B, ["AWS03918264"],
    "Japanese acknowledgement (ISO-2022-JP) of a DUPLICATE form the owner sent from the company address; duplicate warning is boilerplate.",
    H(TC_FULL, ME_C, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B, dt,
      mid("ackB", "email.amazonses.com"), auth=m365_auth("amazon.com", mailfrom="amazonses.com")),
    part("""お客様

Amazon Web Services へお問い合わせいただきありがとうございます。
ケース %s を作成いたしました。

お問い合わせ内容:
ケースID: %s
件名: アカウントの統合
内容: 会社のアカウント (AWS03918264) を個人アカウントに統合したいです。

通常24時間以内にご連絡いたしますが、最適な解決策のご案内のため、さらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
""" % (CASE_B, CASE_B), cs="iso-2022-jp", cte="7bit"))

# 8 GitHub merged
dt = d(10, 7, 4, 20)
add("unrelated", False, None, [], "GitHub notification: 'Merged #412' - the word merged, not an account merge.",
    H("Aya Suzuki <notifications@github.com>", "sorano-tech/infra-modules <infra-modules@noreply.github.com>",
      "Re: [sorano-tech/infra-modules] Merge account baseline into main (PR #412)", dt,
      "<sorano-tech/infra-modules/pull/412/c2093311@github.com>", cc="Kenta Morishima <%s>, Mention <mention@noreply.github.com>" % ME_P,
      auth=gmail_auth("github.com"), recv=rg(dt, 5),
      extra=[("X-GitHub-Reason", "mention"), ("List-ID", "sorano-tech/infra-modules <infra-modules.sorano-tech.github.com>")]),
    part("""Merged #412 into main.

@kmorishima thanks - I merged it after your last review. Could you close the tracking issue when you get a chance?

--
Reply to this email directly, view it on GitHub:
https://github.com/sorano-tech/infra-modules/pull/412#event-2093311
You are receiving this because you were mentioned.
""", cs="utf-8", cte="7bit"))

# 9 on_hold A with buried question
dt = d(10, 7, 9, 48)
HOLD1 = """Hello Kenta,

Thanks for reaching out about combining your certification accounts, and for listing both candidate IDs - that saved us a step.

While reviewing the request I noticed that the company profile is linked to an AWS Partner Network organization (Sorano Technologies). Certifications earned under a partner-linked profile count toward that partner's tier, so we are not able to move them to a personal account while the association is active. For now the merge is on hold on our side.

This is usually straightforward once we know the employment situation. Are you leaving Sorano Technologies, and if so, what is your last working day? With that we can work with the partner team on the next step.

Regards,
Priya R.
AWS Training and Certification Customer Support
"""
add("on_hold", True, CASE_A, [],
    "Partner (APN) hold; the question about leaving the company is buried after the explanation, with no 'please'.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("holdA1", "email.amazonses.com"),
      irt=_ids["ackA"], refs=_ids["ackA"], auth=gmail_auth("amazon.com", mailfrom=ses_from("a2")), recv=rg(dt, 6)),
    part(HOLD1, cs="utf-8", cte="quoted-printable"))

# 10 case_update B closed as duplicate
dt = d(10, 7, 10, 5)
add("case_update", False, CASE_B,
    [], "Duplicate case closed and pointed to the main case; mentions another case number in the body; English to the company address.",
    H(TC_FULL, ME_C, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B, dt,
      mid("dupB", "email.amazonses.com"), irt=_ids["ackB"], refs=_ids["ackB"], auth=m365_auth("amazon.com", mailfrom="amazonses.com")),
    part("""Hello,

This request is the same as case %s, which one of my colleagues is already handling, so I've closed this one to keep everything in one place. Updates will come on that case only.

Thank you,
Daniel
AWS Training and Certification
""" % CASE_A, cs="us-ascii", cte="7bit"), crlf=True)

# 11 user reply A
dt = d(10, 7, 21, 3, JST)
add("user_reply", False, CASE_A, ["AWS11845027"], "Owner's Gmail-style reply answering the hold question; quotes the hold.",
    H(ME_P_FULL, TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("CAF9x-ur1-kmori", "mail.gmail.com"),
      irt=_ids["holdA1"], refs="%s %s" % (_ids["ackA"], _ids["holdA1"])),
    part("""Hello Priya,

Yes, I am leaving Sorano Technologies. My last working day is October 31, 2025, and the
company mailbox will be shut down that evening.

Please move everything to my personal account (AWS11845027, kenta.morishima.k@gmail.com).
I have also asked our alliance lead to remove me from Partner Central.

Best regards,
Kenta Morishima

On Tue, Oct 7, 2025 at 6:48 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(HOLD1)), cs="utf-8", cte="quoted-printable"))

# 12 colleague out-of-office
dt = d(10, 7, 21, 10, JST)
add("unrelated", False, None, [], "Colleague's automatic out-of-office reply (Japanese/English).",
    H(formataddr(("田中 亮", "r-tanaka@sorano-tech.co.jp"), charset="utf-8"), ME_C, "自動応答: 来週の定例について", dt,
      mid("oof-tanaka-1007", "sorano-tech.co.jp"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    part("""10月8日〜10月10日は休暇のため不在にしております。
急ぎのご用件は 鈴木(a-suzuki@sorano-tech.co.jp)までご連絡ください。

I am out of office from Oct 8 to Oct 10. For anything urgent please contact a-suzuki@sorano-tech.co.jp.
""", cs="utf-8", cte="base64"))

# 13 on_hold A, nothing needed (HTML only)
dt = d(10, 8, 6, 30)
HOLD2_HTML = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>Thank you for the details. Because your company profile is still attached to the partner organization, the change has to be released by the partner's account administrator in AWS Partner Central before we can touch it. I have contacted the administrator on record for Sorano Technologies.</p>
<p>Your case stays paused until they release the profile. <b>There is nothing you need to do at this point</b> &mdash; we will write again as soon as we hear from the partner.</p>
<p>Kind regards,<br>Priya R.<br>AWS Training and Certification Customer Support</p>
<hr><p style="color:#777;font-size:11px">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>"""
add("on_hold", False, CASE_A, [], "HTML-only hold: waiting for the partner administrator; explicitly nothing to do.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("holdA2", "email.amazonses.com"),
      irt=_ids["CAF9x-ur1-kmori"], refs="%s %s %s" % (_ids["ackA"], _ids["holdA1"], _ids["CAF9x-ur1-kmori"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a3")), recv=rg(dt, 7)),
    part(HOLD2_HTML, sub="html", cs="utf-8", cte="quoted-printable"))

# 14 certmetrics "wants to hear from you"
dt = d(10, 8, 15, 0)
add("certification", False, None, [], "CertMetrics program survey ('wants to hear from you') - looks like a survey but is certification program mail, not about a case.",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_C, "AWS Certification wants to hear from you", dt,
      mid("voice-2025q4-77120", "certmetrics.com"), auth=m365_auth("certmetrics.com")),
    multi("alternative", [
        part("Hi Kenta,\n\nAs an AWS Certified professional, your opinion shapes future exams. Take our 10-minute exam development survey:\nhttps://survey.certmetrics.com/aws/q4-2025\n\nThank you,\nAWS Certification\n", cs="us-ascii", cte="7bit"),
        part("<html><body><p>Hi Kenta,</p><p>As an AWS Certified professional, your opinion shapes future exams.</p><p><a href=\"https://survey.certmetrics.com/aws/q4-2025\">Take the 10-minute exam development survey</a></p><p>Thank you,<br>AWS Certification</p></body></html>", sub="html", cs="us-ascii", cte="7bit")],
        "----=_Part_55102_1874.1759935600000"))

# 15 spoofed aws-cs mail with dmarc=fail
dt = d(10, 8, 17, 22)
add("suspicious", False, None, [], "Claims to be the T&C form sender with a case-shaped subject, but SPF/DKIM/DMARC fail for amazon.com; asks to re-verify via a link.",
    H(TC_FULL, ME_P, "RE:[CASE 175981100300562] [AWS Training and Certification Form Submission] - account-assistance", dt,
      "<20251008172201.4F1A2@mail-relay7.hostpanel-eu.net>",
      auth=gmail_auth("amazon.com", dkim="fail", spf="fail", dmarc="fail", mailfrom="info@hostpanel-eu.net", ip="185.212.44.19"),
      recv=rg(dt, 8)),
    part("""Hello,

We are processing your account merge. Before the merge can continue we must verify that you own both accounts.
Please sign in within 24 hours at the secure verification page below, otherwise both accounts will be locked:

https://aws-training-verify.support-portal-login.com/merge?case=175981100300562

Regards,
AWS Training and Certification
""", cs="us-ascii", cte="7bit"))

# 16 AWS billing
dt = d(10, 9, 0, 5)
add("unrelated", False, None, [], "AWS billing statement; 12-digit account ID in subject (not a case number).",
    H("Amazon Web Services <aws-billing@amazon.com>", ME_P, "Amazon Web Services Billing Statement Available [Account: 418209337615]", dt,
      mid("bill-418209337615-202509", "email.amazonses.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("b1")), recv=rg(dt, 9)),
    part("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 7615, is available on the AWS web site.
Your account will be charged the following:

Total: USD 3.42

You can see a complete break down of all charges on the Billing & Cost Management Dashboard.

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", cs="us-ascii", cte="7bit"), crlf=True)

# 17 Pearson VUE appointment
dt = d(10, 9, 2, 40)
add("unrelated", False, None, ["AWS11845027"], "Genuine exam-vendor confirmation (Pearson VUE) with a 9-digit registration ID and the candidate ID.",
    H("Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P, "Confirmation of your AWS Certification exam appointment", dt,
      mid("pvue-512883019", "pearson.com"), auth=gmail_auth("pearson.com"), recv=rg(dt, 10)),
    part("""Dear Kenta Morishima,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Saturday, October 25, 2025 10:00 JST
Location: Online proctored (OnVUE)
Registration ID: 512883019
Candidate ID: AWS11845027

Please run the system test before exam day and have a valid, government-issued ID ready.

Pearson VUE
""", cs="utf-8", cte="quoted-printable"))

# 18 AWS marketing
dt = d(10, 9, 6, 0)
add("unrelated", False, None, [], "AWS marketing (re:Invent, certification lounge) inviting a reply.",
    H("AWS Events <aws-marketing-email-replies@amazon.com>", ME_P, "Last call: reserve your seat at AWS re:Invent 2025", dt,
      mid("mkt-reinvent-0993", "marketing.aws.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("m1")), recv=rg(dt, 11),
      extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsub>")]),
    multi("alternative", [
        part("Join us in Las Vegas, Dec 1-5. AWS Certified? Visit the Certification Lounge with your digital badge.\nQuestions? Just reply to this email.\nhttps://reinvent.awsevents.com\n", cs="us-ascii", cte="7bit"),
        part("<html><body><h1>AWS re:Invent 2025</h1><p>Join us in Las Vegas, Dec 1-5.</p><p><b>AWS Certified?</b> Visit the Certification Lounge with your digital badge.</p><p>Questions? Just reply to this email.</p></body></html>", sub="html", cs="us-ascii", cte="7bit")],
        "b1_mkt_0993"))

# 19 owner writes to alliance lead
dt = d(10, 9, 9, 15, JST)
ASK_SUZ = """鈴木さん

お疲れさまです、森島です。
退職に伴い AWS 認定アカウントを個人アドレスへ統合する手続きをしているのですが、
会社の認定プロファイルがパートナーに紐づいているため、Partner Central 側で
私の紐づけを解除していただく必要があるそうです。

お手すきの際に Partner Central で解除をお願いできますでしょうか。

森島
"""
add("user_reply", False, None, [], "Owner (company address) asks the partner alliance lead to release him in Partner Central; no case number.",
    H(ME_C_FULL, formataddr(("鈴木 綾", "a-suzuki@sorano-tech.co.jp"), charset="utf-8"), "Partner Central の認定紐づけ解除のお願い", dt,
      mid("msg-kmori-0912", "sorano-tech.co.jp")),
    part(ASK_SUZ, cs="iso-2022-jp", cte="7bit"))

# 20 alliance lead answers
dt = d(10, 9, 16, 40, JST)
add("unrelated", False, None, [], "Colleague replies 'done' (Outlook style, quotes owner's request); not support mail.",
    H(formataddr(("鈴木 綾", "a-suzuki@sorano-tech.co.jp"), charset="utf-8"), ME_C_FULL, "RE: Partner Central の認定紐づけ解除のお願い", dt,
      mid("msg-asuz-1640", "sorano-tech.co.jp"), irt=_ids["msg-kmori-0912"], refs=_ids["msg-kmori-0912"]),
    part("""森島さん

解除しました。AWS 側から確認の連絡が来ていたので、そちらにも返信済みです。
最後までよろしくお願いします!

鈴木

-----Original Message-----
From: 森島 健太 <k-morishima@sorano-tech.co.jp>
Sent: Thursday, October 9, 2025 9:15 AM
To: 鈴木 綾 <a-suzuki@sorano-tech.co.jp>
Subject: Partner Central の認定紐づけ解除のお願い

""" + ASK_SUZ, cs="utf-8", cte="base64"))

# 21 case_update A hold lifted
dt = d(10, 10, 4, 12)
add("case_update", False, CASE_A, [], "Hold lifted; passed to the records team; conditional 'if you have anything to add' invitation.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("liftA", "email.amazonses.com"),
      irt=_ids["holdA2"], refs="%s %s %s" % (_ids["ackA"], _ids["holdA1"], _ids["holdA2"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a4")), recv=rg(dt, 12)),
    part("""Hello Kenta,

Good news: the partner administrator has released your profile, so the hold on your case is lifted.
I've handed the request to our certification records team, who will prepare the merge and contact you with the account details shortly.

If you have anything to add in the meantime, you can reply to this email.

Regards,
Priya R.
AWS Training and Certification Customer Support
""", cs="us-ascii", cte="7bit"))

# 22 amazon.co.jp shipping (Shift_JIS)
dt = d(10, 10, 19, 2, JST)
add("unrelated", False, None, [], "Amazon.co.jp shipping notice in Shift_JIS; Amazon but not AWS.",
    H(formataddr(("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), charset="shift_jis"), ME_P, "Amazon.co.jp ご注文の商品を発送しました", dt,
      mid("ship-250-4419823-0081", "amazon.co.jp"), auth=gmail_auth("amazon.co.jp"), recv=rg(dt, 13), scs="shift_jis"),
    part("""森島 健太 様

ご注文いただいた商品を発送しました。
注文番号: 250-4419823-0081
「AWS認定ソリューションアーキテクト プロフェッショナル 問題集」

お届け予定: 10月12日(日)

Amazon.co.jp
""", cs="shift_jis", cte="8bit"))

# 23 lookalike phishing with Account #1/#2
dt = d(10, 11, 3, 30)
add("suspicious", False, None, [], "Lookalike domain (aws-certification-support.com) copying the Account #1/#2 confirmation format; DKIM passes for the lookalike, not amazon.com.",
    H("AWS Training & Certification <support@aws-certification-support.com>", ME_P, "Action required: confirm your AWS Certification account merge", dt,
      mid("c0nf-77a9", "aws-certification-support.com"), auth=gmail_auth("aws-certification-support.com", ip="91.215.85.30"), recv=rg(dt, 14)),
    multi("alternative", [
        part("""Dear Candidate,

Your merge request is ready. Please confirm the accounts below:

Account #1
Login email: kenta.morishima.k@gmail.com
Account #2
Login email: k-morishima@sorano-tech.co.jp

To confirm, sign in with your AWS Builder ID password at https://aws-certification-support.com/confirm within 12 hours.
Unconfirmed requests are cancelled and certifications may be revoked.
""", cs="us-ascii", cte="7bit"),
        part("<html><body><p>Dear Candidate,</p><p>Your merge request is ready. Please confirm the accounts below:</p><table border=1><tr><td>Account #1</td><td>kenta.morishima.k@gmail.com</td></tr><tr><td>Account #2</td><td>k-morishima@sorano-tech.co.jp</td></tr></table><p><a href=\"https://aws-certification-support.com/confirm\">Confirm now</a> within 12 hours. Unconfirmed requests are cancelled and certifications may be revoked.</p></body></html>", sub="html", cs="us-ascii", cte="7bit")],
        "==_Part_2281_77a9.1760153400"))

# 24 confirmation request A (HTML only, table)
dt = d(10, 13, 2, 55)
CONF_TXT = """Hello Kenta,

My name is Marcus and I'm with the certification records team. I located the following profiles:

Account #1
Candidate ID: AWS11845027
Login email: kenta.morishima.k@gmail.com
Training notification email: kenta.morishima.k@gmail.com
Certification notification email: kenta.morishima.k@gmail.com

Account #2
Candidate ID: AWS03918264
Login email: k-morishima@sorano-tech.co.jp
Training notification email: k-morishima@sorano-tech.co.jp
Certification notification email: k-morishima@sorano-tech.co.jp

Can you confirm both profiles belong to you and that Account #1 should be the one we keep? Everything from Account #2 (exam history, certifications, benefits) would move into it, and Account #2 would be deactivated.

Thanks,
Marcus T.
AWS Training and Certification"""
CONF_HTML = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hello Kenta,</p>
<p>My name is Marcus and I'm with the certification records team. I located the following profiles:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS11845027</td><td>AWS03918264</td></tr>
<tr><td>Login email</td><td>kenta.morishima.k@gmail.com</td><td>k-morishima@sorano-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.morishima.k@gmail.com</td><td>k-morishima@sorano-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.morishima.k@gmail.com</td><td>k-morishima@sorano-tech.co.jp</td></tr>
</table>
<p>Can you confirm both profiles belong to you and that Account #1 should be the one we keep? Everything from Account #2 (exam history, certifications, benefits) would move into it, and Account #2 would be deactivated.</p>
<p>Thanks,<br>Marcus T.<br>AWS Training and Certification</p>
</body></html>"""
add("confirmation_request", True, CASE_A, ["AWS11845027", "AWS03918264"],
    "HTML-only confirmation request with the Account #1/#2 table in columns; request phrased as a question 'Can you confirm'.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("confA", "email.amazonses.com"),
      irt=_ids["liftA"], refs="%s %s" % (_ids["ackA"], _ids["liftA"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a5")), recv=rg(dt, 15)),
    part(CONF_HTML, sub="html", cs="utf-8", cte="base64"))

# 25 Zendesk other vendor solved
dt = d(10, 13, 8, 0)
add("unrelated", False, None, [], "Another vendor's helpdesk ticket solved ('reply to reopen') - looks like a resolution/closing notice.",
    H("Backlog Support <support@nulab-support.zendesk.com>", ME_C, "[Nulab Support] Re: Cannot export Gantt chart (Request #58213)", dt,
      mid("zd-58213-solved", "nulab-support.zendesk.com"), auth=m365_auth("zendesk.com"), extra=[("X-Mailer", "Zendesk Mailer")]),
    part("""##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen this request, reply to this email.

Hiroshi (Nulab Support)
Oct 13, 2025, 17:00 JST

The export issue was fixed in today's release. We'll close this ticket now; if the problem comes back, just reply and we'll pick it up again.
""", cs="utf-8", cte="quoted-printable"))

# 26 connpass
dt = d(10, 14, 12, 0, JST)
add("unrelated", False, None, [], "Japanese community event reminder (JAWS-UG-like) about certification.",
    H(formataddr(("connpass", "no-reply@connpass.com"), charset="utf-8"), ME_P, "【リマインド】AWS認定 合格者LT会 #18 は明日開催です", dt,
      mid("cp-rem-331902", "connpass.com"), auth=gmail_auth("connpass.com"), recv=rg(dt, 16)),
    part("""森島 健太 さん

明日開催のイベントのリマインドです。
AWS認定 合格者LT会 #18
日時: 10月15日(水) 19:30〜
会場: オンライン(参加URLはイベントページをご確認ください)

キャンセルされる場合は、イベントページから参加登録の取り消しをお願いします。
""", cs="utf-8", cte="base64"))

# 27 closing notice A (Outlook quoting of confirmation)
dt = d(10, 15, 1, 30)
add("closing_notice", True, CASE_A, [],
    "Closing warning on top of an Outlook-style quoted confirmation request; candidate IDs only in the quote.",
    H(TC_FULL, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("closeA", "email.amazonses.com"),
      irt=_ids["confA"], refs="%s %s %s" % (_ids["ackA"], _ids["liftA"], _ids["confA"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a6")), recv=rg(dt, 17)),
    part("""Hello Kenta,

Just following up on my note below. As we have not received a response, this case is scheduled to close after three business days. A reply before then keeps it open and lets us complete the merge; if it does close, replying to this thread will reopen it.

Thanks,
Marcus T.
AWS Training and Certification

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Monday, October 13, 2025 2:55 AM
To: %s
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME_P, CASE_A, SUBJ_A, CONF_TXT), cs="utf-8", cte="quoted-printable"), crlf=True)

# 28 user reply confirm
dt = d(10, 15, 12, 8, JST)
add("user_reply", False, CASE_A, [], "Owner's short confirmation, top-posted over the whole history.",
    H(ME_P_FULL, TC, "Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("CAF9x-ur2-kmori", "mail.gmail.com"),
      irt=_ids["closeA"], refs="%s %s %s" % (_ids["ackA"], _ids["confA"], _ids["closeA"])),
    part("""Confirmed. Both accounts are mine - please merge into Account #1 (kenta.morishima.k@gmail.com).
Sorry for the slow reply.

Kenta

On Wed, Oct 15, 2025 at 10:30 AM Amazon Web Services <%s> wrote:
> Hello Kenta,
>
> Just following up on my note below. As we have not received a response, this case is scheduled to close after three business days.
> [...]
%s
""" % (TC, q(CONF_TXT)), cs="utf-8", cte="8bit"))

# 29 resolved A (quotes the confirmation request)
dt = d(10, 15, 6, 51)
RES_A = """Hello Kenta,

Thank you for confirming. I have successfully merged all accounts: the exam history, certifications and benefits from Account #2 are now on Account #1, and Account #2 has been deactivated. Your candidate ID going forward is AWS11845027.

Digital badges are re-issued automatically and can take up to 48 hours to show up in Credly. No further action is required on your part.

We value your feedback. Please share your experience by rating this correspondence using the link below.
https://support.aws.amazon.com/feedback?case=%s

Best regards,
Marcus T.
AWS Training and Certification""" % CASE_A
add("resolved", False, CASE_A, ["AWS11845027"],
    "Merge done; quotes the owner's reply and the earlier 'Can you confirm' request; rating footer.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("resA", "email.amazonses.com"),
      irt=_ids["CAF9x-ur2-kmori"], refs="%s %s %s %s" % (_ids["ackA"], _ids["confA"], _ids["closeA"], _ids["CAF9x-ur2-kmori"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a7")), recv=rg(dt, 18)),
    part("""%s

---- Original message ----
From: Kenta Morishima <%s>
Date: Wed, Oct 15, 2025 03:08 AM
Subject: Re: RE: [CASE %s]

Confirmed. Both accounts are mine - please merge into Account #1 (kenta.morishima.k@gmail.com).

> %s
""" % (RES_A, ME_P, CASE_A, CONF_TXT.replace("\n", "\n> ")), cs="utf-8", cte="quoted-printable"))

# 30 Credly badge
dt = d(10, 15, 9, 20)
add("badge", False, None, [], "Credly badge issued after the merge (multipart).",
    H("Credly <admin@credly.com>", ME_P, "Amazon Web Services Training and Certification sent you a badge", dt,
      mid("credly-b-8f21c0", "credly.com"), auth=gmail_auth("credly.com"), recv=rg(dt, 19)),
    multi("alternative", [
        part("Congratulations, Kenta!\n\nAmazon Web Services Training and Certification has issued you the badge: AWS Certified Solutions Architect - Associate.\nAccept your badge: https://www.credly.com/badges/8f21c0d4-5b3e-4c1a-9e77-2a0c6b1d9f10\n", cs="utf-8", cte="7bit"),
        part("<html><body><h2>Congratulations, Kenta!</h2><p>Amazon Web Services Training and Certification has issued you the badge <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p><p><a href=\"https://www.credly.com/badges/8f21c0d4-5b3e-4c1a-9e77-2a0c6b1d9f10\">Accept badge</a></p></body></html>", sub="html", cs="utf-8", cte="7bit")],
        "--credly-8f21c0"))

# 31 Credly old domain second badge
dt = d(10, 15, 9, 21)
add("badge", False, None, [], "Second badge from the older youracclaim.com domain, plain text only.",
    H("Acclaim <admin@youracclaim.com>", ME_P, "You've earned a new badge: AWS Certified Developer - Associate", dt,
      mid("acclaim-b-1be7", "youracclaim.com"), auth=gmail_auth("youracclaim.com"), recv=rg(dt, 20)),
    part("Hi Kenta,\n\nAmazon Web Services Training and Certification issued you a badge. Claim it and share it:\nhttps://www.youracclaim.com/badges/1be7a9c2-0d3f-4f6a-8b1e-77c2d4e5f601\n", cs="us-ascii", cte="7bit"))

# 32 survey A
dt = d(10, 16, 1, 0)
add("survey", False, CASE_A, [], "Post-case satisfaction survey, HTML with rating links.",
    H("Amazon Web Services <aws-cs-survey@amazon.com>", ME_P, "How did we do? Your AWS Training and Certification case %s" % CASE_A, dt,
      mid("surveyA", "email.amazonses.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("s1")), recv=rg(dt, 21)),
    multi("alternative", [
        part("Hello,\n\nYour recent case %s with AWS Training and Certification was resolved. Would you take one minute to tell us how we did?\nVery satisfied: https://survey.aws/r?c=%s&s=5\nVery dissatisfied: https://survey.aws/r?c=%s&s=1\n" % (CASE_A, CASE_A, CASE_A), cs="us-ascii", cte="7bit"),
        part("<html><body><p>Hello,</p><p>Your recent case %s with AWS Training and Certification was resolved. Would you take one minute to tell us how we did?</p><p><a href=\"https://survey.aws/r?c=%s&s=5\">&#9733;&#9733;&#9733;&#9733;&#9733;</a> ... <a href=\"https://survey.aws/r?c=%s&s=1\">&#9733;</a></p></body></html>" % (CASE_A, CASE_A, CASE_A), sub="html", cs="us-ascii", cte="7bit")],
        "----=_Part_11823_99102.1760576400"))

# 33 owner forwards resolution to alliance lead
dt = d(10, 16, 10, 2, JST)
add("user_reply", False, CASE_A, [], "Owner forwards the resolution to the colleague (Gmail forward header), 'successfully merged' inside.",
    H(ME_C_FULL, formataddr(("鈴木 綾", "a-suzuki@sorano-tech.co.jp"), charset="utf-8"), "Fwd: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt,
      mid("msg-kmori-fwd-1016", "sorano-tech.co.jp")),
    part("""鈴木さん

先日はありがとうございました。無事に統合が完了しました。共有まで。

森島

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: Wed, Oct 15, 2025 at 3:51 PM
Subject: RE:[CASE %s] %s
To: <%s>

%s
""" % (TC, CASE_A, SUBJ_A, ME_P, RES_A), cs="utf-8", cte="base64"))

# 34 GitHub issue closed
dt = d(10, 16, 5, 0)
add("unrelated", False, None, [], "GitHub issue 'closed as completed' - looks like a resolution.",
    H("Kenta Morishima <notifications@github.com>", "sorano-tech/infra-modules <infra-modules@noreply.github.com>",
      "Re: [sorano-tech/infra-modules] Track baseline merge (Issue #405)", dt,
      "<sorano-tech/infra-modules/issue/405/issue_event/1881@github.com>", cc="State change <state_change@noreply.github.com>",
      auth=gmail_auth("github.com"), recv=rg(dt, 22)),
    part("Closed #405 as completed via #412.\n\n--\nReply to this email directly or view it on GitHub:\nhttps://github.com/sorano-tech/infra-modules/issues/405\n", cs="utf-8", cte="7bit"))

# 35 console ack C
dt = d(10, 17, 0, 40)
CON_FOOT = """To see all correspondence on this case or to respond, please sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Use the link above to reply in the Support Center.*

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.""" % CASE_C
add("acknowledgement", False, CASE_C, ["AWS03918264", "AWS11845027"],
    "Support Center (console) case acknowledgement; footer says replies by email are impossible; 10-digit case id.",
    H(NOREPLY, ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, dt, mid("conackC", "email.amazonses.com"),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("c1")), recv=rg(dt, 23)),
    part("""Dear AWS customer,

We have opened case %s on your behalf.

The details of your case are as follows:

Case ID: %s
Subject: 50%% exam benefit missing after account merge
Severity: General guidance
Correspondence: My accounts were merged under case %s. My 50%% discount benefit from the old account (AWS03918264) is not visible on AWS11845027.

%s
""" % (CASE_C, CASE_C, CASE_A, CON_FOOT), cs="utf-8", cte="7bit"))

# 36 Microsoft cert support closed (other vendor)
dt = d(10, 17, 3, 10)
add("unrelated", False, None, [], "Microsoft certification support: case closed, reply to reopen - other vendor's closing notice.",
    H("Microsoft Certification Support <mcpsupport@microsoft.com>", ME_P, "Case 2510150040007741 has been closed - Microsoft Certification", dt,
      mid("ms-2510150040007741", "microsoft.com"), auth=gmail_auth("microsoft.com"), recv=rg(dt, 24)),
    part("""Hello Kenta,

We have not heard back from you regarding your transcript sharing request, so we have closed case 2510150040007741.
If you still need help, reply to this email within 10 days and the case will be reopened.

Microsoft Certification Support
""", cs="us-ascii", cte="7bit"))

# 37 console info request C
dt = d(10, 18, 2, 5)
add("info_request", True, CASE_C, [],
    "Console case asks for exam details; must be answered in the Support Center, not by email.",
    H(NOREPLY, ME_P, "RE:[CASE %s] 50%% exam benefit missing after account merge" % CASE_C, dt, mid("coninfoC", "email.amazonses.com"),
      irt=_ids["conackC"], refs=_ids["conackC"], auth=gmail_auth("amazon.com", mailfrom=ses_from("c2")), recv=rg(dt, 25)),
    part("""Hello,

Thanks for your patience. Benefits are tied to the exam that earned them, so I need to find the original record.
Which exam did you pass to receive the voucher, and roughly when? An exam registration number, if you still have it, would help too.

Kindly add this information to the case through the Support Center.

Best regards,
Hana K.
Amazon Web Services

%s
""" % CON_FOOT, cs="utf-8", cte="quoted-printable"))

# 38 owner replies by email to no-reply by mistake
dt = d(10, 18, 20, 12, JST)
add("user_reply", False, CASE_C, [], "Owner answers the console case by email (to the no-reply address) - it will bounce.",
    H(ME_P_FULL, "no-reply-aws@amazon.com", "Re: RE:[CASE %s] 50%% exam benefit missing after account merge" % CASE_C, dt,
      mid("CAF9x-ur3-kmori", "mail.gmail.com"), irt=_ids["coninfoC"], refs="%s %s" % (_ids["conackC"], _ids["coninfoC"])),
    part("""Hi Hana,

It was the SAA-C03 exam on March 8, 2024 (Pearson VUE registration 477120938).

Thanks,
Kenta

2025年10月18日(土) 11:05 Amazon Web Services <no-reply-aws@amazon.com>:
> Hello,
>
> Thanks for your patience. Benefits are tied to the exam that earned them, so I need to find the original record.
> Which exam did you pass to receive the voucher, and roughly when?
""", cs="utf-8", cte="8bit"))

# 39 bounce
dt = d(10, 18, 11, 13)
add("unrelated", False, CASE_C, [], "Mailer-daemon bounce of the owner's email to no-reply-aws@amazon.com; carries the case subject but is not from support. Judgement: unrelated, case kept.",
    H("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)", dt,
      mid("bounce-ur3", "mx.google.com"), irt=_ids["CAF9x-ur3-kmori"], refs=_ids["CAF9x-ur3-kmori"],
      extra=[("Auto-Submitted", "auto-replied")]),
    multi("report; report-type=delivery-status", [
        part("""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
""", cs="utf-8", cte="7bit"),
        ([("Content-Type", "message/delivery-status")], b"Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n"),
        ([("Content-Type", "text/rfc822-headers")], ("From: %s\nTo: no-reply-aws@amazon.com\nSubject: Re: RE:[CASE %s] 50%% exam benefit missing after account merge\nMessage-ID: %s\n" % (ME_P_FULL, CASE_C, _ids["CAF9x-ur3-kmori"])).encode())],
        "00000000000096e1f2064150bb31"))

# 40 Skill Builder receipt
dt = d(10, 19, 4, 0)
add("unrelated", False, None, [], "AWS Skill Builder subscription receipt from aws.training.",
    H("AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder receipt", dt,
      mid("sb-rcpt-771200931845", "aws.training"), auth=gmail_auth("aws.training"), recv=rg(dt, 26)),
    part("""Thank you for your purchase.

Order number: 771200931845
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00

Questions about your subscription? Visit the Skill Builder help page.
""", cs="us-ascii", cte="7bit"))

# 41 ack D Japanese (Shift_JIS)
dt = d(10, 20, 1, 3)
SUBJ_D = "[AWS Training and Certification Form Submission] - certification"
add("acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement in Shift_JIS (8bit) for the name-correction case.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("ackD", "email.amazonses.com"),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("d1")), recv=rg(dt, 27)),
    part("""お客様

Amazon Web Services にお問い合わせいただき、ありがとうございます。
ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。
ケース ID: %s
件名: 認定証の氏名表記の修正
内容: 認定証の氏名が「MORISHIMA KENTA」ではなく「KENTA MORISIMA」と誤って表示されています。

通常24時間以内に担当者よりご連絡いたします。
同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。

Amazon Web Services
""" % (CASE_D, CASE_D), cs="shift_jis", cte="8bit"))

# 42 colleague out-of-office (English)
dt = d(10, 20, 2, 0)
add("unrelated", False, None, [], "Automatic reply from an external partner contact.",
    H("Lisa Park <lisa.park@northwind-consult.com>", ME_C, "Automatic reply: Sorano handover contacts", dt,
      mid("oof-lpark-1020", "northwind-consult.com"), auth=m365_auth("northwind-consult.com"), extra=[("Auto-Submitted", "auto-replied")]),
    part("Thank you for your message. I am travelling until October 24 with limited access to email. I will respond when I return.\n", cs="us-ascii", cte="7bit"), crlf=True)

# 43 info request D (JP keigo, ISO-2022-JP)
dt = d(10, 20, 6, 44)
INFO_D = """森島様

AWS トレーニングと認定カスタマーサポートの佐藤でございます。
お問い合わせいただきありがとうございます。

認定証の氏名表記を修正するにあたり、ご本人様確認のため、
政府発行の身分証明書に記載されているとおりのお名前(ローマ字表記)と、
対象アカウントの AWS 候補 ID をご返信いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート"""
add("info_request", True, CASE_D, [], "Japanese keigo request (〜いただけますでしょうか) in ISO-2022-JP; asks for legal name and candidate ID.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("infoD", "email.amazonses.com"),
      irt=_ids["ackD"], refs=_ids["ackD"], auth=gmail_auth("amazon.com", mailfrom=ses_from("d2")), recv=rg(dt, 28)),
    part(INFO_D + "\n", cs="iso-2022-jp", cte="7bit"))

# 44 closing notice C (console auto-resolve warning)
dt = d(10, 21, 2, 30)
add("closing_notice", True, CASE_C, [], "Console case will auto-resolve without an answer in the Support Center; the owner's e-mail answer bounced, so he still owes one.",
    H(NOREPLY, ME_P, "RE:[CASE %s] 50%% exam benefit missing after account merge" % CASE_C, dt, mid("conclC", "email.amazonses.com"),
      irt=_ids["coninfoC"], refs="%s %s" % (_ids["conackC"], _ids["coninfoC"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("c3")), recv=rg(dt, 29)),
    part("""Hello,

We haven't received your reply on this case. If we don't hear from you, the case will be resolved automatically in 3 days. To keep it open, add a reply in the Support Center. Cases that have been resolved for more than 14 days can't be reopened.

Amazon Web Services

%s
""" % CON_FOOT, cs="us-ascii", cte="7bit"))

# 45 Credly lookalike
dt = d(10, 21, 8, 17)
add("suspicious", False, None, [], "Credly lookalike domain threatening badge revocation, credential link.",
    H("Credly <admin@credly-badge-center.com>", ME_P, "Urgent: your AWS badges will be revoked", dt,
      mid("rv-22918", "credly-badge-center.com"), auth=gmail_auth("credly-badge-center.com", dkim="none", spf="softfail", dmarc="none", ip="45.137.21.9"), recv=rg(dt, 30)),
    part("""Dear Badge Earner,

Because your AWS Certification accounts were recently merged, your badges must be re-validated.
Sign in with your AWS Builder ID within 48 hours or your badges will be revoked:
http://credly-badge-center.com/aws/revalidate

Credly Support Team
""", cs="us-ascii", cte="7bit"))

# 46 resolved C (console) with feedback footer
dt = d(10, 22, 1, 15)
add("resolved", False, CASE_C, [], "Console case resolved: voucher re-issued; 'We value your feedback' footer and Support Center footer.",
    H(NOREPLY, ME_P, "RE:[CASE %s] 50%% exam benefit missing after account merge" % CASE_C, dt, mid("conresC", "email.amazonses.com"),
      irt=_ids["conclC"], refs="%s %s %s" % (_ids["conackC"], _ids["coninfoC"], _ids["conclC"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("c4")), recv=rg(dt, 31)),
    multi("alternative", [
        part("""Hello,

Thank you for the exam details you added in the Support Center. I found the SAA-C03 record from March 2024 and have re-issued the 50%% discount benefit to your current account. It now appears under Benefits and is valid until March 8, 2027.

I'm marking this case as resolved.

We value your feedback. Please share your experience by rating this correspondence in the Support Center.

Best regards,
Hana K.
Amazon Web Services

%s
""" % CON_FOOT, cs="utf-8", cte="quoted-printable"),
        part("""<html><body><p>Hello,</p><p>Thank you for the exam details you added in the Support Center. I found the SAA-C03 record from March 2024 and have re-issued the 50%% discount benefit to your current account. It now appears under <b>Benefits</b> and is valid until March 8, 2027.</p><p>I'm marking this case as resolved.</p><p><i>We value your feedback. Please share your experience by rating this correspondence in the Support Center.</i></p><p>Best regards,<br>Hana K.<br>Amazon Web Services</p><p style="font-size:11px">%s</p></body></html>""" % CON_FOOT.replace("\n", "<br>"), sub="html", cs="utf-8", cte="quoted-printable")],
        "----=_Part_661204_1309.1761095700"))

# 47 certification benefit
dt = d(10, 22, 1, 40)
add("certification", False, None, ["AWS11845027"], "CertMetrics benefit notice (voucher) - related topic but program mail, not the case.",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "A new benefit is available in your AWS Certification Account", dt,
      mid("benefit-11845027-50", "certmetrics.com"), auth=gmail_auth("certmetrics.com"), recv=rg(dt, 32)),
    part("""Hello Kenta,

A 50% exam discount voucher has been added to your AWS Certification Account (AWS11845027).
Sign in and open Benefits to view the code. Please note that this mailbox does not accept replies.

AWS Certification
""", cs="utf-8", cte="7bit"))

# 48 survey C
dt = d(10, 22, 23, 0)
add("survey", False, CASE_C, [], "Support Center case feedback request.",
    H(NOREPLY, ME_P, "Tell us about your recent AWS Support experience (case %s)" % CASE_C, dt, mid("surveyC", "email.amazonses.com"),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("s2")), recv=rg(dt, 33)),
    part("""Hello,

Your support case %s was recently resolved. How satisfied were you with the help you received?
Answer a short survey (2 questions): https://console.aws.amazon.com/support/feedback?displayId=%s

This survey is optional. This address cannot accept incoming e-mails.
Amazon Web Services
""" % (CASE_C, CASE_C), cs="us-ascii", cte="7bit"))

# 49 closing notice D (JP, UTF-8 base64)
dt = d(10, 23, 2, 0)
CLOSE_D = """森島様

佐藤でございます。
先日お送りしたご連絡につきまして、まだご返信を確認できておりません。

3営業日以内にご返信をいただけない場合、本ケースはクローズとさせていただきます。
ご返信をいただければケースは引き続きオープンのままとなり、クローズ後でも本メールへご返信いただくことで再開が可能です。

AWS トレーニングと認定 カスタマーサポート"""
add("closing_notice", True, CASE_D, [], "Japanese closing notice (UTF-8, base64) quoting the earlier request with 「…より:」 style.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("closeD", "email.amazonses.com"),
      irt=_ids["infoD"], refs="%s %s" % (_ids["ackD"], _ids["infoD"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("d3")), recv=rg(dt, 34)),
    part(CLOSE_D + "\n\n2025/10/20 15:44、Amazon Web Services より:\n" + q(INFO_D) + "\n", cs="utf-8", cte="base64"))

# 50 user reply D (JP)
dt = d(10, 23, 19, 30, JST)
add("user_reply", False, CASE_D, ["AWS11845027"], "Owner's Japanese reply (ISO-2022-JP) with legal name and candidate ID; quotes the closing notice.",
    H(ME_P_FULL, TC, "Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("CAF9x-ur4-kmori", "mail.gmail.com"),
      irt=_ids["closeD"], refs="%s %s %s" % (_ids["ackD"], _ids["infoD"], _ids["closeD"])),
    part("""佐藤様

ご連絡が遅くなり申し訳ありません。
身分証明書の表記: MORISHIMA KENTA
AWS 候補 ID: AWS11845027

よろしくお願いいたします。
森島 健太

2025年10月23日(木) 11:00 Amazon Web Services <%s>:
%s
""" % (TC, q(CLOSE_D)), cs="iso-2022-jp", cte="7bit"))

# 51 newsletter
dt = d(10, 24, 8, 0, JST)
add("unrelated", False, None, [], "Newsletter #213, HTML only, with 'confirm your subscription' wording.",
    H(formataddr(("クラウド週報", "news@cloud-shuho.jp"), charset="utf-8"), ME_P, "【クラウド週報】第213号 re:Invent 直前特集", dt,
      mid("n213", "cloud-shuho.jp"), auth=gmail_auth("cloud-shuho.jp"), recv=rg(dt, 35)),
    part("<html><body><h3>クラウド週報 第213号</h3><ul><li>re:Invent 直前特集</li><li>認定試験の受験記</li></ul><p>配信設定の確認をお願いします: <a href='https://cloud-shuho.jp/pref'>こちら</a></p></body></html>", sub="html", cs="utf-8", cte="quoted-printable"))

# 52 case update D (English reply to Japanese thread)
dt = d(10, 24, 3, 20)
add("case_update", False, CASE_D, [], "English update on the Japanese case: passed to the records team; quotes the owner's Japanese reply.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("updD", "email.amazonses.com"),
      irt=_ids["CAF9x-ur4-kmori"], refs="%s %s %s" % (_ids["infoD"], _ids["closeD"], _ids["CAF9x-ur4-kmori"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("d4")), recv=rg(dt, 36)),
    part("""Dear Morishima-san,

Thank you for the information. I have passed your name correction to our certification records team; they are reviewing it now and I will let you know when the change is complete.

Kind regards,
Sato
AWS Training and Certification Customer Support

> 身分証明書の表記: MORISHIMA KENTA
> AWS 候補 ID: AWS11845027
""", cs="utf-8", cte="quoted-printable"))

# 53 on_hold D (exam provider must act)
dt = d(10, 24, 9, 5)
add("on_hold", False, CASE_D, [], "Case D paused while the exam delivery provider updates its record; no question to the owner.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_D, SUBJ_D), dt, mid("holdD", "email.amazonses.com"),
      irt=_ids["updD"], refs="%s %s" % (_ids["infoD"], _ids["updD"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("d5")), recv=rg(dt, 37)),
    part("""森島様

認定記録チームにて確認したところ、氏名は試験配信会社(Pearson VUE)の登録情報と連携しているため、先方での更新が必要となります。
現在、先方に修正を依頼しており、反映されるまで本ケースは保留とさせていただきます。
森島様にてご対応いただくことは特にございません。進捗がありましたらご連絡いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", cs="utf-8", cte="base64"))

# 54 exam result
dt = d(10, 26, 5, 0)
add("certification", False, None, [], "Exam result available (passed SAP-C02).",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Your AWS Certification exam results are available", dt,
      mid("result-sapc02-1026", "certmetrics.com"), auth=gmail_auth("certmetrics.com"), recv=rg(dt, 38)),
    multi("alternative", [
        part("Hello Kenta,\n\nYour results for AWS Certified Solutions Architect - Professional (SAP-C02) are now available in your AWS Certification Account.\nResult: PASS\n\nAWS Certification\n", cs="us-ascii", cte="7bit"),
        part("<html><body><p>Hello Kenta,</p><p>Your results for <b>AWS Certified Solutions Architect - Professional (SAP-C02)</b> are now available.</p><p>Result: <b>PASS</b></p></body></html>", sub="html", cs="us-ascii", cte="7bit")],
        "----=_Part_40021_7781.1761454800"))

# 55 AWS Educate info request (other program)
dt = d(10, 27, 0, 30)
add("unrelated", False, CASE_EDU, [], "AWS Educate form case asks a question - a real AWS request, but another program, so not a T&C case and no reply flag. Judgement call.",
    H("Amazon Web Services <aws-cs-educate-form@amazon.com>", ME_P, "RE:[CASE %s] [AWS Educate Form Submission] - mentor-access" % CASE_EDU, dt,
      mid("eduinfo", "email.amazonses.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("e1")), recv=rg(dt, 39)),
    part("""Hello,

Thank you for your interest in volunteering as an AWS Educate mentor. Could you send us the name of the university club you support and the faculty advisor's email address?

Regards,
AWS Educate Support
""", cs="us-ascii", cte="7bit"))

# 56 AWS Japan marketing (JP)
dt = d(10, 27, 1, 0)
add("unrelated", False, None, [], "AWS Japan marketing in Japanese (HTML+text), talks about certification discounts.",
    H(formataddr(("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), charset="utf-8"), ME_P,
      "【AWS】認定試験 50% 割引キャンペーンのご案内", dt, mid("mkt-jp-cert50", "marketing.aws.com"),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("m2")), recv=rg(dt, 40)),
    multi("alternative", [
        part("いつも AWS をご利用いただきありがとうございます。\n期間限定で AWS 認定試験の受験料が 50% 割引となるキャンペーンを実施中です。\n詳細はキャンペーンページをご確認ください。\nご質問がございましたら、本メールにご返信ください。\n", cs="utf-8", cte="base64"),
        part("<html><body><p>いつも AWS をご利用いただきありがとうございます。</p><p>期間限定で <b>AWS 認定試験の受験料が 50% 割引</b>となるキャンペーンを実施中です。</p></body></html>", sub="html", cs="utf-8", cte="base64")],
        "mktjp_9921"))

# 57 resolved D (no case id, subject without token)
dt = d(10, 28, 2, 10)
add("resolved", False, CASE_D, [], "Japanese resolution whose subject lacks the case token and body has no case id; belongs to case D only via In-Reply-To/References. Conditional 〜がございましたら.",
    H(TC_FULL, ME_P, "Re: 認定証の氏名表記について", dt, mid("resD", "email.amazonses.com"),
      irt=_ids["holdD"], refs="%s %s %s" % (_ids["infoD"], _ids["updD"], _ids["holdD"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("d6")), recv=rg(dt, 41)),
    part("""森島様

お待たせいたしました。試験配信会社での更新が完了し、認定アカウントおよび認定証の氏名表記を「MORISHIMA KENTA」に修正いたしました。
新しい認定証は認定アカウントからダウンロードいただけます。追加のご対応は不要です。

ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", cs="iso-2022-jp", cte="7bit"))

# 58 survey D (JP)
dt = d(10, 28, 23, 0)
add("survey", False, CASE_D, [], "Japanese survey about case D with rating links, asks 'ご回答いただけますでしょうか' (optional).",
    H(formataddr(("Amazon Web Services", "aws-cs-survey@amazon.com"), charset="utf-8"), ME_P, "サポートケース %s に関するアンケートのお願い" % CASE_D, dt,
      mid("surveyD", "email.amazonses.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("s3")), recv=rg(dt, 42)),
    part("""このたびは AWS トレーニングと認定にお問い合わせいただき、ありがとうございました。
ケース %s の対応について、1分ほどのアンケートにご回答いただけますでしょうか。
https://survey.aws/r?c=%s&lang=ja

サービス向上のため、皆様のご意見を参考にさせていただきます。
""" % (CASE_D, CASE_D), cs="utf-8", cte="quoted-printable"))

# 59 Credly badge updated
dt = d(10, 29, 0, 5)
add("badge", False, None, [], "Credly: badge details updated after the name change.",
    H("Credly <admin@credly.com>", ME_P, "Your badge from Amazon Web Services Training and Certification has been updated", dt,
      mid("credly-upd-3c77", "credly.com"), auth=gmail_auth("credly.com"), recv=rg(dt, 43)),
    part("Hi MORISHIMA KENTA,\n\nThe issuer updated the earner name on your badge AWS Certified Solutions Architect - Associate. No action is needed.\nView badge: https://www.credly.com/badges/8f21c0d4-5b3e-4c1a-9e77-2a0c6b1d9f10\n", cs="utf-8", cte="7bit"))

# 60 owner reopens A
dt = d(10, 28, 21, 40, JST)
add("user_reply", False, CASE_A, [], "Owner writes back on the resolved case: an old exam is missing (reopen request).",
    H(ME_P_FULL, TC, "Re: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("CAF9x-ur5-kmori", "mail.gmail.com"),
      irt=_ids["resA"], refs="%s %s" % (_ids["confA"], _ids["resA"])),
    part("""Hello Marcus,

Thanks again for the merge. Checking the exam history today, my AWS Certified Cloud Practitioner
exam from 2021 is missing, and that certification is not listed. Could you take another look?

Kenta

On Wed, Oct 15, 2025 at 3:51 PM Amazon Web Services <%s> wrote:
%s
""" % (TC, q(RES_A)), cs="utf-8", cte="quoted-printable"))

# 61 reopened notice
dt = d(10, 29, 1, 2)
add("case_update", False, CASE_A, [], "Case reopened notice; subject has no case token, id only in the body ('Case ID:').",
    H(TC_FULL, ME_P, "We've reopened your case", dt, mid("reopenA", "email.amazonses.com"),
      irt=_ids["CAF9x-ur5-kmori"], refs="%s %s" % (_ids["resA"], _ids["CAF9x-ur5-kmori"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a8")), recv=rg(dt, 44)),
    part("""Hello,

Your reply has reopened the following case, and it is back in our queue:

Case ID: %s
Subject: Account Merge

An agent will follow up with you soon.

Amazon Web Services
""" % CASE_A, cs="us-ascii", cte="7bit"), crlf=True)

# 62 info request: write from company address
dt = d(10, 29, 5, 25)
INFO_A2 = """Hi Kenta,

Priya again - I picked your case back up.

I found the missing exam. It sits on a third certification profile, AWS08820461, which appears to have been created through a Partner Central sign-in and is registered to k-morishima@sorano-tech.co.jp. It wasn't part of the original request, so for security the request to include it has to come from the address on that profile.

Please send us a brief note from k-morishima@sorano-tech.co.jp (a reply to this case is fine) saying that you want AWS08820461 merged as well. Since you mentioned that mailbox closes on October 31, it would be best to do this before then.

Thanks,
Priya R.
AWS Training and Certification Customer Support"""
add("info_request", True, CASE_A, ["AWS08820461"], "Asks the owner to write from the other (company) address - not a merge confirmation itself.",
    H(TC_FULL, ME_P, "RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("infoA2", "email.amazonses.com"),
      irt=_ids["reopenA"], refs="%s %s %s" % (_ids["resA"], _ids["CAF9x-ur5-kmori"], _ids["reopenA"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("a9")), recv=rg(dt, 45)),
    part(INFO_A2 + "\n", cs="utf-8", cte="quoted-printable"))

# 63 IT notice
dt = d(10, 29, 11, 0, JST)
add("unrelated", False, None, [], "Company IT: mailbox shutdown notice (Japanese, ISO-2022-JP) with an instruction to act.",
    H(formataddr(("情報システム部", "it-helpdesk@sorano-tech.co.jp"), charset="iso-2022-jp"), ME_C, "【重要】メールアカウント停止のお知らせ(10/31 18:00)", dt,
      mid("it-stop-kmori", "sorano-tech.co.jp"), scs="iso-2022-jp"),
    part("""森島 健太 様

退職に伴い、下記アカウントを 10月31日 18:00 に停止いたします。
  k-morishima@sorano-tech.co.jp
必要なメールは停止前に各自で退避してください。停止後の復旧はできません。

情報システム部 ヘルプデスク
""", cs="iso-2022-jp", cte="7bit"))

# 64 user reply from company address
dt = d(10, 29, 19, 5, JST)
UR6 = """Hello Priya,

I'm writing from k-morishima@sorano-tech.co.jp as requested. The profile AWS08820461 is mine;
please merge it into my personal account as well.

Best regards,
Kenta Morishima"""
add("user_reply", False, CASE_A, ["AWS08820461"], "Owner writes from the company address as asked (Outlook-style quote).",
    H(ME_C_FULL, TC, "RE: RE:[CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("msg-kmori-ur6", "sorano-tech.co.jp"),
      irt=_ids["infoA2"], refs="%s %s" % (_ids["reopenA"], _ids["infoA2"]), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    part("""%s

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Wednesday, October 29, 2025 2:25 PM
To: %s
Subject: RE:[CASE %s] %s

%s
""" % (UR6, TC, ME_P, CASE_A, SUBJ_A, INFO_A2), cs="utf-8", cte="quoted-printable"), crlf=True)

# 65 confirmation request to company address
dt = d(10, 30, 1, 48)
CONF2 = """Hi Kenta,

Thank you, that's what we needed. Before I go ahead, a final check:

Account #3 - AWS08820461 - k-morishima@sorano-tech.co.jp (Cloud Practitioner, 2021)
will be merged into
Account #1 - AWS11845027 - kenta.morishima.k@gmail.com

Reply "yes" to this message and I'll complete it. If anything above looks wrong, tell me what to change.

Priya R.
AWS Training and Certification Customer Support"""
add("confirmation_request", True, CASE_A, ["AWS08820461", "AWS11845027"],
    "Confirmation request delivered to the COMPANY address (support answers where the mail came from); 'Reply \"yes\"' phrasing.",
    H(TC_FULL, ME_C, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("confA2", "email.amazonses.com"),
      irt=_ids["msg-kmori-ur6"], refs="%s %s" % (_ids["infoA2"], _ids["msg-kmori-ur6"]),
      auth=m365_auth("amazon.com", mailfrom="amazonses.com")),
    multi("alternative", [
        part(CONF2 + "\n", cs="utf-8", cte="7bit"),
        part("<html><body><p>Hi Kenta,</p><p>Thank you, that's what we needed. Before I go ahead, a final check:</p><p><b>Account #3</b> - AWS08820461 - k-morishima@sorano-tech.co.jp (Cloud Practitioner, 2021)<br>will be merged into<br><b>Account #1</b> - AWS11845027 - kenta.morishima.k@gmail.com</p><p>Reply &quot;yes&quot; to this message and I'll complete it. If anything above looks wrong, tell me what to change.</p><p>Priya R.<br>AWS Training and Certification Customer Support</p></body></html>", sub="html", cs="utf-8", cte="quoted-printable")],
        "_000_TY3PR01MB9981E2A1C4D7F3B0TY3PR01MB9981apcp_"))

# 66 user reply yes (company)
dt = d(10, 30, 11, 15, JST)
add("user_reply", False, CASE_A, [], "Owner's one-word-ish answer from the company address; Outlook quote header block.",
    H(ME_C_FULL, TC, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("msg-kmori-ur7", "sorano-tech.co.jp"),
      irt=_ids["confA2"], refs="%s %s %s" % (_ids["infoA2"], _ids["msg-kmori-ur6"], _ids["confA2"]), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
    part("""Yes - please go ahead.

Kenta

________________________________
From: Amazon Web Services <%s>
Sent: Thursday, October 30, 2025 10:48
To: 森島 健太 <%s>
Subject: RE: [CASE %s] %s

%s
""" % (TC, ME_C, CASE_A, SUBJ_A, CONF2), cs="utf-8", cte="base64"), crlf=True)

# 67 case update: scheduled
dt = d(10, 30, 4, 30)
add("case_update", False, CASE_A, [], "Still-working update: merge queued with the records team; 'no need to reply'.",
    H(TC_FULL, ME_C, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("updA3", "email.amazonses.com"),
      cc=ME_P, irt=_ids["msg-kmori-ur7"], refs="%s %s" % (_ids["confA2"], _ids["msg-kmori-ur7"]),
      auth=m365_auth("amazon.com", mailfrom="amazonses.com")),
    part("""Hi Kenta,

Got it, thanks. The merge of the third profile is queued with our records team and should be done within two business days. I've copied your personal address so you'll receive the completion notice after the company mailbox closes. There's no need to reply to this message.

Priya R.
""", cs="us-ascii", cte="7bit"))

# 68 resolved A (second time) quoting confirmation request
dt = d(10, 31, 2, 0)
add("resolved", False, CASE_A, [], "Second resolution on the reopened case; quotes the 'Reply \"yes\"' request under Gmail-style '>' quoting.",
    H(TC_FULL, ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_A), dt, mid("resA2", "email.amazonses.com"),
      cc=ME_C, irt=_ids["updA3"], refs="%s %s %s" % (_ids["confA2"], _ids["msg-kmori-ur7"], _ids["updA3"]),
      auth=gmail_auth("amazon.com", mailfrom=ses_from("aa")), recv=rg(dt, 46)),
    part("""Hi Kenta,

All done: the third profile has been merged, and your 2021 Cloud Practitioner exam and certification now show on your account. This case is now closed. Good luck in your new role!

Priya R.
AWS Training and Certification Customer Support

On Thu, Oct 30, 2025 at 1:48 AM, Amazon Web Services wrote:
%s
""" % q(CONF2), cs="utf-8", cte="quoted-printable"))

# 69 badge CLF
dt = d(10, 31, 3, 10)
add("badge", False, None, [], "Credly badge for the recovered certification (HTML only).",
    H("Credly <admin@credly.com>", ME_P, "You've been awarded a badge: AWS Certified Cloud Practitioner", dt,
      mid("credly-b-clf-99a0", "credly.com"), auth=gmail_auth("credly.com"), recv=rg(dt, 47)),
    part("<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification has awarded you <b>AWS Certified Cloud Practitioner</b>.</p><p><a href='https://www.credly.com/badges/99a0be12-77cd-4e10-a5b3-0f9e1c2d3a44/accept'>Accept your badge</a></p></body></html>", sub="html", cs="utf-8", cte="7bit"))

# 70 colleague forwards his own confirmation request
dt = d(10, 31, 10, 20, JST)
COLL_CONF = """Hello Ryo,

Please review the accounts below and let us know which one should remain:

Account #1
Login email: r-tanaka@sorano-tech.co.jp
Account #2
Login email: ryo.tanaka.dev@outlook.jp

Regards,
AWS Training and Certification"""
add("unrelated", False, CASE_COLL, [], "Colleague forwards HIS OWN confirmation request asking for advice; support is not waiting on the owner. Judgement: unrelated, case = colleague's case.",
    H(formataddr(("田中 亮", "r-tanaka@sorano-tech.co.jp"), charset="utf-8"), ME_C_FULL, "FW: RE:[CASE %s] %s" % (CASE_COLL, SUBJ_A), dt,
      mid("msg-tanaka-fw1031", "sorano-tech.co.jp")),
    part("""森島さん

自分も同じ手続きをしていて、このメールが来ました。個人アドレスの方を残したいなら
Account #2 と答えればいいですよね?念のため確認させてください。

田中

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Thursday, October 30, 2025 6:12 PM
To: 田中 亮 <r-tanaka@sorano-tech.co.jp>
Subject: RE:[CASE %s] %s

%s
""" % (TC, CASE_COLL, SUBJ_A, COLL_CONF), cs="utf-8", cte="base64"))

# 71 owner answers colleague
dt = d(10, 31, 11, 2, JST)
add("user_reply", False, CASE_COLL, [], "Owner's advice to the colleague about the colleague's case (contains 'Confirmed. Please merge' as suggested wording).",
    H(ME_C_FULL, formataddr(("田中 亮", "r-tanaka@sorano-tech.co.jp"), charset="utf-8"), "RE: FW: RE:[CASE %s] %s" % (CASE_COLL, SUBJ_A), dt,
      mid("msg-kmori-tanaka", "sorano-tech.co.jp"), irt=_ids["msg-tanaka-fw1031"], refs=_ids["msg-tanaka-fw1031"]),
    part("""田中さん

そうです。「Confirmed. Please merge into Account #2.」のように返せば大丈夫だと思います。
自分のときは返信から数時間で完了しました。

森島
""", cs="iso-2022-jp", cte="7bit"))

# 72 note to self with certificate attachment
dt = d(10, 31, 17, 10, JST)
pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
add("user_reply", False, None, [], "Owner's note-to-self from the company address to the personal one with a certificate PDF (multipart/mixed, base64).",
    H(ME_C_FULL, ME_P, "メモ: 認定証PDF(退職前に退避)", dt, mid("msg-kmori-self", "sorano-tech.co.jp")),
    multi("mixed", [
        part("自分用メモ。会社アドレス停止前に認定証を退避。\n統合はケース完了済み。\n", cs="utf-8", cte="base64"),
        ([("Content-Type", 'application/pdf; name="AWS_Certified_SAA_certificate.pdf"'),
          ("Content-Disposition", 'attachment; filename="AWS_Certified_SAA_certificate.pdf"'),
          ("Content-Transfer-Encoding", "base64")], base64.encodebytes(pdf))],
        "----=_NextPart_000_0012_01DC4A"))

# 73 survey A again
dt = d(11, 1, 1, 0)
add("survey", False, CASE_A, [], "Second survey on the same case after the reopened resolution; text only.",
    H("Amazon Web Services <aws-cs-survey@amazon.com>", ME_P, "How did we do? Your AWS Training and Certification case %s" % CASE_A, dt,
      mid("surveyA2", "email.amazonses.com"), auth=gmail_auth("amazon.com", mailfrom=ses_from("s4")), recv=rg(dt, 48)),
    part("Hello,\n\nWe recently closed case %s. Please let us know how we did by answering one question:\nhttps://survey.aws/r?c=%s\n\nThank you for contacting AWS Training and Certification.\n" % (CASE_A, CASE_A), cs="us-ascii", cte="7bit"))

# 74 Pearson VUE lookalike
dt = d(11, 1, 6, 45)
add("suspicious", False, None, [], "Exam-vendor lookalike (pearsonvue-exams.net) asking for card details to avoid a no-show fee.",
    H("Pearson VUE <noreply@pearsonvue-exams.net>", ME_P, "Missed exam appointment - action needed to avoid fee", dt,
      mid("pv-missed-4410", "pearsonvue-exams.net"), auth=gmail_auth("pearsonvue-exams.net", dkim="none", spf="pass", dmarc="none", ip="103.77.22.14"), recv=rg(dt, 49)),
    part("""Dear Candidate,

Our records show that you missed your AWS exam appointment (Registration 512883019).
To avoid a USD 150 no-show fee, please reply with your card number and expiry date, or update your payment at:
http://pearsonvue-exams.net/billing

Pearson VUE Candidate Services
""", cs="us-ascii", cte="7bit"))

# 75 Educate closing notice
dt = d(11, 2, 0, 30)
add("unrelated", False, CASE_EDU, [], "AWS Educate case closing notice - same shape as a T&C closing notice, but other program: no reply flag. Judgement call.",
    H("Amazon Web Services <aws-cs-educate-form@amazon.com>", ME_P, "RE:[CASE %s] [AWS Educate Form Submission] - mentor-access" % CASE_EDU, dt,
      mid("educlose", "email.amazonses.com"), irt=_ids["eduinfo"], refs=_ids["eduinfo"],
      auth=gmail_auth("amazon.com", mailfrom=ses_from("e2")), recv=rg(dt, 50)),
    part("""Hello,

We haven't heard back from you, so this case will be closed in 48 hours. If you still need help, reply to this email and it will stay open.

AWS Educate Support
""", cs="us-ascii", cte="7bit"))

# 76 Google Cloud support
dt = d(11, 3, 2, 0)
add("unrelated", False, None, [], "Google Cloud support case resolved - other vendor, 8-digit case number.",
    H("Google Cloud Support <cloud-support-noreply@google.com>", ME_P, "[Case 58812094] Your support case has been resolved", dt,
      mid("gcp-58812094", "google.com"), auth=gmail_auth("google.com"), recv=rg(dt, 51)),
    part("""Hello,

Your case 58812094 "Professional Cloud Architect certificate name" has been marked as resolved.
If you need anything else, reply within 7 days to reopen it.

Google Cloud Support
""", cs="utf-8", cte="7bit"))

# 77 Japanese phishing
dt = d(11, 3, 9, 30)
add("suspicious", False, None, [], "Japanese phishing from amazon-certsupport.jp imitating a merge confirmation with keigo and a login link.",
    H(formataddr(("AWS トレーニングと認定", "support@amazon-certsupport.jp"), charset="utf-8"), ME_P, "【AWS認定】アカウント統合の最終確認のお願い", dt,
      mid("jp-phish-0311", "amazon-certsupport.jp"), auth=gmail_auth("amazon-certsupport.jp", dkim="none", spf="neutral", dmarc="none", ip="202.61.199.3"), recv=rg(dt, 52)),
    part("""お客様

アカウント統合の最終確認が完了しておりません。
下記より AWS Builder ID とパスワードでサインインのうえ、統合先アカウントをご確認いただけますでしょうか。
https://amazon-certsupport.jp/confirm
24時間以内にご確認いただけない場合、認定資格が失効いたします。

AWS トレーニングと認定 サポート
""", cs="utf-8", cte="base64"))

# 78 recertification
dt = d(11, 4, 1, 0)
add("certification", False, None, [], "CertMetrics recertification congratulations.",
    H("AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!", dt,
      mid("recert-11845027", "certmetrics.com"), auth=gmail_auth("certmetrics.com"), recv=rg(dt, 53)),
    part("""Congratulations, Kenta!

By passing AWS Certified Solutions Architect - Professional you have also recertified
AWS Certified Solutions Architect - Associate. Its new expiration date is October 25, 2028.

AWS Certification
""", cs="us-ascii", cte="7bit"))

# 79 Builder ID new sign-in
dt = d(11, 4, 12, 20)
add("unrelated", False, None, [], "AWS Builder ID new-device sign-in alert; AWS mail that asks nothing unless it wasn't you.",
    H("AWS <no-reply@signin.aws>", ME_P, "New sign-in to your AWS Builder ID", dt,
      mid("0100019a-signin-7731", "email.amazonses.com"), auth=gmail_auth("signin.aws"), recv=rg(dt, 54)),
    part("We noticed a new sign-in to your AWS Builder ID from Chrome on macOS (Tokyo, JP).\nIf this was you, no action is needed. If not, reset your password.\n", cs="us-ascii", cte="7bit"))

# 80 Credly reminder
dt = d(11, 5, 0, 15)
add("badge", False, None, [], "Credly reminder to accept a pending badge ('don't forget').",
    H("Credly <admin@credly.com>", ME_P, "Reminder: accept your AWS Certified Solutions Architect - Professional badge", dt,
      mid("credly-rem-5d10", "credly.com"), auth=gmail_auth("credly.com"), recv=rg(dt, 55)),
    multi("alternative", [
        part("Hi Kenta,\n\nYour badge from Amazon Web Services Training and Certification is waiting. Please accept it to share it on your profile:\nhttps://www.credly.com/badges/5d10aa33-2f9e-4b8c-9f01-6e7d8c9b0a12/accept\n", cs="utf-8", cte="7bit"),
        part("<html><body><p>Hi Kenta,</p><p>Your badge from Amazon Web Services Training and Certification is waiting.</p><p><a href='https://www.credly.com/badges/5d10aa33-2f9e-4b8c-9f01-6e7d8c9b0a12/accept'>Accept badge</a></p></body></html>", sub="html", cs="utf-8", cte="7bit")],
        "credly_rem_5d10"))

# 81 certificate available
dt = d(11, 5, 3, 0)
add("certification", False, None, ["AWS11845027"], "Certificate ready to download, Japanese (program mail, not case).",
    H(formataddr(("AWS 認定", "do-not-reply@certmetrics.com"), charset="utf-8"), ME_P, "AWS 認定の認定証をダウンロードいただけます", dt,
      mid("cert-pdf-jp-11845027", "certmetrics.com"), auth=gmail_auth("certmetrics.com"), recv=rg(dt, 56)),
    part("""森島 健太 様

AWS Certified Solutions Architect - Professional の認定証がご利用いただけるようになりました。
候補 ID: AWS11845027
認定アカウントにサインインし、「認定」からダウンロードしてください。

このメールは送信専用です。
""", cs="utf-8", cte="quoted-printable"))


# ---------------------------------------------------------------- write
def main():
    import re
    from email.utils import parsedate_to_datetime
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-msg.*")):
        os.remove(f)

    def when(m):
        hdr = re.search(rb"\nDate: ([^\r\n]+)", b"\n" + m["raw"]).group(1).decode()
        return parsedate_to_datetime(hdr)
    msgs = sorted(MSGS, key=when)  # stable: arrival order = Date order
    rows = []
    for i, m in enumerate(msgs, 1):
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["reply"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append((n, m))
    c = Counter(m["kind"] for m in msgs)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("TOTAL", len(msgs)))
    print("%-22s %d" % ("needs_reply=true", sum(m["reply"] for m in msgs)))
    write_readme(rows, c)


def write_readme(rows, c):
    L = ["me: %s %s" % (ME_P, ME_C), "",
         "# blind-196: held-out support-case mail corpus", "",
         "Generated by `python3 gen.py` (standard library only). Mailbox owner: Kenta Morishima, leaving",
         "Sorano Technologies (an AWS Partner) on 2025-10-31; personal Gmail address plus the company address",
         "(Microsoft 365) whose mail also lands in this mailbox until it is shut down.", "",
         "## Cases", "",
         "| case | format | channel | story |", "|---|---|---|---|",
         "| %s | 15 digits | T&C form, English | Company -> personal merge. Ack; APN-partner hold with a buried question; owner replies; hold (partner admin must release); hold lifted; Account #1/#2 confirmation (HTML table); closing notice; owner confirms; merged. Reopened by the owner (missing 2021 exam); third profile found, support asks him to write from the company address; confirmation arrives at the company address; merged again. Two surveys. |" % CASE_A,
         "| %s | 15 digits | T&C form, Japanese ack | Duplicate form sent from the company address; closed as duplicate of %s. |" % (CASE_B, CASE_A),
         "| %s | 10 digits | Support Center (console) | 50%% voucher missing after the merge. Info request that must be answered in the console; owner answers by e-mail, it bounces; auto-resolve warning; resolved; survey. |" % CASE_C,
         "| %s | 15 digits | T&C form, Japanese | Name on certificate. Shift_JIS ack; keigo info request; Japanese closing notice; owner replies; English update; hold while the exam vendor updates; resolution whose subject and body carry no case id (thread headers only); survey. |" % CASE_D,
         "| %s | 11 digits | AWS Educate form | Other AWS program: a question and a closing notice - labelled unrelated. |" % CASE_EDU,
         "| %s | 15 digits | colleague's T&C case | Forwarded to the owner for advice - labelled unrelated. |" % CASE_COLL,
         "",
         "## Labelling decisions (judgement calls)", "",
         "- `needs_reply` is true only where support on the owner's own T&C/console case is waiting for him now: the APN hold that asks whether he is leaving (kind on_hold, reply true), confirmation and info requests, and closing notices. The console closing notice is true because his e-mail answer bounced and nothing was added in the Support Center.",
         "- Console case info request and closing notice: kind info_request / closing_notice, reply true, even though the answer must go through the Support Center, not e-mail.",
         "- A second on_hold (partner administrator must act, 'nothing you need to do') and the Japanese hold while Pearson VUE updates the name are on_hold with reply false.",
         "- Messages written by the owner are user_reply whoever they go to (support, colleagues, note-to-self), never needs_reply.",
         "- `case` is set for every message belonging to an AWS support case thread, including the owner's own replies, surveys, the mailer-daemon bounce of his e-mail to the console no-reply address (kind unrelated, case %s), the AWS Educate case (unrelated, case %s) and the colleague's forwarded case and the owner's answer to it (case %s). It is null for other vendors' tickets (Zendesk, Microsoft, Google) and for phishing, even when the phish shows a case-shaped number." % (CASE_C, CASE_EDU, CASE_COLL),
         "- The AWS Educate info request and closing notice are unrelated / reply false: other AWS program, not a Training and Certification case.",
         "- The colleague's forwarded confirmation request is unrelated / reply false: support waits on the colleague, not the owner.",
         "- The resolution of case %s has no case id anywhere (subject 'Re: 認定証の氏名表記について'); its case comes from In-Reply-To/References." % CASE_D,
         "- 'We've reopened your case' has no case token in the subject; case from the body's 'Case ID:' line. Labelled case_update.",
         "- Acknowledgements echo the form text; candidate IDs written there count as the message's own text. IDs that appear only in quoted/forwarded history are not listed (e.g. the closing notice and resolution of case %s quote the Account table)." % CASE_A,
         "- candidate_ids lists each ID once, at its first appearance, even if the text repeats it.",
         "- The spoofed mail from the real T&C sender address fails SPF/DKIM/DMARC: suspicious, reply false, case null.",
         "- CertMetrics 'AWS Certification wants to hear from you' is certification (program feedback), not survey; survey is reserved for feedback about a support case.",
         "- Resolutions carrying a 'We value your feedback' footer stay resolved; the separate survey mails are survey.",
         "- The survey in Japanese politely asks 'ご回答いただけますでしょうか' - still survey, reply false.",
         "", "## Messages", "",
         "| # | kind | reply? | case | what it is / what makes it hard |", "|---|---|---|---|---|"]
    for n, m in rows:
        L.append("| %s | %s | %s | %s | %s |" % (n, m["kind"], "yes" if m["reply"] else "no", m["case"] or "-", m["note"].replace("|", "/")))
    L += ["", "## Counts", ""] + ["- %s: %d" % (k, c[k]) for k in sorted(c)]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
