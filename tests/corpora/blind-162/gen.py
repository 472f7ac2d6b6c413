#!/usr/bin/env python3
"""Generate the blind-162 held-out mailbox: NNN-msg.eml + NNN-msg.json, in arrival order.

Standard library only. Run from anywhere: files are written next to this script.
"""
import hashlib
import html as htmlmod
import json
import os
import random
from collections import Counter
from email import policy as empolicy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rnd = random.Random(162)

ME_P = "kenta.fujisawa.work@gmail.com"
ME_C = "k-fujisawa@hoshizora-tech.co.jp"
ME_NAME = "Kenta Fujisawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "174210386507311"   # merge company -> personal, APN hold (15 digits)
CASE_E = "174210652204418"   # duplicate of A (15 digits)
CASE_F = "9035518264"        # Credly badges expired, duplicate same-email profiles (10 digits)
CASE_B = "13984520771"       # missing 2021 exam record (11 digits)
CASE_C = "7164029385"        # console case: 50% voucher missing after merge (10 digits)
CASE_D = "174358127302946"   # Japanese: name order on certificate (15 digits)

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_F = "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CASE_F
SUBJ_B = "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-history" % CASE_B
SUBJ_C = "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C
SUBJ_D = "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D

MESSAGES = []
MIDS = {}


def hexid(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid_for(style):
    if style == "ses":
        return "<010101%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
            hexid(10), hexid(8), hexid(4), hexid(4), hexid(12))
    if style == "gmail":
        return "<CA+%s@mail.gmail.com>" % alnum(40)
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (
            rnd.randint(1000, 9999), alnum(12).upper(), rnd.randint(1000, 9999))
    if style == "sf":
        return "<%s.%s@sfdc.net>" % (alnum(18), hexid(6))
    return "<%s.%s@%s>" % (hexid(16), hexid(8), style)


def auth_google(domain, ip, mailfrom, dkim="pass", spf="pass", dmarc="pass", dkim_d=None):
    dkim_d = dkim_d or domain
    parts = ["mx.google.com"]
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (dkim_d, alnum(8).lower(), alnum(8)))
    elif dkim == "fail":
        parts.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (dkim_d, alnum(8).lower(), alnum(8)))
    else:
        parts.append("dkim=none")
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s"
                     % (mailfrom, ip, mailfrom))
    if dmarc == "pass":
        parts.append("dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % domain)
    else:
        parts.append("dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % domain)
    return ";\n       ".join(parts)


def auth_m365(domain, ip, mailfrom_domain):
    return ("spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
            % (ip, mailfrom_domain, domain, domain))


def charset(cs, enc):
    c = Charset(cs)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    return c


def text_part(text, subtype="plain", cs="utf-8", enc="qp"):
    if cs == "shift_jis":
        import base64
        from email.mime.nonmultipart import MIMENonMultipart
        p = MIMENonMultipart("text", subtype, charset="shift_jis")
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(text.encode("shift_jis")).decode("ascii"))
        return p
    if cs in ("iso-2022-jp", "us-ascii"):
        return MIMEText(text, subtype, cs)
    return MIMEText(text, subtype, charset(cs, enc))


def html_of(text):
    out = []
    quote = False
    for line in text.split("\n"):
        if line.startswith(">") and not quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            quote = True
        if not line.startswith(">") and quote:
            out.append("</blockquote>")
            quote = False
        l = line.lstrip("> ") if line.startswith(">") else line
        out.append(htmlmod.escape(l) + "<br>")
    if quote:
        out.append("</blockquote>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>"


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email_, cs="utf-8"):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset=cs)


def add(key, kind, reply, case, cands, frm, to, subject, date, text=None, html=None, cs="utf-8",
        enc="qp", style="ses", irt=None, auth=None, received=None, extra=None, crlf=False,
        hdr_cs="utf-8", cc=None, body=None, return_path=None):
    if body is not None:
        b = body
    elif text is not None and html is not None:
        b = MIMEMultipart("alternative", boundary="----=_Part_%d_%s" % (rnd.randint(10**6, 10**7), hexid(10)))
        b.attach(text_part(text, "plain", cs, enc))
        b.attach(text_part(html, "html", cs, enc))
    elif html is not None:
        b = text_part(html, "html", cs, enc)
    else:
        b = text_part(text, "plain", cs, enc)
    m = Message()
    mid = mid_for(style)
    MIDS[key] = mid
    if return_path:
        m["Return-Path"] = "<%s>" % return_path
    if received:
        m["Received"] = received
    if auth:
        m["Authentication-Results"] = auth
    m["From"] = addr(frm[0], frm[1], hdr_cs)
    m["To"] = ", ".join(addr(n, e, hdr_cs) for n, e in to)
    if cc:
        m["Cc"] = ", ".join(addr(n, e, hdr_cs) for n, e in cc)
    m["Subject"] = enc_hdr(subject, hdr_cs)
    m["Date"] = date
    m["Message-ID"] = mid
    if irt:
        refs = []
        for k in irt:
            refs.append(MIDS[k])
        m["In-Reply-To"] = refs[-1]
        m["References"] = "\n ".join(refs)
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in b.items():
        if k.lower() == "mime-version":
            continue
        m[k] = v
    m.set_payload(b.get_payload())
    MESSAGES.append(dict(key=key, msg=m, crlf=crlf, label=dict(
        kind=kind, needs_reply=reply, case=case, candidate_ids=list(cands)), date=date))
    return mid


def rcv_ses(to_addr, date, google=True):
    ip = "54.240.27.%d" % rnd.randint(10, 250)
    host = "a27-%d.smtp-out.us-west-2.amazonses.com" % rnd.randint(10, 99)
    by = "mx.google.com with ESMTPS id %s" % alnum(20).lower() if google else \
        "OS0PR01MB%d.jpnprd01.prod.outlook.com (2603:1096:604:7b::%d) with Microsoft SMTP Server" % (
            rnd.randint(1000, 9999), rnd.randint(10, 99))
    return ("from %s (%s. [%s])\n        by %s\n        for <%s>; %s" % (host, host, ip, by, to_addr, date)), ip


def aws_in(to_addr, date, domain="amazon.com", mailfrom=None):
    """Received + Authentication-Results for genuine AWS mail into either mailbox."""
    google = to_addr.endswith("gmail.com")
    rcv, ip = rcv_ses(to_addr, date, google)
    mf = mailfrom or ("%s@us-west-2.amazonses.com" % hexid(20))
    if google:
        return rcv, auth_google(domain, ip, mf)
    return rcv, auth_m365(domain, ip, "us-west-2.amazonses.com")


def generic_in(to_addr, date, domain, ip=None, **kw):
    ip = ip or "198.51.100.%d" % rnd.randint(2, 250)
    google = to_addr.endswith("gmail.com")
    host = "mail-%s.%s" % (hexid(4), domain)
    if google:
        rcv = "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>; %s" % (
            host, host, ip, alnum(20).lower(), to_addr, date)
        return rcv, auth_google(domain, ip, "bounces@%s" % domain, **kw)
    rcv = "from %s (%s) by OS3PR01MB%d.jpnprd01.prod.outlook.com with Microsoft SMTP Server; %s" % (
        host, ip, rnd.randint(1000, 9999), date)
    return rcv, auth_m365(domain, ip, domain)


# ---------------------------------------------------------------------------------------------
# Messages, in arrival order
# ---------------------------------------------------------------------------------------------
SIG_DANIEL = "Kind regards,\nDaniel R.\nAWS Training and Certification Customer Support"
SIG_PRIYA = "Best regards,\nPriya S.\nAWS Training and Certification | Customer Support"
SIG_MARIANA = "Best regards,\n\nMariana L.\nCertification Support\nAmazon Web Services Training and Certification"

# 001 billing statement (unrelated, 12-digit account id)
d = "Mon, 03 Mar 2025 00:04:11 +0000"
r, a = aws_in(ME_P, d)
add("bill1", "unrelated", False, None, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    "Amazon Web Services Billing Statement Available [Account: 382104759916]", d, received=r, auth=a, text="""\
Greetings from Amazon Web Services,

Your billing statement for the period February 1 - February 28, 2025 is now available
for AWS account 382104759916.

Total this period: USD 4.12

The amount will be charged to the payment method on file. To see the itemized charges,
sign in to the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
""", enc="7bit", cs="us-ascii")

# 002 colleague, ISO-2022-JP, asks a question (unrelated)
d = "Mon, 03 Mar 2025 10:31:45 +0900"
add("ogawa1", "unrelated", False, None, [], ("小川 真理", "m-ogawa@hoshizora-tech.co.jp"),
    [("藤沢 健太", ME_C)], "最終出社日までの手続きについて", d, style="outlook", cs="iso-2022-jp",
    hdr_cs="iso-2022-jp", text="""\
藤沢さん

お疲れさまです。総務の小川です。
3/31 の最終出社日に向けて、いくつかご確認をお願いします。

・社用メール(k-fujisawa@hoshizora-tech.co.jp)は 3/31 の 18 時で停止します。
・社用アドレスで登録している外部サービス(AWS 認定、各種勉強会サイトなど)は、
  必要であれば停止前に個人アドレスへ切り替えておいてください。
・PC とセキュリティカードは最終日に情報システム部へ返却してください。

AWS 認定のアカウント移行はもう申請されましたか?
パートナー管理の都合で、状況を教えていただけると助かります。

よろしくお願いします。

小川
""")

# 003 F acknowledgement (echo of the form contains candidate IDs and the user's own question)
d = "Tue, 04 Mar 2025 02:17:40 +0000"
r, a = aws_in(ME_P, d)
add("f_ack", "acknowledgement", False, CASE_F, ["AWS09162384", "AWS07725013"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, text="""\
Hello,

Thank you for reaching out to AWS Training and Certification. We've opened case 9035518264
for your request, and a member of our team will respond, typically within 24 hours. Some
requests need extra research and may take a little longer.

To avoid delays, please don't submit another case for the same question. Replies to this
email are added to this case automatically.

Here is what you sent us:

Contact name: Kenta Fujisawa
Email: kenta.fujisawa.work@gmail.com
Inquiry type: Certification
Additional details: Digital Badges
Description:
My Credly profile shows all of my AWS badges as expired although the certifications are
active. I think I have two certification accounts registered with the same email address:
AWS09162384 (the one I use) and AWS07725013 (created by mistake when I first signed in with
Builder ID). Could you merge them into AWS09162384 so the badges sync again?

Sincerely,
AWS Training and Certification Support
""")

# 004 GitHub merged (unrelated)
d = "Tue, 04 Mar 2025 06:48:02 +0000"
r, a = generic_in(ME_C, d, "github.com")
add("gh1", "unrelated", False, None, [], ("Ryo Sato", "notifications@github.com"), [("hoshizora/infra-modules", "infra-modules@noreply.github.com")],
    "Re: [hoshizora/infra-modules] Add VPC endpoint module for S3 (PR #412)", d, received=r, auth=a,
    style="github.com", extra=[("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"),
                               ("X-GitHub-Reason", "author")],
    text="""\
Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-16592210441
You are receiving this because you authored the thread.
""", html="""\
<p>Merged <a href="https://github.com/hoshizora/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly,
<a href="https://github.com/hoshizora/infra-modules/pull/412#event-16592210441">view it on GitHub</a>.<br>
You are receiving this because you authored the thread.</p>
""", enc="7bit", cs="us-ascii")

# 005 F case_update: handed to Credly team, nothing needed
d = "Wed, 05 Mar 2025 19:40:27 +0000"
r, a = aws_in(ME_P, d)
add("f_upd1", "case_update", False, CASE_F, ["AWS09162384", "AWS07725013"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack"], text="""\
Hi Kenta,

Thanks for the detail in your request; having both candidate IDs made this quick to look
into.

I can see both profiles under your gmail address. AWS09162384 holds your exam history and
certifications, while AWS07725013 is empty apart from the Credly connection. Because the badge
link sits on the empty profile, the fix needs our Credly integration colleagues, so I've
handed the case over to them.

There's nothing you need to do right now. I'll write again once they've had a look.

""" + SIG_DANIEL + "\n")

# 006 Japanese newsletter, Shift_JIS (unrelated; contains reply-ish phrases in an article)
d = "Wed, 05 Mar 2025 22:00:03 +0000"
r, a = generic_in(ME_P, d, "cloudtech-weekly.jp")
add("news_jp1", "unrelated", False, None, [], ("クラウド技術ウィークリー", "news@cloudtech-weekly.jp"), [(None, ME_P)],
    "【クラウド技術ウィークリー】第212号 サポート問い合わせを早く終わらせるコツ ほか", d, received=r, auth=a,
    cs="shift_jis", enc="b64", hdr_cs="utf-8", style="cloudtech-weekly.jp",
    extra=[("List-Unsubscribe", "<https://cloudtech-weekly.jp/unsubscribe?u=8812093>")], text="""\
クラウド技術ウィークリー 第212号 (2025年3月6日)

■ 今週の特集: サポート問い合わせを早く終わらせるコツ
ベンダーのサポートから「ご返信ください」と言われたまま放置して、
ケースが自動クローズされた経験はありませんか。
今回は、問い合わせの前に用意しておくと往復が減る情報(アカウントID、
発生日時、エラーメッセージの全文)を整理しました。
→ https://cloudtech-weekly.jp/articles/212-support

■ ニュース
・主要クラウド各社の東京リージョンで新インスタンスタイプが一般提供に
・認定資格の更新ルールが一部変更(詳細は各ベンダーの公式発表をご確認ください)

■ イベント
・3/22(土) クラウド初心者向けハンズオン(オンライン、参加無料)

配信停止はこちら: https://cloudtech-weekly.jp/unsubscribe
""")

# 007 F user_reply from the WRONG address (company)
d = "Thu, 06 Mar 2025 09:12:40 +0900"
add("f_u1", "user_reply", False, CASE_F, ["AWS07725013"], (ME_NAME, ME_C), [(TC_NAME, TC)],
    SUBJ_F, d, style="outlook", irt=["f_ack", "f_upd1"], text="""\
Hi Daniel,

One more thing that might help: the badges were claimed on Credly in 2022 while I was signed
in as AWS07725013, which is probably why the link ended up on that profile.

Regards,
Kenta

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 6, 2025 4:40 AM
To: kenta.fujisawa.work@gmail.com
Subject: RE:[CASE 9035518264] [AWS Training and Certification Form Submission] - digital-badges

Hi Kenta,

Thanks for the detail in your request; having both candidate IDs made this quick to look
into.

I can see both profiles under your gmail address. AWS09162384 holds your exam history and
certifications, while AWS07725013 is empty apart from the Credly connection. Because the badge
link sits on the empty profile, the fix needs our Credly integration colleagues, so I've
handed the case over to them.

There's nothing you need to do right now. I'll write again once they've had a look.

Kind regards,
Daniel R.
""")

# 008 F info_request: wrong address, stated as fact only
d = "Thu, 06 Mar 2025 04:50:13 +0000"
r, a = aws_in(ME_C, d)
add("f_req1", "info_request", True, CASE_F, [], (TC_NAME, TC), [(None, ME_C)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack", "f_upd1", "f_u1"], text="""\
Hello Kenta,

Your note about the 2022 Credly claim came in from k-fujisawa@hoshizora-tech.co.jp. That
address isn't one of the contacts on case 9035518264, and to protect your certification
record we can only add information that arrives from the address the case was opened with,
kenta.fujisawa.work@gmail.com.

Until the same note reaches us from that address it stays outside the case, and the Credly
team won't see it.

""" + SIG_DANIEL + "\n")

# 009 F user_reply from the right address (Gmail, multipart)
d = "Thu, 06 Mar 2025 14:03:55 +0900"
t = """\
Hello Daniel,

Resending from the right address, sorry about that: the Credly badges were claimed in 2022
while I was signed in to AWS07725013.

Thanks,
Kenta

On Thu, Mar 6, 2025 at 1:50 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenta,
>
> Your note about the 2022 Credly claim came in from k-fujisawa@hoshizora-tech.co.jp. That
> address isn't one of the contacts on case 9035518264, and to protect your certification
> record we can only add information that arrives from the address the case was opened with,
> kenta.fujisawa.work@gmail.com.
>
> Until the same note reaches us from that address it stays outside the case, and the Credly
> team won't see it.
>
> Kind regards,
> Daniel R.
"""
add("f_u2", "user_reply", False, CASE_F, ["AWS07725013"], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_F, d, style="gmail", irt=["f_ack", "f_upd1", "f_req1"], text=t, html=html_of(t))

# 010 F case_update: thanks + optional invitation
d = "Thu, 06 Mar 2025 22:31:09 +0000"
r, a = aws_in(ME_P, d)
add("f_upd2", "case_update", False, CASE_F, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack", "f_upd1", "f_req1", "f_u2"], text="""\
Thanks Kenta,

That one is attached to the case now, and I've pointed the Credly team to it; the 2022 claim
explains a lot.

If anything else occurs to you in the meantime, you're welcome to add it by replying here.

""" + SIG_DANIEL + "\n")

# 011 suspicious: Credly lookalike
d = "Fri, 07 Mar 2025 11:26:44 +0000"
r, a = generic_in(ME_P, d, "credly-badgecenter.com", ip="203.0.113.77")
add("phish1", "suspicious", False, None, [], ("Credly Support", "support@credly-badgecenter.com"), [(None, ME_P)],
    "Action required: 4 AWS badges scheduled for revocation", d, received=r, auth=a, style="credly-badgecenter.com",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p><img src="https://credly-badgecenter.com/assets/logo.png" alt="Credly"></p>
<p>Dear Earner,</p>
<p>Our records show that <b>4 badges issued by Amazon Web Services Training and Certification</b>
are linked to a duplicate profile and are scheduled for revocation in <b>48 hours</b>.</p>
<p>To keep your badges, verify ownership now:</p>
<p><a href="http://credly-badgecenter.com/verify?id=7f3a" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Verify my badges</a></p>
<p>Alternatively, reply to this message with the email and password you use to sign in to Credly
and our team will complete the verification for you.</p>
<p>Credly Trust &amp; Safety</p>
</body></html>
""")

# 012 Amazon.co.jp shipment (unrelated, Japanese, base64)
d = "Sat, 08 Mar 2025 01:12:09 +0000"
r, a = generic_in(ME_P, d, "amazon.co.jp")
add("amzn1", "unrelated", False, None, [], ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), [(None, ME_P)],
    "Amazon.co.jp ご注文の商品を発送しました", d, received=r, auth=a, enc="b64", style="amazon.co.jp", text="""\
藤沢 健太 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418273-9921057
商品: 要点整理から攻略する AWS 認定 セキュリティ-専門知識
お届け予定: 3月9日(日)

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールは配信専用です。
""")

# 013 Skill Builder receipt (unrelated, other AWS mail)
d = "Mon, 10 Mar 2025 03:30:00 +0000"
r, a = aws_in(ME_P, d, domain="aws.training")
add("sb1", "unrelated", False, None, [], ("AWS Skill Builder", "no-reply@aws.training"), [(None, ME_P)],
    "Your AWS Skill Builder receipt", d, received=r, auth=a, html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#232f3e">
<h2>Thanks for subscribing</h2>
<table cellpadding="6" style="border-collapse:collapse">
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Order</td><td>SB-20250310-771204</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Next renewal</td><td>April 10, 2025</td></tr>
</table>
<p>No action is required. You can manage or cancel your subscription at any time from
<a href="https://skillbuilder.aws/account">your account</a>.</p>
<p style="font-size:11px;color:#888">This is an automated message; replies to this address are not monitored.</p>
</body></html>
""")

# 014 F case_update, HTML-only: still working, nothing needed
d = "Tue, 11 Mar 2025 17:55:36 +0000"
r, a = aws_in(ME_P, d)
add("f_upd3", "case_update", False, CASE_F, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack", "f_upd2"], html="""\
<html><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Kenta,</p>
<p>A quick status note on case 9035518264.</p>
<p>The Credly integration team has reproduced the sync problem on their side and is working out
how to move the connection safely. They expect to have a plan within the next few business days.</p>
<p>You don't need to do anything at this point; we'll contact you if that changes.</p>
<p>Kind regards,<br>Daniel R.<br>AWS Training and Certification Customer Support</p>
</div>
</body></html>
""")

# 015 F info_request: the need stated as a fact in a long explanation
d = "Wed, 12 Mar 2025 16:05:18 +0000"
r, a = aws_in(ME_P, d)
F_REQ2 = """\
Hi Kenta,

Here is where things stand.

The integration team can move the Credly connection from AWS07725013 to AWS09162384 and, in
the same step, fold the empty profile into your main one so that this can't happen again.
Once that is done, Credly re-reads your certifications from the main profile, and the expired
badges are replaced by active ones, usually within an hour. Your exam history, certificates and
benefits on AWS09162384 are not touched by any of this.

One thing decides how they set it up: Credly keys the connection on an email address. Yours
can stay on kenta.fujisawa.work@gmail.com, or it can move to another address you would rather
use for badges. The team is holding the change until they know which of the two you want.

After the relink you may get an email from Credly asking you to accept the badges again; that
is expected and safe.

Kind regards,
Daniel R.
AWS Training and Certification Customer Support
"""
add("f_req2", "info_request", True, CASE_F, ["AWS07725013", "AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack", "f_upd3"], text=F_REQ2)

# 016 F user_reply
d = "Thu, 13 Mar 2025 07:44:21 +0900"
t = """\
Hi Daniel,

Please keep it on kenta.fujisawa.work@gmail.com. Thanks for the clear explanation!

Kenta

On Thu, Mar 13, 2025 at 1:05 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in F_REQ2.rstrip("\n").split("\n"))
add("f_u3", "user_reply", False, CASE_F, [], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_F, d, style="gmail", irt=["f_ack", "f_req2"], text=t, html=html_of(t))

# 017 other vendor waiting on the customer (unrelated)
d = "Thu, 13 Mar 2025 02:10:45 +0000"
r, a = generic_in(ME_C, d, "atlassian.com")
add("atl1", "unrelated", False, None, [], ("Atlassian Support", "support-noreply@atlassian.com"), [(None, ME_C)],
    "[Atlassian Support] PS-88231 Waiting for customer: Confluence space export fails", d, received=r, auth=a,
    style="atlassian.com", text="""\
Hi Kenta,

To continue investigating the failed space export we need a support zip from your Confluence
site. Please generate it under Settings > System > Troubleshooting and support tools and attach
it to this request.

If we don't hear from you within 7 days, this request will be closed automatically.

Reply above this line to add a comment.
---
Nadia (Atlassian Support)
View request: https://support.atlassian.com/requests/PS-88231
""")

# 018 F resolved, quotes the earlier request
d = "Fri, 14 Mar 2025 03:20:52 +0000"
r, a = aws_in(ME_P, d)
add("f_res", "resolved", False, CASE_F, ["AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_F, d, received=r, auth=a, irt=["f_ack", "f_req2", "f_u3"], text="""\
Hi Kenta,

Good news: the two profiles are combined, everything now lives on AWS09162384, and Credly is
connected to it through kenta.fujisawa.work@gmail.com as you asked. When I checked a few
minutes ago your badges were showing as active again.

With that, case 9035518264 is resolved.

Kind regards,
Daniel R.

On Wed, Mar 12, 2025 at 9:05 AM, AWS Training and Certification wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in F_REQ2.rstrip("\n").split("\n")))

# 019 Credly badge mail
d = "Fri, 14 Mar 2025 04:02:33 +0000"
r, a = generic_in(ME_P, d, "credly.com")
add("credly1", "badge", False, None, [], ("Credly", "admin@credly.com"), [(None, ME_P)],
    "Your badges from Amazon Web Services Training and Certification are active again", d, received=r, auth=a,
    style="credly.com", text="""\
Hi Kenta,

The following badges issued by Amazon Web Services Training and Certification have been
updated on your Credly profile:

- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate

View your badges: https://www.credly.com/badges/5d1e07a2-93c4-4b7e-9f61-0c2a88e4d1b3

Credly, a Pearson company
""", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hi Kenta,</p>
<p>The following badges issued by <b>Amazon Web Services Training and Certification</b> have been updated on your Credly profile:</p>
<ul><li>AWS Certified Solutions Architect - Associate</li><li>AWS Certified Developer - Associate</li></ul>
<p><a href="https://www.credly.com/badges/5d1e07a2-93c4-4b7e-9f61-0c2a88e4d1b3">View your badges</a></p>
<p style="color:#888;font-size:11px">Credly, a Pearson company</p>
</body></html>
""")

# 020 F survey
d = "Sat, 15 Mar 2025 03:21:00 +0000"
r, a = aws_in(ME_P, d)
add("f_survey", "survey", False, CASE_F, [], ("AWS Training and Certification Feedback", "tc-feedback@amazon.com"),
    [(None, ME_P)], "How did we do? Case 9035518264", d, received=r, auth=a, text="""\
Hello,

Your case 9035518264 with AWS Training and Certification Customer Support was recently
resolved. Would you take two minutes to tell us how we did?

Rate your experience: https://feedback.aws.training/s/case?c=9035518264&t=%s

Your answers are anonymous and help us improve.

This message was sent from an unmonitored address.
""" % hexid(16))

# 021 manager (company), asks questions (unrelated)
d = "Sat, 15 Mar 2025 19:22:10 +0900"
add("tanabe1", "unrelated", False, None, [], ("Hiroshi Tanabe", "h-tanabe@hoshizora-tech.co.jp"), [("Kenta Fujisawa", ME_C)],
    "Handover checklist before the 31st", d, style="outlook", text="""\
Kenta,

Before your last day, could you put the runbooks for the billing batch and the VPN into the
team wiki and walk Aya through the on-call rotation?

Also: the partner team says certifications linked to our APN profile need to be released
before they can be moved to a personal account. If you're moving yours, ping them early.

Thanks,
Hiroshi
""")

# 022 A acknowledgement in Japanese (base64)
d = "Sun, 16 Mar 2025 05:44:31 +0000"
r, a = aws_in(ME_P, d)
add("a_ack", "acknowledgement", False, CASE_A, ["AWS03318274", "AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, enc="b64", text="""\
Kenta Fujisawa 様

AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
ケース 174210386507311 を作成しました。担当者より通常24時間以内にご連絡いたしますが、
内容によってはお時間をいただく場合がございます。

同じご依頼について既にケースをお持ちの場合は、新たなケースの作成はお控えください。
重複したケースは対応の遅れにつながります。

ご依頼内容:
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
説明:
Use case: I am leaving Hoshizora Tech at the end of March and would like to merge my company
certification account into my personal one.
Email addresses used: k-fujisawa@hoshizora-tech.co.jp, kenta.fujisawa.work@gmail.com
Email address to keep: kenta.fujisawa.work@gmail.com
Candidate IDs: AWS03318274 (company), AWS09162384 (personal)

このメールに返信いただくと、内容はケースに追加されます。

AWS トレーニングと認定 カスタマーサポート
""")

# 023 E acknowledgement (duplicate form), different template
d = "Sun, 16 Mar 2025 06:28:49 +0000"
r, a = aws_in(ME_P, d)
add("e_ack", "acknowledgement", False, CASE_E, ["AWS03318274"], (TC_NAME, TC), [(None, ME_P)],
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E, d,
    received=r, auth=a, text="""\
Case ID: 174210652204418
Status: Open

Dear Kenta Fujisawa,

We have received your message and created the case above. Our team usually replies within
one business day.

If you have already submitted this request, there is no need to submit it again; duplicate
cases take longer to resolve.

Details of your submission:
  Inquiry type: Certification / Account Merge
  Message: Please merge my accounts. Old: k-fujisawa@hoshizora-tech.co.jp (AWS03318274).
           Keep: kenta.fujisawa.work@gmail.com

AWS Training and Certification
""", crlf=True)

# 024 E user_reply: please close the duplicate
d = "Sun, 16 Mar 2025 15:40:02 +0900"
t = """\
Hello,

I submitted the form twice by mistake. This case is a duplicate of 174210386507311, so please
close this one and keep the other.

Regards,
Kenta Fujisawa
"""
add("e_u1", "user_reply", False, CASE_E, [], (ME_NAME, ME_P), [(TC_NAME, TC)],
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E, d,
    style="gmail", irt=["e_ack"], text=t, html=html_of(t))

# 025 Builder ID code (unrelated)
d = "Sun, 16 Mar 2025 07:02:14 +0000"
r, a = aws_in(ME_P, d, domain="signin.aws")
add("bid1", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), [(None, ME_P)],
    "Your AWS Builder ID verification code", d, received=r, auth=a, html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Use this code to finish signing in to your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>482913</b></p>
<p>The code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.</p>
</body></html>
""")

# 026 E case_update: closed as duplicate
d = "Mon, 17 Mar 2025 01:15:40 +0000"
r, a = aws_in(ME_P, d)
add("e_dup", "case_update", False, CASE_E, [], (TC_NAME, TC), [(None, ME_P)],
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_E, d,
    received=r, auth=a, irt=["e_ack", "e_u1"], text="""\
Hello Kenta,

Thanks for the heads-up. I've closed case 174210652204418 as a duplicate and linked it to
174210386507311, where your merge request is being handled. You don't need to do anything
further on this case.

Best,
Tomasz K.
AWS Training and Certification
""")

# 027 A on_hold with a question buried in the middle
d = "Mon, 17 Mar 2025 08:51:16 +0000"
r, a = aws_in(ME_P, d)
t = """\
Hello Kenta,

Thank you for your patience while I reviewed your request.

Before any merge we check whether each account is connected to an AWS Partner Network
organization. The account registered to k-fujisawa@hoshizora-tech.co.jp (AWS03318274) is
associated with the APN profile of Hoshizora Tech Co., Ltd. Certifications held on a
partner-linked account count toward that organization's partner standing, so we can't move
them out while the link is in place. The link has to be released on the partner side first,
and I have put your case on hold until that happens.

Releases usually go through quickly when the employee is leaving. So that I can tell the
partner team which situation applies: is your employment with Hoshizora Tech ending, and if
so, on what date? If you are staying with the company and only want your own copy of the
record, the route is different and I can explain it.

While the case is on hold you don't need to create anything new; your personal account
AWS09162384 can receive the merge as it is.

Best regards,
Priya S.
AWS Training and Certification | Customer Support
"""
A_HOLD = t
add("a_hold", "on_hold", True, CASE_A, ["AWS03318274", "AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack"], text=t,
    html="<html><body><div style=\"font-family:Arial,sans-serif;font-size:14px\">" +
    "".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in t.strip().split("\n\n")) +
    "</div></body></html>")

# 028 AWS marketing (unrelated)
d = "Mon, 17 Mar 2025 09:00:00 +0000"
r, a = aws_in(ME_P, d)
add("mkt1", "unrelated", False, None, [], ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), [(None, ME_P)],
    "AWS Summit Japan 2025: registration is open", d, received=r, auth=a, html="""\
<html><body style="margin:0;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;color:#fff;padding:24px"><h1>AWS Summit Japan 2025</h1><p>June 25-26, Makuhari Messe</p></td></tr>
<tr><td style="padding:24px">
<p>Join thousands of builders for two days of keynotes, hands-on labs and certification lounges.
AWS Certified attendees get access to the Certification Lounge.</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Register now</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:24px">You are receiving this email because you subscribed to AWS event communications.
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a>. Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109</td></tr>
</table></body></html>
""")

# 029 A user_reply
d = "Mon, 17 Mar 2025 21:05:33 +0900"
t = """\
Hi Priya,

Yes, I'm leaving Hoshizora Tech. My last working day is 31 March 2025, and the company mailbox
will be closed after that. I'd like everything to end up on my personal account.

Best regards,
Kenta

On Mon, Mar 17, 2025 at 5:51 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in A_HOLD.rstrip("\n").split("\n"))
add("a_u1", "user_reply", False, CASE_A, [], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_A, d, style="gmail", irt=["a_ack", "a_hold"], text=t, html=html_of(t))

# 030 A case_update: thanks + progress
d = "Tue, 18 Mar 2025 02:30:05 +0000"
r, a = aws_in(ME_P, d)
add("a_upd1", "case_update", False, CASE_A, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_hold", "a_u1"], text="""\
Hi Kenta,

Thank you, that's exactly what I needed. I've sent the release request to our partner team
together with your leaving date. Releases normally take one to three business days, and I'll
come back to you as soon as the link is cleared.

""" + SIG_PRIYA + "\n")

# 031 other vendor "solved" (unrelated)
d = "Tue, 18 Mar 2025 10:14:27 +0000"
r, a = generic_in(ME_P, d, "nimbusbackup.io")
add("nimbus1", "unrelated", False, None, [], ("Nimbus Backup Support", "support@nimbusbackup.io"), [(None, ME_P)],
    "[Request #58213] Your request has been solved", d, received=r, auth=a, style="nimbusbackup.io", text="""\
##- Please type your reply above this line -##

Your request (#58213) has been solved. To reopen it, reply to this email within 7 days.

Lena (Nimbus Backup)
Mar 18, 2025, 19:13 JST

The restore job now completes on the free plan. We've also credited one month to your
account for the trouble. If you need anything else, just let us know.
""")

# 032 A on_hold, no question at all
d = "Thu, 20 Mar 2025 06:10:44 +0000"
r, a = aws_in(ME_P, d)
t = """\
Hi Kenta,

I'm covering for Priya today and wanted to give you an update.

Your case is still on hold: our partner team has contacted the partner administrator at
Hoshizora Tech and is waiting for them to approve the release of AWS03318274. There is
nothing needed from you while we wait.

We'll write as soon as anything changes.

Alejandro M.
AWS Training and Certification Customer Support
"""
add("a_hold2", "on_hold", False, CASE_A, ["AWS03318274"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_upd1"], text=t,
    html="<html><body>" + "".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>")
                                  for p in t.strip().split("\n\n")) + "</body></html>", enc="b64")

# 033 certmetrics "wants to hear from you" -> certification (not a case survey)
d = "Thu, 20 Mar 2025 15:00:12 +0000"
r, a = generic_in(ME_C, d, "certmetrics.com")
add("cm1", "certification", False, None, ["AWS03318274"], ("AWS Certification", "do-not-reply@certmetrics.com"),
    [(None, ME_C)], "AWS Certification wants to hear from you", d, received=r, auth=a, style="certmetrics.com",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hello Kenta,</p>
<p>As an AWS Certified individual, you are invited to take part in a short study about how
certification helps in your day-to-day work. It takes about 10 minutes.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/study2025">Take the study</a></p>
<p>Participation is optional and does not affect your certification status.</p>
<p style="font-size:11px;color:#777">Candidate ID: AWS03318274<br>AWS Certification Program</p>
</body></html>
""")

# 034 suspicious lookalike that reuses the real case number
d = "Fri, 21 Mar 2025 13:47:08 +0000"
r, a = generic_in(ME_P, d, "aws-certsupport.com", ip="192.0.2.44")
add("phish2", "suspicious", False, None, [], ("AWS Training & Certification", "support@aws-certsupport.com"), [(None, ME_P)],
    "RE:[CASE %s] Identity verification required to complete your merge" % CASE_A, d, received=r, auth=a,
    style="aws-certsupport.com", text="""\
Dear Candidate,

To finalize the account merge on case 174210386507311 we must verify your identity.

Sign in within 24 hours at https://aws-certsupport.com/verify and reply to this message with the
6-digit code you receive. If verification is not completed, your certifications will be
permanently removed from both accounts.

AWS Training & Certification Security Team
""")

# 035 A case_update: hold lifted
d = "Mon, 24 Mar 2025 00:45:29 +0000"
r, a = aws_in(ME_P, d)
add("a_upd2", "case_update", False, CASE_A, ["AWS03318274"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_hold2"], text="""\
Hello Kenta,

The Hoshizora Tech partner administrator approved the release on Friday, so AWS03318274 is
no longer tied to the partner profile and your case is active again.

I'm pulling together the details of both accounts and will send them over for you to look at
shortly.

""" + SIG_PRIYA + "\n")

# 036 A confirmation_request, HTML-only with table, soft ask
d = "Mon, 24 Mar 2025 03:12:50 +0000"
r, a = aws_in(ME_P, d)
A_CONF_HTML = """\
<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello Kenta,</p>
<p>Below are the two certification accounts we found for you. The merge keeps Account #1 and
moves the exam history, certifications and benefits of Account #2 into it. Account #2 is then
closed.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS09162384</td><td>AWS03318274</td></tr>
<tr><td>Login email</td><td>kenta.fujisawa.work@gmail.com</td><td>k-fujisawa@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.fujisawa.work@gmail.com</td><td>k-fujisawa@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.fujisawa.work@gmail.com</td><td>k-fujisawa@hoshizora-tech.co.jp</td></tr>
</table>
<p>The merge is set up and ready to run. The only thing it is waiting on is your word that both
accounts are yours and that Account #1 is the one to keep.</p>
<p>Best regards,<br>Priya S.<br>AWS Training and Certification | Customer Support</p>
</div>
</body></html>
"""
add("a_conf", "confirmation_request", True, CASE_A, ["AWS09162384", "AWS03318274"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_upd2"], html=A_CONF_HTML)

# 037 GitHub issue comment that asks the owner something (unrelated)
d = "Mon, 24 Mar 2025 05:20:11 +0000"
r, a = generic_in(ME_C, d, "github.com")
add("gh2", "unrelated", False, None, [], ("Aya Kimura", "notifications@github.com"), [("hoshizora/infra-modules", "infra-modules@noreply.github.com")],
    "Re: [hoshizora/infra-modules] terraform plan fails with provider 5.9 (Issue #418)", d, received=r, auth=a,
    style="github.com", extra=[("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"),
                               ("X-GitHub-Reason", "mention")], text="""\
@kfujisawa could you take a look at this before you leave? The endpoint module pins the old
provider and I'm not sure whether bumping it is safe.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/issues/418#issuecomment-2747710391
You are receiving this because you were mentioned.
""")

# 038 out-of-office auto reply (unrelated)
d = "Mon, 24 Mar 2025 14:33:02 +0900"
add("ooo1", "unrelated", False, None, [], ("小川 真理", "m-ogawa@hoshizora-tech.co.jp"), [("藤沢 健太", ME_C)],
    "自動応答: Re: 最終出社日までの手続きについて", d, style="outlook",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], text="""\
3/24(月)〜3/26(水)は出張のため不在にしております。
3/27(木)以降、順次返信いたします。急ぎの場合は総務部代表(soumu@hoshizora-tech.co.jp)までご連絡ください。

I am away on a business trip from March 24 to 26 and will reply after I return.
""")

# 039 A gentle reminder (confirmation), listing only in quoted history
d = "Wed, 26 Mar 2025 04:30:17 +0000"
r, a = aws_in(ME_P, d)
add("a_conf2", "confirmation_request", True, CASE_A, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_conf"], text="""\
Hi Kenta,

A gentle reminder about the account listing I sent on Monday, in case it got buried: the
merge is set up on our side and only needs your go-ahead. I know your last day is coming up,
so I've copied the details below for convenience.

Best regards,
Priya S.

On Mon, Mar 24, 2025, Priya S. <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hello Kenta,
>
> Below are the two certification accounts we found for you. The merge keeps Account #1 and
> moves the exam history, certifications and benefits of Account #2 into it.
>
> Account #1
>   Candidate ID: AWS09162384
>   Login email: kenta.fujisawa.work@gmail.com
>   Training notification email: kenta.fujisawa.work@gmail.com
>   Certification notification email: kenta.fujisawa.work@gmail.com
>
> Account #2
>   Candidate ID: AWS03318274
>   Login email: k-fujisawa@hoshizora-tech.co.jp
>   Training notification email: k-fujisawa@hoshizora-tech.co.jp
>   Certification notification email: k-fujisawa@hoshizora-tech.co.jp
>
> The merge is set up and ready to run. The only thing it is waiting on is your word that
> both accounts are yours and that Account #1 is the one to keep.
""")

# 040 A user_reply: confirmed
d = "Wed, 26 Mar 2025 19:58:41 +0900"
t = """\
Hi Priya,

Sorry for the delay, it has been a busy week. Confirmed: both accounts are mine. Please merge
Account #2 into Account #1 (AWS09162384, kenta.fujisawa.work@gmail.com).

Best regards,
Kenta

On Wed, Mar 26, 2025 at 1:30 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> A gentle reminder about the account listing I sent on Monday, in case it got buried: the
> merge is set up on our side and only needs your go-ahead.
"""
add("a_u2", "user_reply", False, CASE_A, ["AWS09162384"], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_A, d, style="gmail", irt=["a_ack", "a_conf", "a_conf2"], text=t, html=html_of(t))

# 041 A confirmation_request (second, indirect): pending exam appointment moves too
d = "Wed, 26 Mar 2025 23:20:36 +0000"
r, a = aws_in(ME_P, d)
add("a_conf3", "confirmation_request", True, CASE_A, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_conf2", "a_u2"], text="""\
Hi Kenta,

Thanks for confirming.

Before I run it, one detail I noticed: Account #2 has an upcoming exam appointment, AWS
Certified Security - Specialty on 18 April. Appointments move along with the merge, and from
then on the reminders for it will go to your personal address. Because this is the one part
the exam vendor also sees, I want to be sure that is how you would like it to go before
anything changes.

""" + SIG_PRIYA + "\n")

# 042 A user_reply: go ahead
d = "Thu, 27 Mar 2025 08:41:12 +0900"
t = """\
Yes, that's fine. Please go ahead.

Kenta

On Thu, Mar 27, 2025 at 8:20 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> Thanks for confirming.
>
> Before I run it, one detail I noticed: Account #2 has an upcoming exam appointment, AWS
> Certified Security - Specialty on 18 April.
"""
add("a_u3", "user_reply", False, CASE_A, [], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_A, d, style="gmail", irt=["a_ack", "a_conf3"], text=t, html=html_of(t))

# 043 A case_update: thanks, merge started
d = "Thu, 27 Mar 2025 00:10:58 +0000"
r, a = aws_in(ME_P, d)
add("a_upd3", "case_update", False, CASE_A, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_conf3", "a_u3"], text="""\
Thank you, Kenta. I've started the merge. It normally completes within a few hours, and I'll
let you know when it's done.

Priya
""")

# 044 Free tier alert (unrelated)
d = "Thu, 27 Mar 2025 02:02:40 +0000"
r, a = aws_in(ME_P, d, domain="costalerts.amazonaws.com")
add("ft1", "unrelated", False, None, [], ("AWS Free Tier", "freetier@costalerts.amazonaws.com"), [(None, ME_P)],
    "AWS Free Tier limit alert", d, received=r, auth=a, text="""\
Your AWS account 382104759916 has exceeded 85% of the usage limit for one or more AWS Free
Tier-eligible services for the month of March.

Product: AmazonS3   Usage: 4.3 GB of 5 GB (Standard Storage)

To avoid charges, review your usage in the Billing and Cost Management console.

Amazon Web Services
""", cs="us-ascii")

# 045 A resolved, Outlook-style original quoted underneath (contains the old request)
d = "Thu, 27 Mar 2025 05:32:19 +0000"
r, a = aws_in(ME_P, d)
add("a_res", "resolved", False, CASE_A, ["AWS03318274", "AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_A, d, received=r, auth=a, irt=["a_ack", "a_conf3", "a_u3", "a_upd3"], text="""\
Hello Kenta,

I have successfully merged all accounts. The exam history, certifications and benefits from
AWS03318274 are now on Account #1, AWS09162384, and you can sign in with the Builder ID for
kenta.fujisawa.work@gmail.com. The Security - Specialty appointment on 18 April moved across
as well.

It can take a few days for the partner profile and Credly to reflect the change.

""" + SIG_PRIYA + """

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, March 24, 2025 3:12 AM
To: kenta.fujisawa.work@gmail.com
Subject: RE:[CASE 174210386507311] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

Below are the two certification accounts we found for you. The merge keeps Account #1 and
moves the exam history, certifications and benefits of Account #2 into it.

Account #1
Candidate ID: AWS09162384
Login email: kenta.fujisawa.work@gmail.com
Training notification email: kenta.fujisawa.work@gmail.com
Certification notification email: kenta.fujisawa.work@gmail.com

Account #2
Candidate ID: AWS03318274
Login email: k-fujisawa@hoshizora-tech.co.jp
Training notification email: k-fujisawa@hoshizora-tech.co.jp
Certification notification email: k-fujisawa@hoshizora-tech.co.jp

The merge is set up and ready to run. The only thing it is waiting on is your word that both
accounts are yours and that Account #1 is the one to keep.
""", crlf=True)

# 046 Credly badge after merge (older sender domain)
d = "Thu, 27 Mar 2025 05:51:03 +0000"
r, a = generic_in(ME_P, d, "youracclaim.com")
add("credly2", "badge", False, None, [], ("Credly", "admin@youracclaim.com"), [(None, ME_P)],
    "Amazon Web Services Training and Certification sent you a new badge", d, received=r, auth=a,
    style="youracclaim.com", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Congratulations, Kenta!</p>
<p>Amazon Web Services Training and Certification has issued you the
<b>AWS Certified Solutions Architect - Professional</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/a61f3c2e-0d7b-4f3e-8d19-6b2e1c9d7a40">Accept your badge</a></p>
<p>Accepting lets you share it on LinkedIn and in your email signature.</p>
<p style="color:#888;font-size:11px">You received this email because a badge was issued to you on Credly.</p>
</body></html>
""")

# 047 A survey, HTML
d = "Thu, 27 Mar 2025 06:00:00 +0000"
r, a = aws_in(ME_P, d)
add("a_survey", "survey", False, CASE_A, [], ("AWS Training and Certification Feedback", "tc-feedback@amazon.com"),
    [(None, ME_P)], "Tell us about your support experience (Case %s)" % CASE_A, d, received=r, auth=a, html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>We value your feedback. How satisfied were you with the support you received on case 174210386507311?</p>
<table cellpadding="8"><tr>
<td><a href="https://feedback.aws.training/s/r?c=174210386507311&amp;v=1">1</a></td>
<td><a href="https://feedback.aws.training/s/r?c=174210386507311&amp;v=2">2</a></td>
<td><a href="https://feedback.aws.training/s/r?c=174210386507311&amp;v=3">3</a></td>
<td><a href="https://feedback.aws.training/s/r?c=174210386507311&amp;v=4">4</a></td>
<td><a href="https://feedback.aws.training/s/r?c=174210386507311&amp;v=5">5</a></td>
</tr></table>
<p style="font-size:11px;color:#777">Please do not reply to this email; replies are not monitored.</p>
</body></html>
""")

# 048 A user_reply: owner forwards the resolution to manager from company address (new subject)
d = "Thu, 27 Mar 2025 16:20:44 +0900"
add("a_fwd", "user_reply", False, CASE_A, [], (ME_NAME, ME_C), [("Hiroshi Tanabe", "h-tanabe@hoshizora-tech.co.jp")],
    "FYI: AWS certifications moved to my personal account", d, style="outlook", text="""\
Tanabe-san,

FYI: AWS has moved my certifications off the company partner profile to my personal account,
so the partner dashboard may drop my certs in a few days.

Kenta

________________________________
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, March 27, 2025 2:32 PM
To: kenta.fujisawa.work@gmail.com
Subject: RE:[CASE 174210386507311] [AWS Training and Certification Form Submission] - account-assistance

Hello Kenta,

I have successfully merged all accounts. The exam history, certifications and benefits from
AWS03318274 are now on Account #1, AWS09162384, and you can sign in with the Builder ID for
kenta.fujisawa.work@gmail.com. The Security - Specialty appointment on 18 April moved across
as well.

It can take a few days for the partner profile and Credly to reflect the change.

Best regards,
Priya S.
""")

# 049 manager reply (unrelated)
d = "Thu, 27 Mar 2025 17:05:10 +0900"
add("tanabe2", "unrelated", False, None, [], ("Hiroshi Tanabe", "h-tanabe@hoshizora-tech.co.jp"), [("Kenta Fujisawa", ME_C)],
    "RE: FYI: AWS certifications moved to my personal account", d, style="outlook", irt=["a_fwd"], text="""\
了解です。パートナーチームにも伝えておきます。
残り数日、よろしくお願いします。

田辺

-----Original Message-----
From: Kenta Fujisawa <k-fujisawa@hoshizora-tech.co.jp>
Sent: Thursday, March 27, 2025 4:21 PM
Subject: FYI: AWS certifications moved to my personal account

Tanabe-san,

FYI: AWS has moved my certifications off the company partner profile to my personal account,
so the partner dashboard may drop my certs in a few days.
""")

# 050 certmetrics account updated (certification)
d = "Fri, 28 Mar 2025 01:30:00 +0000"
r, a = generic_in(ME_P, d, "certmetrics.com")
add("cm2", "certification", False, None, ["AWS09162384"], ("AWS Certification", "do-not-reply@certmetrics.com"),
    [(None, ME_P)], "Your AWS Certification Account has been updated", d, received=r, auth=a, style="certmetrics.com",
    text="""\
Hello Kenta Fujisawa,

Your AWS Certification Account (Candidate ID: AWS09162384) now lists the following active
certifications:

  AWS Certified Solutions Architect - Associate   valid through 2026-11-21
  AWS Certified Solutions Architect - Professional valid through 2027-02-14
  AWS Certified Developer - Associate              valid through 2025-06-09

Digital certificates can be downloaded from the Certifications page of your account.

AWS Certification
This mailbox is not monitored.
""")

# 051 B acknowledgement (11-digit), echo contains the owner's own question
d = "Fri, 28 Mar 2025 11:03:27 +0000"
r, a = aws_in(ME_P, d)
add("b_ack", "acknowledgement", False, CASE_B, ["AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_B, d, received=r, auth=a, text="""\
Hello Kenta Fujisawa,

We received your request and opened a case for it.

Case ID: 13984520771
Topic: Certification / Exam history
Candidate ID provided: AWS09162384

We aim to respond within one business day. Please keep any follow-up on this email thread
instead of submitting the form again.

Your message:
"After my accounts were merged I noticed that my AWS Certified SysOps Administrator -
Associate exam from September 2021 is not in my exam history. I passed it at a Pearson VUE
test center in Osaka. Could you check where the record went?"

Thank you,
AWS Training and Certification
""")

# 052 Pearson VUE appointment reminder (unrelated, 9-digit registration)
d = "Sat, 29 Mar 2025 00:15:00 +0000"
r, a = generic_in(ME_P, d, "pearson.com")
add("pv1", "unrelated", False, None, [], ("Pearson VUE", "pearsonvueconfirmation@pearson.com"), [(None, ME_P)],
    "Appointment reminder: AWS Certified Security - Specialty", d, received=r, auth=a, style="pearson.com", text="""\
Dear Kenta Fujisawa,

This is a reminder of your upcoming exam appointment.

Exam: SCS-C02 AWS Certified Security - Specialty
Date: Friday, April 18, 2025, 10:00 JST
Test center: Pearson Professional Centers - Osaka Umeda
Registration ID: 482771903

Please arrive 30 minutes early with two forms of valid identification whose names match your
registration exactly.

Pearson VUE
""")

# 053 B info_request: what is missing stated as fact, no question
d = "Mon, 31 Mar 2025 02:14:48 +0000"
r, a = aws_in(ME_P, d)
B_REQ = """\
Hello Kenta,

I've gone through the exam history on AWS09162384 together with the records merged in from
AWS03318274. Your Solutions Architect - Associate (2020) and Developer - Associate (2022)
results are there. A SysOps Administrator - Associate result from 2021 is not in either record,
and it isn't attached to any other profile I can find under your name or email addresses.

Results from that period were sometimes filed under the exam registration rather than the
candidate, which is how they go missing. Our records team can search the exam vendor's
archive, but only by the Pearson VUE registration number of that appointment, and that number
isn't on the case yet. It appears in the confirmation email Pearson VUE sent when the exam was
booked; it is usually nine digits long.

"""
add("b_req", "info_request", True, CASE_B, ["AWS09162384", "AWS03318274"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_B, d, received=r, auth=a, irt=["b_ack"], text=B_REQ + SIG_MARIANA + "\n",
    html="<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\">" +
    "".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", " ") for p in B_REQ.strip().split("\n\n")) +
    "<p>Best regards,<br><br>Mariana L.<br>Certification Support<br>Amazon Web Services Training and Certification</p>"
    "</body></html>")

# 054 HR farewell (unrelated, company)
d = "Mon, 31 Mar 2025 11:32:55 +0900"
add("hr1", "unrelated", False, None, [], ("人事部", "jinji@hoshizora-tech.co.jp"), [("藤沢 健太", ME_C)],
    "【人事部】本日の退職手続きについて", d, style="outlook", enc="b64", text="""\
藤沢 健太 様

本日が最終出社日となります。長い間お疲れさまでした。
17時までに人事部(3F)へお越しいただき、以下をご返却ください。

・社員証/セキュリティカード
・健康保険証
・貸与PC(情報システム部で受付済みの場合は不要)

源泉徴収票は後日ご自宅へ郵送いたします。

人事部
""")

# 055 C acknowledgement (console case)
d = "Tue, 01 Apr 2025 00:22:37 +0000"
r, a = aws_in(ME_P, d)
add("c_ack", "acknowledgement", False, CASE_C, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    "Amazon Web Services: New Support case: %s" % CASE_C, d, received=r, auth=a, text="""\
Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case 7164029385 to address your
issue. The details of your case are as follows:

Case ID: 7164029385
Subject: 50% exam voucher missing after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged on March 27, the 50% exam
discount benefit that I had on the old account is not shown under Benefits on the merged
account.

To view the case or add correspondence, please visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7164029385&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update your case, use the link above.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 056 bounce (unrelated): owner wrote to his closed company address
d = "Wed, 02 Apr 2025 01:05:12 +0000"
bounce = MIMEMultipart("report", report_type="delivery-status", boundary="000000000000bounce162")
bounce.attach(MIMEText("""\
** Address not found **

Your message wasn't delivered to k-fujisawa@hoshizora-tech.co.jp because the address couldn't
be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-fujisawa@hoshizora-tech.co.jp not found
by SMTP address lookup
""", "plain", "us-ascii"))
ds = Message()
ds.set_type("message/delivery-status")
ds.set_payload("Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; k-fujisawa@hoshizora-tech.co.jp\n"
               "Action: failed\nStatus: 5.1.10\n")
hdrs = MIMEText("From: Kenta Fujisawa <kenta.fujisawa.work@gmail.com>\nTo: k-fujisawa@hoshizora-tech.co.jp\n"
                "Subject: test - is the old mailbox closed?\nDate: Wed, 2 Apr 2025 10:04:58 +0900\n",
                "rfc822-headers", "us-ascii")
bounce.attach(hdrs)
add("bounce1", "unrelated", False, None, [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [(None, ME_P)],
    "Delivery Status Notification (Failure)", d, style="gmail", body=bounce,
    extra=[("Auto-Submitted", "auto-replied")])

# 057 C info_request (console): request softly phrased inside long explanation; answer via console
d = "Wed, 02 Apr 2025 06:15:33 +0000"
r, a = aws_in(ME_P, d)
add("c_req", "info_request", True, CASE_C, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    SUBJ_C + " [AWS ID 382104759916]", d, received=r, auth=a, text="""\
Hello,

We have updated your support case or it requires your attention. The latest correspondence
is below.

Case ID: 7164029385
Subject: 50% exam voucher missing after certification account merge

------------------------------------------------------------

Hello Kenta,

Thank you for contacting AWS. I understand that after your certification accounts were
merged, the 50% discount benefit you had on the old account is no longer visible.

Benefits such as the 50% discount are issued per certification achievement and stay tied to
the achievement that earned them. When accounts are merged, unused benefits are normally
carried across with the achievements. There are two situations where a benefit does not move:
when it had already passed its expiry date, and when it had already been applied to a
scheduled appointment, in which case it is consumed even if the appointment is later moved.
I checked the appointment on your current account for April 18 and it was booked at full
price, so the second situation does not seem to apply.

Knowing which certification earned the voucher, and roughly when you last saw it on the old
account, would let me tell which of the two it was, or whether something else went wrong
during the merge. That information can go straight into the case correspondence.

Best regards,
Yusuf A.
Amazon Web Services

------------------------------------------------------------

To respond to this correspondence or see the full case history, please visit the AWS Support
Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7164029385&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link above.
""")

# 058 D acknowledgement, Japanese, ISO-2022-JP
d = "Wed, 02 Apr 2025 08:08:01 +0000"
r, a = aws_in(ME_P, d)
add("d_ack", "acknowledgement", False, CASE_D, ["AWS09162384"], ("AWS トレーニングと認定", TC), [(None, ME_P)],
    SUBJ_D, d, received=r, auth=a, cs="iso-2022-jp", hdr_cs="iso-2022-jp", text="""\
藤沢 健太 様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お客様のお問い合わせはケース番号 174358127302946 として受け付けました。

通常 24 時間以内に担当者よりご連絡いたします。内容によっては、調査のためにお時間を
頂戴する場合がございますので、あらかじめご了承ください。
すでに同じ内容でケースをお持ちの場合は、重複を避けるため新しいケースの作成はお控えください。

お問い合わせ内容:
AWS 候補 ID: AWS09162384
その他の詳細: 認定証
内容: 認定証とデジタルバッジの氏名が「FUJISAWA KENTA」と表示されています。
「Kenta Fujisawa」に直していただけますか。

AWS トレーニングと認定 カスタマーサポート
""")

# 059 Educate case (other AWS program) asking for info -> unrelated
d = "Wed, 02 Apr 2025 10:37:20 +0000"
r, a = aws_in(ME_P, d)
add("edu1", "unrelated", False, None, [], ("AWS Educate", "aws-cs-educate-form@amazon.com"), [(None, ME_P)],
    "RE:[CASE 174359021104487] [AWS Educate Form Submission] - classroom-access", d, received=r, auth=a, text="""\
Hello Kenta,

Thank you for contacting AWS Educate about access for the Kansai University cloud study
group. To set up the classroom we need the institution email address of the group's faculty
advisor; community volunteers can't be registered as the owner of an educator account.

Please reply with the advisor's name and university email address.

Thanks,
Grace
AWS Educate Support
""")

# 060 D info_request, Japanese keigo, request in the middle of a long explanation
d = "Thu, 03 Apr 2025 01:30:09 +0000"
r, a = aws_in(ME_P, d)
D_REQ = """\
藤沢 健太 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証およびデジタルバッジに表示されるお名前は、AWS 認定アカウントのプロフィールに
ご登録の氏名(法的氏名)から作成されます。確認いたしましたところ、AWS09162384 の
プロフィールでは姓と名がそれぞれ逆の欄に登録されており、そのため認定証に
「FUJISAWA KENTA」と表示されております。統合前の会社用アカウントで、一括登録の際に
姓名が入れ替わって登録されていたことが原因と考えられます。

氏名の修正にあたっては、試験会場での本人確認に使用される身分証明書の表記と一致している
必要がございます。つきましては、お手数をおかけいたしますが、パスポートまたは運転免許証に
記載されているとおりのローマ字表記を、姓と名を分けて本メールへのご返信にてお知らせ
いただけますでしょうか。書類の画像をお送りいただく必要はございません。

修正後、認定証の再発行および Credly のバッジへの反映までには、通常 3〜5 営業日ほど
かかります。なお、4 月 18 日にご予約済みの試験については、修正後の氏名で予約情報が
更新されますので、あらためてご予約いただく必要はございません。

何卒よろしくお願い申し上げます。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
add("d_req", "info_request", True, CASE_D, ["AWS09162384"], ("AWS トレーニングと認定", TC), [(None, ME_P)],
    SUBJ_D, d, received=r, auth=a, irt=["d_ack"], text=D_REQ)

# 061 D user_reply in Japanese, ISO-2022-JP, Japanese Gmail quote header
d = "Thu, 03 Apr 2025 12:48:30 +0900"
t = """\
佐伯様

ご連絡ありがとうございます。
パスポートの表記は以下のとおりです。

姓: FUJISAWA
名: KENTA

認定証には「Kenta Fujisawa」の順で表示していただけると助かります。
よろしくお願いいたします。

藤沢 健太

2025年4月3日(木) 10:30 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
""" + "".join("> " + l + "\n" if l else ">\n" for l in D_REQ.rstrip("\n").split("\n")[:14])
add("d_u1", "user_reply", False, CASE_D, [], ("藤沢 健太", ME_P), [("AWS トレーニングと認定", TC)],
    SUBJ_D, d, style="gmail", irt=["d_ack", "d_req"], cs="iso-2022-jp", hdr_cs="iso-2022-jp", text=t)

# 062 B closing_notice, gentle
d = "Fri, 04 Apr 2025 02:20:41 +0000"
r, a = aws_in(ME_P, d)
B_CLOSE = """\
Hi Kenta,

I'm following up on my note from Monday about the missing SysOps Administrator result. We
still don't have the Pearson VUE registration number for that appointment, so the records
team hasn't been able to start the archive search.

If we don't hear back by April 11, this case will be closed. A reply at any point, before or
after that date, picks it back up.

"""
add("b_close", "closing_notice", True, CASE_B, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_B, d, received=r, auth=a, irt=["b_ack", "b_req"], text=B_CLOSE + SIG_MARIANA + "\n", crlf=True)

# 063 suspicious: real AWS From, DMARC fail
d = "Fri, 04 Apr 2025 07:55:02 +0000"
ip = "203.0.113.45"
add("phish3", "suspicious", False, None, [], (TC_NAME, TC), [(None, ME_P)],
    "RE:[CASE 174359988310021] Final notice: confirm your certification account", d,
    received="from mta7.mailer-srv77.net (mta7.mailer-srv77.net. [%s])\n        by mx.google.com with ESMTP id %s\n        for <%s>; %s"
    % (ip, alnum(20).lower(), ME_P, d),
    auth=auth_google("amazon.com", ip, "bounce@mailer-srv77.net", dkim="none", spf="fail", dmarc="fail"),
    return_path="bounce@mailer-srv77.net", style="mailer-srv77.net", text="""\
Dear customer,

Your certification account merge is incomplete and your exam history will be deleted within
24 hours.

To keep your certifications, confirm your account by signing in here:
http://aws-training-verify.com/confirm?case=174359988310021

or reply to this email with your Builder ID email address and password.

AWS Training and Certification
""")

# 064 B user_reply with the registration number
d = "Sat, 05 Apr 2025 10:12:19 +0900"
t = """\
Hi Mariana,

Sorry for the wait; I had to dig through an old mailbox. The Pearson VUE registration number
for the SysOps Administrator - Associate exam (14 September 2021, Osaka) is 318845027. My
candidate ID is AWS09162384.

Best,
Kenta

On Fri, Apr 4, 2025 at 11:20 AM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in B_CLOSE.rstrip("\n").split("\n"))
add("b_u1", "user_reply", False, CASE_B, ["AWS09162384"], (ME_NAME, ME_P), [(TC_NAME, TC)],
    SUBJ_B, d, style="gmail", irt=["b_ack", "b_req", "b_close"], text=t, html=html_of(t))

# 065 C closing_notice (console auto-resolve)
d = "Sat, 05 Apr 2025 10:30:55 +0000"
r, a = aws_in(ME_P, d)
add("c_close", "closing_notice", True, CASE_C, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    SUBJ_C, d, received=r, auth=a, text="""\
Hello,

We haven't heard from you regarding case 7164029385. If we don't receive a reply, this case
will be resolved automatically in 3 days.

To keep the case open, add a correspondence in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7164029385&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""")

# 066 C user note-to-self (answered in console)
d = "Mon, 07 Apr 2025 09:40:03 +0900"
add("c_note", "user_reply", False, CASE_C, ["AWS03318274", "AWS09162384"], (ME_NAME, ME_P), [(ME_NAME, ME_P)],
    "memo: voucher case 7164029385 answered in Support Center", d, style="gmail", text="""\
Answered Yusuf in the Support Center (can't reply by mail):
- voucher came from the SA Associate recertification, Nov 2023
- last saw it on the old account (AWS03318274) in February
- current account AWS09162384
Check again on Wednesday.
""")

# 067 B case_update: records team, "please allow", nothing required
d = "Mon, 07 Apr 2025 01:05:37 +0000"
r, a = aws_in(ME_P, d)
add("b_upd", "case_update", False, CASE_B, [], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_B, d, received=r, auth=a, irt=["b_ack", "b_close", "b_u1"], text="""\
Hi Kenta,

Thank you, that number is exactly what the records team needed. I've passed the search
request to them. Archive lookups can take up to five business days, so please allow a little
time. Nothing more is required from you; I'll write as soon as they come back.

""" + SIG_MARIANA + "\n")

# 068 D case_update in Japanese: handed to team, no action needed (base64)
d = "Mon, 07 Apr 2025 03:00:26 +0000"
r, a = aws_in(ME_P, d)
add("d_upd", "case_update", False, CASE_D, [], ("AWS トレーニングと認定", TC), [(None, ME_P)],
    SUBJ_D, d, received=r, auth=a, irt=["d_ack", "d_req", "d_u1"], enc="b64", text="""\
藤沢 健太 様

ご返信いただき、ありがとうございます。
お知らせいただいた表記にて、氏名の修正を担当チームへ依頼いたしました。

現時点でお客様にご対応いただくことはございません。
修正が完了しましたら、あらためてご連絡いたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
""")

# 069 C case_update (console): escalated to benefits team
d = "Mon, 07 Apr 2025 06:20:14 +0000"
r, a = aws_in(ME_P, d)
add("c_upd", "case_update", False, CASE_C, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    SUBJ_C, d, received=r, auth=a, text="""\
Hello,

We have updated your support case. The latest correspondence is below.

Case ID: 7164029385

------------------------------------------------------------
Hello Kenta,

Thank you for the details. The voucher from your Solutions Architect - Associate
recertification was still valid on the day the accounts were merged, so it should have moved
across. I've asked the benefits team to restore it to your current account and will update
the case once that's done.

Best regards,
Yusuf A.
------------------------------------------------------------

To see the case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=7164029385&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link above.
""")

# 070 GitHub dependabot (unrelated)
d = "Mon, 07 Apr 2025 12:41:00 +0000"
r, a = generic_in(ME_P, d, "github.com")
add("gh3", "unrelated", False, None, [], ("GitHub", "noreply@github.com"), [(None, ME_P)],
    "[kfujisawa/dotfiles] Dependabot alert: 1 moderate severity vulnerability", d, received=r, auth=a,
    style="github.com", text="""\
Dependabot found 1 vulnerable dependency in kfujisawa/dotfiles.

moderate  requests  (scripts/requirements.txt)  upgrade to 2.32.4

Review the alert: https://github.com/kfujisawa/dotfiles/security/dependabot/3

You are receiving this because you own the repository.
""")

# 071 certification expiry notice
d = "Tue, 08 Apr 2025 15:00:09 +0000"
r, a = generic_in(ME_P, d, "certmetrics.com")
add("cm3", "certification", False, None, ["AWS09162384"], ("AWS Certification", "do-not-reply@certmetrics.com"),
    [(None, ME_P)], "Your AWS Certified Developer - Associate expires in 60 days", d, received=r, auth=a,
    style="certmetrics.com", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hello Kenta,</p>
<p>Your <b>AWS Certified Developer - Associate</b> certification expires on <b>June 9, 2025</b>.
To keep it active, pass the current version of the exam before that date.</p>
<p>Candidate ID: AWS09162384</p>
<p><a href="https://aws.amazon.com/certification/recertification/">Learn about recertification</a></p>
<p style="font-size:11px;color:#777">AWS Certification. Please do not reply to this message.</p>
</body></html>
""")

# 072 B resolved: conditional invitation + quoted closing notice
d = "Wed, 09 Apr 2025 02:40:18 +0000"
r, a = aws_in(ME_P, d)
add("b_res", "resolved", False, CASE_B, ["AWS09162384"], (TC_NAME, TC), [(None, ME_P)],
    SUBJ_B, d, received=r, auth=a, irt=["b_ack", "b_close", "b_u1", "b_upd"], text="""\
Hello Kenta,

The records team found your September 2021 SysOps Administrator - Associate result in the
vendor archive and has attached it to AWS09162384. It now shows in your exam history, and the
certification appears as expired in September 2024, which matches its three-year validity.

If anything in the history still looks off, just reply to this email and I'll take another
look.

""" + SIG_MARIANA + """

On Fri, Apr 4, 2025, Mariana L. wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in B_CLOSE.rstrip("\n").split("\n")))

# 073 D resolved in Japanese (ISO-2022-JP), conditional invitation, quoted request
d = "Wed, 09 Apr 2025 05:10:47 +0000"
r, a = aws_in(ME_P, d)
add("d_res", "resolved", False, CASE_D, [], ("AWS トレーニングと認定", TC), [(None, ME_P)],
    SUBJ_D, d, received=r, auth=a, irt=["d_ack", "d_req", "d_u1", "d_upd"], cs="iso-2022-jp", hdr_cs="iso-2022-jp",
    text="""\
藤沢 健太 様

お待たせいたしました。
プロフィールの氏名を「Kenta Fujisawa」に修正し、認定証を再発行いたしました。
Credly のデジタルバッジにも数日以内に反映されます。

ご不明な点がございましたら、本メールにご返信ください。

佐伯
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
> 氏名の修正にあたっては、試験会場での本人確認に使用される身分証明書の表記と一致している
> 必要がございます。つきましては、お手数をおかけいたしますが、パスポートまたは運転免許証に
> 記載されているとおりのローマ字表記を、姓と名を分けて本メールへのご返信にてお知らせ
> いただけますでしょうか。
""")

# 074 Credly badge update
d = "Wed, 09 Apr 2025 06:33:40 +0000"
r, a = generic_in(ME_P, d, "credly.com")
add("credly3", "badge", False, None, [], ("Credly", "admin@credly.com"), [(None, ME_P)],
    "Reminder: accept your AWS Certified Solutions Architect - Professional badge", d, received=r, auth=a,
    style="credly.com", text="""\
Hi Kenta,

You have a badge from Amazon Web Services Training and Certification waiting for you:
AWS Certified Solutions Architect - Professional.

Accept it here: https://www.credly.com/earner/earned/badge/a61f3c2e-0d7b-4f3e-8d19-6b2e1c9d7a40

Credly
""")

# 075 C resolved (console) with feedback footer
d = "Wed, 09 Apr 2025 08:00:02 +0000"
r, a = aws_in(ME_P, d)
add("c_res", "resolved", False, CASE_C, [], ("Amazon Web Services", CONSOLE), [(None, ME_P)],
    SUBJ_C, d, received=r, auth=a, text="""\
Hello,

We have updated your support case. The latest correspondence is below.

Case ID: 7164029385

------------------------------------------------------------
Hello Kenta,

The benefits team has restored the 50% exam discount to your certification account; you'll
find it under Benefits, valid until November 2025. I'm marking this case resolved. If the
problem comes back, you can reopen the case from the Support Center within 14 days.

Best regards,
Yusuf A.
------------------------------------------------------------

To see the case, visit:
https://console.aws.amazon.com/support/home#/case/?displayId=7164029385&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

We value your feedback. Please share your experience by rating this correspondence using the
AWS Support Center link above.
""")

# 076 English newsletter (unrelated)
d = "Wed, 09 Apr 2025 13:00:00 +0000"
r, a = generic_in(ME_P, d, "cloudbrief.dev")
add("news_en1", "unrelated", False, None, [], ("The Cloud Brief", "hello@cloudbrief.dev"), [(None, ME_P)],
    "The Cloud Brief #87: reply-by dates, quota surprises and a Lambda trick", d, received=r, auth=a,
    style="cloudbrief.dev", text="""\
THE CLOUD BRIEF #87

1. Support tickets that close themselves
Most vendors auto-close a ticket a few days after asking you something. Put reply-by dates in
your calendar the moment a ticket says it is waiting on you.

2. Service quotas you only discover in production
A short list of the defaults that bite new accounts.

3. A Lambda trick
Use response streaming for large payloads.

Reply to this email to tell us what you want covered next week; we read everything.

Unsubscribe: https://cloudbrief.dev/u/8f21
""")

# 077 B survey (plain)
d = "Thu, 10 Apr 2025 02:45:00 +0000"
r, a = aws_in(ME_P, d)
add("b_survey", "survey", False, CASE_B, [], ("AWS Training and Certification Feedback", "tc-feedback@amazon.com"),
    [(None, ME_P)], "Your feedback on case %s" % CASE_B, d, received=r, auth=a, text="""\
Hello Kenta,

How would you rate the support you received for case 13984520771?

  Very satisfied     https://feedback.aws.training/s/r?c=13984520771&v=5
  Satisfied          https://feedback.aws.training/s/r?c=13984520771&v=4
  Neutral            https://feedback.aws.training/s/r?c=13984520771&v=3
  Dissatisfied       https://feedback.aws.training/s/r?c=13984520771&v=2
  Very dissatisfied  https://feedback.aws.training/s/r?c=13984520771&v=1

Thank you for helping us improve.
""")

# 078 certmetrics benefit available (certification)
d = "Thu, 10 Apr 2025 04:12:33 +0000"
r, a = generic_in(ME_P, d, "certmetrics.com")
add("cm4", "certification", False, None, ["AWS09162384"], ("AWS Certification", "do-not-reply@certmetrics.com"),
    [(None, ME_P)], "A benefit is available in your AWS Certification Account", d, received=r, auth=a,
    style="certmetrics.com", text="""\
Hello Kenta Fujisawa,

A benefit has been added to your AWS Certification Account (Candidate ID: AWS09162384):

  50% discount on your next AWS Certification exam   expires 2025-11-21

Sign in to your account and open Benefits to use it when you schedule an exam.

AWS Certification
""")

# 079 D survey in Japanese
d = "Thu, 10 Apr 2025 05:30:00 +0000"
r, a = aws_in(ME_P, d)
add("d_survey", "survey", False, CASE_D, [], ("AWS トレーニングと認定", "tc-feedback@amazon.com"), [(None, ME_P)],
    "サポートに関するアンケートのお願い(ケース %s)" % CASE_D, d, received=r, auth=a, enc="b64", html="""\
<html><body style="font-family:'Hiragino Sans','Meiryo',sans-serif">
<p>藤沢 健太 様</p>
<p>先日はケース 174358127302946 にてお問い合わせいただき、ありがとうございました。</p>
<p>今後のサービス向上のため、対応についてのご感想をお聞かせいただけますと幸いです。所要時間は 1 分程度です。</p>
<p><a href="https://feedback.aws.training/s/r?c=174358127302946&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#777">本メールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。</p>
</body></html>
""")

# 080 friend (personal) asks a question (unrelated)
d = "Fri, 11 Apr 2025 20:14:51 +0900"
t = """\
健太さん

新しい職場はどう?落ち着いたら飲みに行こう。
来週の金曜か土曜、空いてる?

あと、AWS の資格を個人アカウントに移すやつ、どれくらい時間かかった?
うちも来月退職者が出るので参考にしたい。

直樹
"""
add("friend1", "unrelated", False, None, [], ("Naoki Hayashi", "naoki.hayashi88@gmail.com"), [(None, ME_P)],
    "久しぶり", d, style="gmail", text=t, html=html_of(t))


# ---------------------------------------------------------------------------------------------
def main():
    # arrival order check
    prev = None
    for i, m in enumerate(MESSAGES, 1):
        dt = parsedate_to_datetime(m["date"])
        if prev is not None and dt < prev:
            raise SystemExit("order error at %03d (%s)" % (i, m["key"]))
        prev = dt
    for fn in os.listdir(HERE):
        if fn.endswith("-msg.eml") or fn.endswith("-msg.json"):
            os.remove(os.path.join(HERE, fn))
    pol = empolicy.compat32.clone(mangle_from_=False, linesep="\n", max_line_length=998)
    counts = Counter()
    for i, m in enumerate(MESSAGES, 1):
        data = m["msg"].as_bytes(policy=pol)
        if m["crlf"]:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(m["label"], f, ensure_ascii=False)
            f.write("\n")
        counts[m["label"]["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MESSAGES)))
    print("needs_reply=true       %d" % sum(1 for m in MESSAGES if m["label"]["needs_reply"]))


if __name__ == "__main__":
    main()
