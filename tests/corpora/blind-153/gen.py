#!/usr/bin/env python3
"""Generate a blind corpus of support-case mail (AWS T&C account merge and surroundings).
Standard library only. Writes NNN-msg.eml / NNN-msg.json next to this script."""
import base64, json, os, quopri, random, sys
from email.header import Header
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
random.seed(153)

ME_P = "tsujimoto.haruka@gmail.com"
ME_C = "haruka.tsujimoto@kirameki-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
CASE_A = "175004418300271"   # form case: merge company -> personal (APN hold)
CASE_B = "175009873100588"   # duplicate form case filed in Japanese from the company address
CASE_C = "17612048831"       # console case: missing 50% exam benefit after merge
CASE_D = "175187451200153"   # form case in Japanese: name romanisation on certificate
CASE_E = "175277301400952"   # form case: wrong no-show in exam history
CASE_OLD = "8721334590"      # 2021 case, only inside a forward
CID_OLD = "AWS03718264"      # company certification account
CID_NEW = "AWS05290137"      # personal certification account

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))

# ---------------------------------------------------------------- MIME helpers
def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()

def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str (ascii-safe) or list of Part (multipart)

def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        body = raw.decode("latin-1") if cte == "8bit" else raw.decode("ascii")
    else:
        raise ValueError(cte)
    hs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset)),
          ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Part(hs, body)

def attachment(data, ctype, filename):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data).decode("ascii"))

_bcount = [0]
def multi(subtype, parts):
    _bcount[0] += 1
    b = "----=_Part_%d_%d.%d" % (random.randint(100000, 999999), _bcount[0], random.randint(10**12, 10**13))
    if subtype == "alternative" and random.random() < 0.5:
        b = "000000000000%012x" % random.getrandbits(48)
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, b))], (b, parts))

def render_part(p, top=False):
    lines = []
    for n, v in p.headers:
        lines.append("%s: %s" % (n, v))
    out = "\n".join(lines) + "\n\n"
    if isinstance(p.body, tuple):
        b, parts = p.body
        if top:
            out += "This is a multi-part message in MIME format.\n\n"
        for sp in parts:
            out += "--%s\n" % b + render_part(sp) + "\n"
        out += "--%s--\n" % b
    else:
        out += p.body if p.body.endswith("\n") else p.body + "\n"
    return out

def auth_gmail(domain, dkim="pass", spf="pass", dmarc="pass", sel="224i4yxa5dv7c2xz3womw6peuasteono"):
    d = "dkim=%s header.i=@%s header.s=%s header.b=%s;" % (dkim, domain, sel, base64.b64encode(random.randbytes(6)).decode()[:8])
    s = "spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;" % (
        spf, domain, random.randint(2, 250), domain) if spf == "pass" else \
        "spf=%s (google.com: domain of %s does not designate 185.220.101.%d as permitted sender) smtp.mailfrom=%s;" % (
        spf, domain, random.randint(2, 250), domain)
    pol = "p=QUARANTINE sp=QUARANTINE dis=%s" % ("NONE" if dmarc == "pass" else "QUARANTINE")
    m = "dmarc=%s (%s) header.from=%s" % (dmarc, pol, domain)
    return [("ARC-Authentication-Results", "i=1; mx.google.com;\n       " + d + "\n       " + s + "\n       " + m),
            ("Authentication-Results", "mx.google.com;\n       " + d + "\n       " + s + "\n       " + m)]

def auth_m365(domain, dkim="pass", spf="pass", dmarc="pass"):
    return [("Authentication-Results",
             "spf=%s (sender IP is 54.240.27.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
             % (spf, random.randint(2, 250), domain, dkim, domain, dmarc, domain, "pass" if dmarc == "pass" else "fail"))]

def received(frm_host, by_host, when, rcpt="x"):
    return ("Received", "from %s (%s [54.240.%d.%d])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s" % (
        frm_host, frm_host, random.randint(0, 60), random.randint(1, 250), by_host,
        "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16)),
        rcpt, format_datetime(when.astimezone(UTC))))

def mid(domain, style="amzn"):
    r = random.getrandbits(64)
    if style == "amzn":
        return "<0100019%011x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>" % (
            random.getrandbits(40), random.getrandbits(32), random.getrandbits(16), random.getrandbits(16),
            random.getrandbits(16), random.getrandbits(48))
    if style == "gmail":
        return "<CAK%s@mail.gmail.com>" % base64.b64encode(random.randbytes(33)).decode().replace("/", "_").replace("+", "-")
    if style == "outlook":
        return "<TYCPR01MB%05d%s@TYCPR01MB%05d.jpnprd01.prod.outlook.com>" % (
            random.randint(10000, 99999), "".join(random.choice("ABCDEF0123456789") for _ in range(12)),
            random.randint(10000, 99999))
    return "<%016x.%d@%s>" % (r, random.randint(1000, 9999), domain)

# ---------------------------------------------------------------- message registry
MSGS = []
SENT = {}  # key -> message-id, for threading

def add(label, when, frm, to, subject, part, *, key=None, reply_to_key=None, refs=None, extra=None,
        auth=None, crlf=False, subj_charset="utf-8", msgid=None, cc=None, xmailer=None, rhost=None):
    kind, needs, case, cids = label
    msgid = msgid or mid("x", "amzn")
    hs = []
    if auth:
        dom = frm.split("@")[-1].rstrip(">")
        hs.append(received(rhost or ("a8-%d.smtp-out.amazonses.com" % random.randint(10, 99) if dom in ("amazon.com", "signin.aws")
                           else "mail-out%d.%s" % (random.randint(1, 9), dom)),
                           "mx.google.com" if ME_P in to else "TYCPR01MB11843.jpnprd01.prod.outlook.com",
                           when + timedelta(seconds=random.randint(1, 9)), ME_P if ME_P in to else ME_C))
        hs += auth
    hs += [("Date", format_datetime(when)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc_header(subject, subj_charset)), ("Message-ID", msgid)]
    if reply_to_key:
        parent = SENT[reply_to_key]
        hs.append(("In-Reply-To", parent))
        chain = (refs or []) + [parent]
        hs.append(("References", " ".join(SENT[k] if k in SENT else k for k in chain) if refs else parent))
    if extra:
        hs += extra
    if xmailer:
        hs.append(("X-Mailer", xmailer))
    hs.append(("MIME-Version", "1.0"))
    text = "\n".join("%s: %s" % h for h in hs) + "\n"
    body = render_part(part, top=True)
    # part headers become part of the top-level header block
    raw = text + body
    if crlf:
        raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    if key:
        SENT[key] = msgid
    for c in cids:
        assert len(c) == 11 and c.startswith("AWS")
    MSGS.append((raw, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cids)}, when))
    return msgid

def L(kind, needs=False, case=None, cids=()):
    return (kind, needs, case, list(cids))

def quote_gt(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))

def d(y, mo, da, h, mi, tz=UTC):
    return datetime(y, mo, da, h, mi, random.randint(0, 59), tzinfo=tz)

def html_doc(inner, style=""):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>%s</style></head>\n<body>\n%s\n</body></html>\n" % (style, inner))

TC_FROM = addr("Amazon Web Services", TC)
TC_FROM2 = addr("AWS Training and Certification", TC)
CON_FROM = addr("Amazon Web Services", CONSOLE)
ME_P_FROM = addr("Haruka Tsujimoto", ME_P)
ME_P_FROM_JA = addr("辻本 遥", ME_P)
ME_C_FROM = addr("Tsujimoto Haruka (辻本 遥)", ME_C)
SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A

# ================================================================ the mailbox, in arrival order
def build():
    # 1 ---- AWS billing (unrelated)
    t = d(2025, 6, 13, 1, 12)
    txt = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 4471, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.84

You can see a complete break down of all charges on the Bills page, located here:
https://console.aws.amazon.com/billing/home#/bill

[AWS ID 583019274471]

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""
    html = html_doc("""<table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement, for the account ending in <b>4471</b>, is available on the AWS web site.</p>
<table style="border:1px solid #ccc;border-collapse:collapse"><tr><td style="padding:6px">Total</td><td style="padding:6px"><b>USD 3.84</b></td></tr></table>
<p><a href="https://console.aws.amazon.com/billing/home#/bill">View your bill</a></p>
<p style="color:#777">[AWS ID 583019274471]</p>
<p>Thank you for using Amazon Web Services.</p></td></tr></table>""")
    add(L("unrelated"), t, addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 583019274471]",
        multi("alternative", [leaf(txt), leaf(html, "html")]), auth=auth_gmail("amazon.com"))

    # 2 ---- certification expiry (certification), to company address
    t = d(2025, 6, 13, 16, 40)
    html = html_doc("""<div style="max-width:640px;margin:auto;font-family:'Amazon Ember',Arial,sans-serif">
<div style="background:#232f3e;padding:18px"><img src="https://www.certmetrics.com/amazon/images/aws-cert-logo.png" alt="AWS Certification" height="32"></div>
<div style="padding:20px;font-size:15px;line-height:1.5">
<p>Hello Haruka Tsujimoto,</p>
<p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification will expire on <b>September 11, 2025</b>.</p>
<p>To keep your certification active, pass the current version of the exam, or earn a higher-level certification in the same path, before the expiration date. Certification holders receive a 50% discount benefit toward their next exam, available in the Benefits section of your AWS Certification Account.</p>
<table style="border-collapse:collapse;margin:12px 0"><tr><td style="padding:4px 10px;background:#f2f3f3">Candidate ID</td><td style="padding:4px 10px">AWS03718264</td></tr>
<tr><td style="padding:4px 10px;background:#f2f3f3">Validation number</td><td style="padding:4px 10px">7QK2W1D3LBE41XS9</td></tr></table>
<p><a href="https://www.aws.training/Certification" style="background:#ff9900;color:#111;padding:10px 18px;text-decoration:none;border-radius:3px">Go to your AWS Certification Account</a></p>
<p>Regards,<br>AWS Certification</p></div>
<div style="font-size:11px;color:#888;padding:12px 20px">Please do not reply to this message. This mailbox is not monitored.</div></div>""")
    add(L("certification", cids=[CID_OLD]), t, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
        "Your AWS Certification expires in 90 days", leaf(html, "html", cte="quoted-printable"),
        auth=auth_m365("certmetrics.com"), msgid=mid("certmetrics.com", "other"), crlf=True)

    # 3 ---- Japanese tech newsletter mentioning merges (unrelated)
    t = d(2025, 6, 14, 8, 0, JST)
    html = html_doc("""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f8"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="padding:16px;background:#0b3d91;color:#fff;font-size:20px">クラウド技術ウィークリー 第212号</td></tr>
<tr><td style="padding:16px;font-size:14px;line-height:1.7">
<h3>今週の注目記事</h3>
<ol><li><a href="https://example-techblog.jp/posts/aws-cert-merge">転職したらやること:AWS認定アカウントの統合手順(2025年版)</a><br>
会社アドレスで作った認定アカウントを個人アドレスへ統合する流れを、サポートへの返信例つきで紹介。</li>
<li><a href="https://example-techblog.jp/posts/bedrock-agents">Bedrock Agents で社内ヘルプデスクを作ってみた</a></li>
<li><a href="https://example-techblog.jp/posts/credly">Credly のバッジが表示されないときのチェックリスト</a></li></ol>
<p style="font-size:12px;color:#666">配信停止は<a href="https://example-techblog.jp/unsub">こちら</a>から。本メールへの返信にはお答えできません。</p>
</td></tr></table></td></tr></table>""")
    add(L("unrelated"), t, addr("クラウド技術ウィークリー", "newsletter@example-techblog.jp"), ME_P,
        "【クラウド技術ウィークリー】認定アカウントの統合、やってみた ほか", leaf(html, "html", cte="base64"),
        auth=auth_gmail("example-techblog.jp", sel="mail"), msgid=mid("example-techblog.jp", "other"))

    # 4 ---- note to self (user_reply)
    t = d(2025, 6, 15, 22, 31, JST)
    txt = """統合前メモ(退職前にやること)

旧: haruka.tsujimoto@kirameki-sys.co.jp / 候補ID AWS03718264
  - SAA-C03 2022/09/11 合格 (失効 2025/09/11)
  - DVA-C02 2024/02/20 合格
  - 特典: 50%割引 1件 (期限 2026/02)
新: tsujimoto.haruka@gmail.com / 候補ID AWS05290137 (Builder IDで作成済み、履歴なし)

証明書PDFはDriveの「cert」フォルダに保存済み。
フォームには「I am leaving Kirameki Systems on June 30」と書く。
APN連携あり → 保留になるかも。
"""
    add(L("user_reply", cids=[CID_OLD, CID_NEW]), t, ME_P_FROM_JA, ME_P, "メモ: AWS認定アカウント統合",
        leaf(txt, cte="base64"), msgid=mid("", "gmail"))

    # 5 ---- Builder ID verification code (unrelated)
    t = d(2025, 6, 15, 13, 44)
    txt = """AWS Builder ID

Verify your email address

To finish creating your AWS Builder ID, enter this verification code:

Verification code: 482915

This code expires 10 minutes after it was sent.

If you did not request this code, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
    add(L("unrelated"), t, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
        multi("alternative", [leaf(txt, cte="7bit"), leaf(html_doc("<h2>Verify your email address</h2><p>Verification code:</p><p style='font-size:28px;letter-spacing:4px'><b>482915</b></p><p>This code expires 10 minutes after it was sent.</p>"), "html")]),
        auth=auth_gmail("signin.aws", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"))

    # 6 ---- colleague farewell party, ISO-2022-JP (unrelated)
    t = d(2025, 6, 16, 10, 5, JST)
    txt = """辻本さん

お疲れさまです。総務の大森です。
6月27日(金)19時から、辻本さんの送別会を行います。
場所は前回と同じく駅前の「炉端 ひなた」です。

出欠を今週中にこのメールへ返信してください。
(幹事: 大森・川端)

--
株式会社キラメキシステムズ 総務部
大森 千尋
"""
    add(L("unrelated"), t, addr("大森 千尋", "c-omori@kirameki-sys.co.jp", "iso-2022-jp"), ME_C,
        "送別会のご案内(6/27)", leaf(txt, charset="iso-2022-jp", cte="7bit"), subj_charset="iso-2022-jp",
        msgid=mid("", "outlook"), xmailer="Microsoft Outlook 16.0")

    # 7 ---- ack, case A (acknowledgement)
    t = d(2025, 6, 16, 3, 23)
    txt = """Hello,

Thank you for reaching out to AWS Training and Certification. Your request has been logged as case %s.

Here is what we received:

Contact email: tsujimoto.haruka@gmail.com
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I am leaving Kirameki Systems on June 30 and would like my certifications on my personal account.
Email addresses I have used: haruka.tsujimoto@kirameki-sys.co.jp (AWS03718264), tsujimoto.haruka@gmail.com (AWS05290137)
Email address to keep: tsujimoto.haruka@gmail.com

One of our specialists will get back to you, normally within one business day. To avoid delays, please keep all correspondence about this request on this case rather than submitting the form again.

Best regards,
AWS Training and Certification Customer Service
""" % CASE_A
    html = html_doc("""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<p>Hello,</p><p>Thank you for reaching out to AWS Training and Certification. Your request has been logged as case <b>%s</b>.</p>
<p>Here is what we received:</p>
<table style="border-collapse:collapse;font-size:13px" border="1" cellpadding="6">
<tr><th align="left">Contact email</th><td>tsujimoto.haruka@gmail.com</td></tr>
<tr><th align="left">Inquiry type</th><td>Certification</td></tr>
<tr><th align="left">Additional details</th><td>Account Merge</td></tr>
<tr><th align="left">Description</th><td>Use case: I am leaving Kirameki Systems on June 30 and would like my certifications on my personal account.<br>
Email addresses I have used: haruka.tsujimoto@kirameki-sys.co.jp (AWS03718264), tsujimoto.haruka@gmail.com (AWS05290137)<br>
Email address to keep: tsujimoto.haruka@gmail.com</td></tr></table>
<p>One of our specialists will get back to you, normally within one business day. To avoid delays, please keep all correspondence about this request on this case rather than submitting the form again.</p>
<p>Best regards,<br>AWS Training and Certification Customer Service</p></div>""" % CASE_A)
    add(L("acknowledgement", case=CASE_A, cids=[CID_OLD, CID_NEW]), t, TC_FROM, ME_P, SUBJ_A,
        multi("alternative", [leaf(txt), leaf(html, "html")]), key="A_ack", auth=auth_gmail("amazon.com"))

    # 8 ---- ack of duplicate case B, Japanese, HTML-only base64, company address
    t = d(2025, 6, 17, 0, 15)
    html = html_doc("""<div style="font-family:'Meiryo','Hiragino Kaku Gothic ProN',sans-serif;font-size:14px;line-height:1.8">
<p>お客様</p>
<p>AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。お問い合わせをケース <b>%s</b> として受け付けました。</p>
<div style="border-left:4px solid #ff9900;background:#fafafa;padding:10px 14px;margin:12px 0">
<b>お問い合わせ内容</b><br>
お問い合わせタイプ: AWS トレーニングと認定<br>
その他の詳細: アカウントの統合<br>
内容: 退職に伴い、会社のアドレス(haruka.tsujimoto@kirameki-sys.co.jp、AWS03718264)の認定アカウントを個人アドレスへ統合したいです。</div>
<p>担当者より通常24時間以内にご連絡いたします。内容によってはお時間をいただく場合がございます。</p>
<p>同じ内容でケースをすでにお持ちの場合は、新たにケースを作成せず、既存のケースへご返信ください。重複したケースは対応の遅れにつながります。</p>
<p>よろしくお願いいたします。<br>AWS トレーニングと認定 カスタマーサービス</p></div>""" % CASE_B)
    add(L("acknowledgement", case=CASE_B, cids=[CID_OLD]), t, addr("アマゾン ウェブ サービス", TC), ME_C,
        "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
        leaf(html, "html", cte="base64"), key="B_ack", auth=auth_m365("amazon.com"))

    # 9 ---- APN hold with a buried question, case A (on_hold, needs reply)
    t = d(2025, 6, 17, 6, 52)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Haruka,</p>
<p>Thanks for your patience. I've started looking into the merge you asked for.</p>
<p>While reviewing the two profiles I found that the certification account registered to haruka.tsujimoto@kirameki-sys.co.jp (AWS03718264) is linked to an AWS Partner Network organization, Kirameki Systems K.K. Certifications held under a partner-linked profile count toward that partner's tier, so we cannot move them out of the organization on our own.</p>
<div style="background:#fff8e5;border:1px solid #f2c75c;padding:12px;margin:14px 0">
<b>Status: On hold &ndash; pending AWS Partner Network review</b><br>
I have raised this with the partner operations team so the association can be released. This usually takes a few business days and depends on the partner organization.</div>
<p>In the meantime, one detail would help them: what is your last working day at Kirameki Systems? They cannot release the profile for someone still employed there, so a date from you lets them schedule the change.</p>
<p>Kind regards,<br>Priya N.<br>AWS Training and Certification</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></div>""")
    add(L("on_hold", True, CASE_A, [CID_OLD]), t, TC_FROM, ME_P, "RE:" + SUBJ_A, leaf(html, "html"),
        key="A_hold1", reply_to_key="A_ack", auth=auth_gmail("amazon.com"))

    # 10 ---- duplicate case B closed (case_update)
    t = d(2025, 6, 17, 7, 3)
    txt = """Hello,

This request is already being handled under case %s, which was opened from your personal address on June 16. To keep everything in one place I am closing case %s and have linked the two, so nothing you sent is lost.

Updates on the merge will arrive on case %s.

Regards,
Priya N.
AWS Training and Certification
""" % (CASE_A, CASE_B, CASE_A)
    add(L("case_update", case=CASE_B), t, TC_FROM, ME_C,
        "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
        leaf(txt, cte="7bit"), reply_to_key="B_ack", auth=auth_m365("amazon.com"), crlf=True)

    # 11 ---- GitHub merged (unrelated)
    t = d(2025, 6, 17, 9, 30)
    txt = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kirameki-sys/infra-modules/pull/412#event-17734920111
You are receiving this because you authored the thread.
"""
    add(L("unrelated"), t, addr("Kenji Arai", "notifications@github.com"), ME_C,
        "Re: [kirameki-sys/infra-modules] Merge account module into shared VPC stack (PR #412)",
        multi("alternative", [leaf(txt, cte="7bit"), leaf(html_doc('<p>Merged <a href="https://github.com/kirameki-sys/infra-modules/pull/412">#412</a> into main.</p>'), "html")]),
        msgid="<kirameki-sys/infra-modules/pull/412/issue_event/17734920111@github.com>",
        extra=[("List-ID", "kirameki-sys/infra-modules <infra-modules.kirameki-sys.github.com>"), ("X-GitHub-Reason", "author")],
        auth=auth_m365("github.com"))

    # 12 ---- owner replies from the company address, Outlook style (user_reply)
    t = d(2025, 6, 17, 18, 12, JST)
    txt = """Hello Priya,

My last working day at Kirameki Systems is June 30, 2025. After that date this company mailbox will be closed, so please use tsujimoto.haruka@gmail.com for anything further.

Best regards,
Haruka Tsujimoto

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Tuesday, June 17, 2025 3:52 PM
To: tsujimoto.haruka@gmail.com
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hi Haruka,

Thanks for your patience. I've started looking into the merge you asked for.

While reviewing the two profiles I found that the certification account registered to haruka.tsujimoto@kirameki-sys.co.jp (AWS03718264) is linked to an AWS Partner Network organization, Kirameki Systems K.K.
[...]
In the meantime, one detail would help them: what is your last working day at Kirameki Systems?

Kind regards,
Priya N.
AWS Training and Certification
""" % CASE_A
    add(L("user_reply", case=CASE_A), t, ME_C_FROM, TC, "RE: RE:" + SUBJ_A, leaf(txt),
        key="A_rep1", reply_to_key="A_hold1", msgid=mid("", "outlook"), xmailer="Microsoft Outlook 16.0", crlf=True)

    # 13 ---- lookalike-domain phishing (suspicious)
    t = d(2025, 6, 18, 2, 10)
    html = html_doc("""<div style="font-family:Arial;font-size:14px">
<p><img src="https://amazon-certsupport.com/img/aws.png" height="30"></p>
<p>Dear Certified Professional,</p>
<p>We are processing an <b>account merge request</b> on your AWS Certification profile. To prevent the loss of your certifications and exam benefits, you must verify your identity within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://amazon-certsupport.com/verify?u=tsujimoto.haruka" style="background:#ff9900;color:#000;padding:12px 24px;text-decoration:none">Verify my account</a></p>
<p>Alternatively, reply to this message with your Builder ID password and the one-time code you receive so our team can complete the merge manually.</p>
<p>AWS Certification Support Team<br>Case ID: 7731029</p></div>""")
    add(L("suspicious"), t, addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_P,
        "Action required: verify your AWS Certification account merge", leaf(html, "html", cte="base64"),
        auth=auth_gmail("amazon-certsupport.com", sel="default"), msgid=mid("amazon-certsupport.com", "other"))

    # 14 ---- support asks to write from the address on the case (info_request)
    t = d(2025, 6, 18, 5, 41)
    txt = """Hello Haruka,

Thank you for the date. I noticed your message came from haruka.tsujimoto@kirameki-sys.co.jp, while this case was opened from tsujimoto.haruka@gmail.com. For account security we can only take instructions about a merge from the contact address on the case.

We need you to send the same information (your last working day) as a reply from tsujimoto.haruka@gmail.com. Once that arrives I will pass it to the partner operations team.

Regards,
Priya N.
AWS Training and Certification
"""
    add(L("info_request", True, CASE_A), t, TC_FROM, ME_P, "RE:" + SUBJ_A, leaf(txt, cte="7bit"),
        key="A_req_addr", reply_to_key="A_rep1", auth=auth_gmail("amazon.com"))

    # 15 ---- owner resends from gmail, Gmail quoting (user_reply)
    t = d(2025, 6, 18, 20, 2, JST)
    q = """Hello Haruka,

Thank you for the date. I noticed your message came from haruka.tsujimoto@kirameki-sys.co.jp, while this case was opened from tsujimoto.haruka@gmail.com. For account security we can only take instructions about a merge from the contact address on the case.

We need you to send the same information (your last working day) as a reply from tsujimoto.haruka@gmail.com. Once that arrives I will pass it to the partner operations team.

Regards,
Priya N.
AWS Training and Certification"""
    txt = """Hi Priya,

Sending from my personal address as requested: my last working day at Kirameki Systems is June 30, 2025. I am aware the company account AWS03718264 is partner-linked; please go ahead once the partner side is cleared.

Thanks,
Haruka

On Wed, Jun 18, 2025 at 2:41 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
%s
""" % quote_gt(q)
    html = html_doc("""<div dir="ltr">Hi Priya,<div><br></div><div>Sending from my personal address as requested: my last working day at Kirameki Systems is June 30, 2025. I am aware the company account AWS03718264 is partner-linked; please go ahead once the partner side is cleared.</div><div><br></div><div>Thanks,</div><div>Haruka</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Jun 18, 2025 at 2:41 PM Amazon Web Services &lt;<a href="mailto:aws-cs-trainingcertification-form@amazon.com">aws-cs-trainingcertification-form@amazon.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>""" % q.replace("\n", "<br>\n"))
    add(L("user_reply", case=CASE_A, cids=[CID_OLD]), t, ME_P_FROM, TC, "Re: RE:" + SUBJ_A,
        multi("alternative", [leaf(txt), leaf(html, "html")]), key="A_rep2", reply_to_key="A_req_addr",
        refs=["A_ack", "A_hold1"], msgid=mid("", "gmail"))

    # 16 ---- AWS marketing in Japanese (unrelated)
    t = d(2025, 6, 19, 1, 0)
    html = html_doc("""<table width="600" align="center" style="font-family:Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025 オンデマンド配信中</td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:1.7">
<p>辻本 様</p><p>ご好評いただいた基調講演と 150 以上のセッションを、期間限定でオンデマンド配信しています。認定資格取得者向けラウンジの録画もご覧いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ視聴する</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用アドレスから配信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p></td></tr></table>""")
    add(L("unrelated"), t, addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【AWS】AWS Summit Japan のセッション動画を公開しました", leaf(html, "html", cte="quoted-printable"),
        auth=auth_gmail("amazon.com"), extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

    # 17 ---- pure partner hold, nothing asked (on_hold)
    t = d(2025, 6, 19, 4, 27)
    txt = """Hello Haruka,

Thank you for confirming from your personal address.

I have sent your request and your leaving date to the AWS Partner Network operations team. They contact the partner's alliance lead at Kirameki Systems, who has to approve releasing your certification profile from the organization. Until that happens the merge is paused; partner reviews typically take three to five business days.

Nothing is needed from you right now. I will write again as soon as the partner team responds.

Regards,
Priya N.
AWS Training and Certification
"""
    add(L("on_hold", case=CASE_A), t, TC_FROM, ME_P, "RE:" + SUBJ_A, leaf(txt, cte="quoted-printable"),
        key="A_hold2", reply_to_key="A_rep2", auth=auth_gmail("amazon.com"))

    # 18 ---- colleague out-of-office (unrelated)
    t = d(2025, 6, 19, 11, 3, JST)
    txt = """【自動応答】
6月19日〜6月23日は出張のため不在にしております。
急ぎのご用件は川端(m-kawabata@kirameki-sys.co.jp)までご連絡ください。

I am out of the office until June 23 with limited access to email.

山根 剛 / Tsuyoshi Yamane
"""
    add(L("unrelated"), t, addr("山根 剛", "t-yamane@kirameki-sys.co.jp"), ME_C, "自動応答: 引き継ぎ資料の件",
        leaf(txt, charset="iso-2022-jp", cte="7bit"), subj_charset="iso-2022-jp", msgid=mid("", "outlook"),
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    # 19 ---- hold lifted, nothing asked (case_update)
    t = d(2025, 6, 24, 23, 58)
    html = html_doc("""<p style="font-family:Verdana,sans-serif;font-size:13px">Hello Haruka,</p>
<p style="font-family:Verdana,sans-serif;font-size:13px">Good news: the AWS Partner Network team has confirmed that Kirameki Systems released your certification profile. The hold on this case is lifted and I've handed it to our account specialists, who will prepare the merge.</p>
<p style="font-family:Verdana,sans-serif;font-size:13px">No further action is required from you at this point. You'll hear from the specialist directly.</p>
<p style="font-family:Verdana,sans-serif;font-size:13px">Regards,<br>Priya N.<br>AWS Training and Certification</p>""")
    add(L("case_update", case=CASE_A), t, TC_FROM, ME_P, "RE:" + SUBJ_A, leaf(html, "html", cte="7bit"),
        key="A_lift", reply_to_key="A_hold2", auth=auth_gmail("amazon.com"))

    # 20 ---- Pearson VUE appointment (unrelated)
    t = d(2025, 6, 25, 2, 15)
    txt = """Dear Haruka Tsujimoto,

Thank you for scheduling your exam with Pearson VUE.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date: Thursday, July 24, 2025
Time: 10:00 AM Japan Standard Time
Location: Online (OnVUE)
Registration ID: 491827364

Please run the system test on the computer you will use before exam day. Check in opens 30 minutes before your appointment.

Pearson VUE
"""
    add(L("unrelated"), t, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Pearson VUE Confirmation of Booking", leaf(txt, charset="us-ascii", cte="7bit"),
        auth=auth_gmail("pearson.com", sel="pvue1"), msgid=mid("pearson.com", "other"))

    # 21 ---- confirmation request with HTML table, case A (confirmation_request)
    t = d(2025, 6, 26, 8, 19)
    html = html_doc("""<div style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px;color:#16191f">
<p>Hello Haruka,</p>
<p>My name is Marco and I'm the account specialist now handling your case. I located the following certification accounts associated with you:</p>
<table cellpadding="8" cellspacing="0" style="border-collapse:collapse;border:1px solid #aab7b8;font-size:13px">
<tr style="background:#232f3e;color:#ffffff"><th></th><th align="left">Account #1</th><th align="left">Account #2</th></tr>
<tr><td style="border:1px solid #aab7b8"><b>Candidate ID</b></td><td style="border:1px solid #aab7b8">AWS05290137</td><td style="border:1px solid #aab7b8">AWS03718264</td></tr>
<tr><td style="border:1px solid #aab7b8"><b>Login email</b></td><td style="border:1px solid #aab7b8">tsujimoto.haruka@gmail.com</td><td style="border:1px solid #aab7b8">haruka.tsujimoto@kirameki-sys.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8"><b>Training notification email</b></td><td style="border:1px solid #aab7b8">tsujimoto.haruka@gmail.com</td><td style="border:1px solid #aab7b8">haruka.tsujimoto@kirameki-sys.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8"><b>Certification notification email</b></td><td style="border:1px solid #aab7b8">tsujimoto.haruka@gmail.com</td><td style="border:1px solid #aab7b8">haruka.tsujimoto@kirameki-sys.co.jp</td></tr>
<tr><td style="border:1px solid #aab7b8"><b>Active certifications</b></td><td style="border:1px solid #aab7b8">&mdash;</td><td style="border:1px solid #aab7b8">SAA-C03, DVA-C02</td></tr>
</table>
<p>Once merged, the history, certifications and benefits of the account that is not kept move to the surviving one, and the other login stops working. This can't be undone.</p>
<p>Are both of these accounts yours, and is Account #1 the one you want to keep? A short reply confirming which account should remain is all I need to proceed.</p>
<p>Thank you,<br>Marco B.<br>AWS Training and Certification Customer Support</p></div>""")
    add(L("confirmation_request", True, CASE_A, [CID_NEW, CID_OLD]), t, TC_FROM2, ME_P, "RE:" + SUBJ_A,
        leaf(html, "html"), key="A_conf", reply_to_key="A_lift", auth=auth_gmail("amazon.com"))

    # 22 ---- Amazon.co.jp shipping, Shift_JIS (unrelated)
    t = d(2025, 6, 27, 9, 44, JST)
    txt = """辻本 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418203-7719046
商品: AWS認定ソリューションアーキテクト プロフェッショナル 試験対策問題集
お届け予定: 6月28日(土)

配送状況はアカウントサービスの「注文履歴」からご確認いただけます。
このメールアドレスは送信専用です。返信いただいてもお答えできませんのでご了承ください。

Amazon.co.jp
"""
    add(L("unrelated"), t, addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
        "Amazon.co.jp ご注文の商品を発送しました", leaf(txt, charset="shift_jis", cte="8bit"),
        subj_charset="shift_jis", auth=auth_gmail("amazon.co.jp", sel="rjs5bh2hsplhj4ihqvsh4frofwdx3ldw"))

    # 23 ---- closing notice, case A, Outlook-style quote of the request (closing_notice)
    t = d(2025, 6, 29, 7, 30)
    txt = """Hello,

We haven't received a reply to our last message on case %s. If we don't hear from you within 3 business days, this case will be closed automatically.

Replying to this email, even after closure, will reopen the case so we can continue.

Best regards,
AWS Training and Certification Customer Support

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: 6/26/2025 8:19 AM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,
My name is Marco and I'm the account specialist now handling your case. I located the following certification accounts associated with you:

Account #1 - AWS05290137 - login tsujimoto.haruka@gmail.com
Account #2 - AWS03718264 - login haruka.tsujimoto@kirameki-sys.co.jp

Are both of these accounts yours, and is Account #1 the one you want to keep? A short reply confirming which account should remain is all I need to proceed.

Thank you,
Marco B.
""" % (CASE_A, CASE_A)
    add(L("closing_notice", True, CASE_A), t, TC_FROM, ME_P, "RE:" + SUBJ_A, leaf(txt, cte="quoted-printable"),
        key="A_close", reply_to_key="A_conf", auth=auth_gmail("amazon.com"), crlf=True)

    # 24 ---- owner confirms (user_reply)
    t = d(2025, 6, 29, 22, 47, JST)
    txt = """Confirmed - both accounts are mine. Please merge everything into Account #1 (AWS05290137, tsujimoto.haruka@gmail.com).

Sorry for the slow answer, I was busy with my handover.

Haruka Tsujimoto

2025年6月29日(日) 16:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote_gt(txt.split("\n-----Original")[0])
    add(L("user_reply", case=CASE_A, cids=[CID_NEW]), t, ME_P_FROM, TC, "Re: RE:" + SUBJ_A, leaf(txt),
        key="A_rep3", reply_to_key="A_close", refs=["A_ack", "A_conf"], msgid=mid("", "gmail"))

    # 25 ---- merge done, quotes the confirmation request below (resolved)
    t = d(2025, 6, 30, 3, 5)
    txt = """Hi Haruka,

Thanks for confirming. I have successfully merged the two accounts. Your exam history, the SAA-C03 and DVA-C02 certifications and the 50%% exam discount now all sit under AWS05290137 (tsujimoto.haruka@gmail.com). The former login haruka.tsujimoto@kirameki-sys.co.jp no longer opens a certification account.

Digital badges are re-issued automatically and should reach you from Credly within a day.

I'll set this case to resolved. Should you notice anything missing, you're welcome to reply here.

Cheers,
Marco B.
AWS Training and Certification Customer Support

________________________________
From: Haruka Tsujimoto <tsujimoto.haruka@gmail.com>
Sent: Sunday, June 29, 2025 1:47 PM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance

Confirmed - both accounts are mine. Please merge everything into Account #1 (AWS05290137, tsujimoto.haruka@gmail.com).

________________________________
From: AWS Training and Certification
Sent: 6/26/2025 8:19 AM

Are both of these accounts yours, and is Account #1 the one you want to keep? A short reply confirming which account should remain is all I need to proceed.
""" % CASE_A
    html = html_doc("""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Haruka,</p>
<p>Thanks for confirming. I have successfully merged the two accounts. Your exam history, the SAA-C03 and DVA-C02 certifications and the 50%% exam discount now all sit under <b>AWS05290137</b> (tsujimoto.haruka@gmail.com). The former login haruka.tsujimoto@kirameki-sys.co.jp no longer opens a certification account.</p>
<p>Digital badges are re-issued automatically and should reach you from Credly within a day.</p>
<p>I'll set this case to resolved. Should you notice anything missing, you're welcome to reply here.</p>
<p>Cheers,<br>Marco B.<br>AWS Training and Certification Customer Support</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> Haruka Tsujimoto &lt;tsujimoto.haruka@gmail.com&gt;<br><b>Sent:</b> Sunday, June 29, 2025 1:47 PM<br><b>Subject:</b> Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance</p></div>
<p>Confirmed - both accounts are mine. Please merge everything into Account #1 (AWS05290137, tsujimoto.haruka@gmail.com).</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> AWS Training and Certification<br><b>Sent:</b> 6/26/2025 8:19 AM</p></div>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #aab7b8;font-size:10pt"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>tsujimoto.haruka@gmail.com</td><td>haruka.tsujimoto@kirameki-sys.co.jp</td></tr></table>
<p>Are both of these accounts yours, and is Account #1 the one you want to keep? A short reply confirming which account should remain is all I need to proceed.</p></div>""" % CASE_A)
    add(L("resolved", case=CASE_A, cids=[CID_NEW]), t, TC_FROM2, ME_P, "RE:" + SUBJ_A,
        multi("alternative", [leaf(txt), leaf(html, "html", cte="base64")]), key="A_done", reply_to_key="A_rep3",
        auth=auth_gmail("amazon.com"))

    # 26 ---- Credly badge (badge)
    t = d(2025, 6, 30, 3, 41)
    html = html_doc("""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="padding:24px 0;text-align:center"><img src="https://images.credly.com/images/credly-logo.png" width="110" alt="Credly"></td></tr>
<tr><td style="text-align:center;font-size:22px;font-weight:bold">Haruka, you've earned a badge!</td></tr>
<tr><td style="text-align:center;padding:16px"><img src="https://images.credly.com/size/340x340/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png" width="160" alt="AWS Certified Solutions Architect - Associate"></td></tr>
<tr><td style="text-align:center;font-size:15px">Amazon Web Services Training and Certification has issued you the <b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</td></tr>
<tr><td style="text-align:center;padding:20px"><a href="https://www.credly.com/badges/6a1f08e2-73c4-4b0e-9d55-2f1c7e3a90ab/accept" style="background:#1a73e8;color:#fff;padding:12px 28px;border-radius:24px;text-decoration:none">Accept your badge</a></td></tr>
<tr><td style="font-size:11px;color:#999;text-align:center">Credly, 13355 Noel Rd, Suite 1100, Dallas, TX 75240</td></tr></table>""")
    add(L("badge"), t, addr("Credly", "admin@credly.com"), ME_P,
        "Haruka, you've been issued a badge from Amazon Web Services Training and Certification",
        leaf(html, "html"), auth=auth_gmail("credly.com", sel="s1"), msgid=mid("credly.com", "other"))

    # 27 ---- survey on case A (survey)
    t = d(2025, 6, 30, 15, 2)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (Case ID: %s) was recently resolved. How satisfied were you with the support you received?</p>
<table cellspacing="6"><tr>
<td><a href="https://survey.aws-training.example/s?c=%s&r=1" style="padding:8px 12px;background:#d13212;color:#fff;text-decoration:none">1</a></td>
<td><a href="https://survey.aws-training.example/s?c=%s&r=2" style="padding:8px 12px;background:#ec7211;color:#fff;text-decoration:none">2</a></td>
<td><a href="https://survey.aws-training.example/s?c=%s&r=3" style="padding:8px 12px;background:#aab7b8;color:#fff;text-decoration:none">3</a></td>
<td><a href="https://survey.aws-training.example/s?c=%s&r=4" style="padding:8px 12px;background:#6aaf35;color:#fff;text-decoration:none">4</a></td>
<td><a href="https://survey.aws-training.example/s?c=%s&r=5" style="padding:8px 12px;background:#1d8102;color:#fff;text-decoration:none">5</a></td></tr></table>
<p>The survey takes less than two minutes. Your answers help us improve.</p>
<p style="font-size:11px;color:#888">Please do not reply to this email.</p></div>""" % ((CASE_A,) * 6))
    add(L("survey", case=CASE_A), t, addr("AWS Training and Certification", "aws-training-survey@amazon.com"), ME_P,
        "How did we do? Tell us about case %s" % CASE_A, leaf(html, "html"), auth=auth_gmail("amazon.com"))

    # 28 ---- Credly second badge (badge)
    t = d(2025, 6, 30, 3, 44)
    txt = """Amazon Web Services Training and Certification has issued you a new badge.

AWS Certified Developer - Associate

Accept it and share it with your network:
https://www.credly.com/badges/b71c2d90-55e0-4a44-8c3b-a01c9f3e77d2/accept

Need help? Visit https://support.credly.com

Credly | 13355 Noel Rd, Suite 1100, Dallas, TX 75240
"""
    add(L("badge"), t, addr("Credly", "admin@credly.com"), ME_P,
        "Accept your AWS Certified Developer - Associate badge", leaf(txt, cte="7bit"),
        auth=auth_gmail("credly.com", sel="s1"), msgid=mid("credly.com", "other"))

    # 29 ---- owner forwards the merge result to the manager (user_reply)
    t = d(2025, 6, 30, 12, 20, JST)
    txt = """山根さん

認定アカウントの件、個人アカウントへの統合が完了しました。
パートナー側の解除手続きありがとうございました。社内の認定者リストから外していただいて大丈夫です。

辻本

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jun 30, 2025 at 12:05 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance
To: <tsujimoto.haruka@gmail.com>


Hi Haruka,

Thanks for confirming. I have successfully merged the two accounts. Your exam history, the SAA-C03 and DVA-C02 certifications and the 50%% exam discount now all sit under AWS05290137 (tsujimoto.haruka@gmail.com).

I'll set this case to resolved. Should you notice anything missing, you're welcome to reply here.

Cheers,
Marco B.
""" % CASE_A
    add(L("user_reply", case=CASE_A), t, ME_P_FROM_JA, addr("山根 剛", "t-yamane@kirameki-sys.co.jp"),
        "Fwd: RE:" + SUBJ_A, leaf(txt, cte="base64"), reply_to_key="A_done", msgid=mid("", "gmail"))

    # 30 ---- other vendor's ticket solved (unrelated)
    t = d(2025, 6, 30, 6, 10)
    html = html_doc("""<div style="font-family:sans-serif;font-size:14px">
<p style="color:#b5b5b5">##- このメールに返信する場合は、この行より上に入力してください -##</p>
<p>お問い合わせ #58213 「スペース移行後に Git リポジトリが表示されない」は<b>解決済み</b>となりました。</p>
<p>このリクエストはクローズされました。追加のご質問がある場合は、このメールに返信すると再オープンされます。</p>
<table style="font-size:13px;border-top:1px solid #ddd;margin-top:12px"><tr><td><b>Nulab サポート 井上</b><br>2025年6月30日 15:09</td></tr>
<tr><td>ご連絡ありがとうございます。リポジトリの権限設定を修正いたしました。ご確認くださいませ。</td></tr></table>
<p style="font-size:11px;color:#999">[Y7QK1-8E3W]</p></div>""")
    add(L("unrelated"), t, addr("Nulab サポート", "support@nulab.zendesk.com"), ME_C,
        "[Nulab] Re: スペース移行後に Git リポジトリが表示されない [#58213]", leaf(html, "html"),
        auth=auth_m365("nulab.zendesk.com"), msgid="<YQ8K1E3W_6861f0a2b3c5d_7a91e2bd4fa6112ab_sprut@zendesk.com>")

    # 31 ---- owner forwards a 2021 case mail from the company mailbox for her records (user_reply)
    t = d(2025, 6, 30, 17, 55, JST)
    txt = """記録用に転送(会社メールは今日で終わり)

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, October 14, 2021 9:12 AM
To: haruka.tsujimoto@kirameki-sys.co.jp
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling

Hello Haruka,

I have cancelled the duplicate exam registration on your AWS Certification Account AWS03718264 and refunded the exam fee to the original payment method. Please allow 5-7 business days for the refund to appear.

Is there anything else I can help with? If not, no need to reply; this case will be resolved.

Best regards,
Ayesha K.
AWS Training and Certification
""" % CASE_OLD
    add(L("user_reply", case=CASE_OLD), t, ME_C_FROM, ME_P, "FW: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_OLD,
        leaf(txt, charset="iso-2022-jp", cte="7bit"), msgid=mid("", "outlook"), xmailer="Microsoft Outlook 16.0", crlf=True)

    # 32 ---- Skill Builder receipt (unrelated)
    t = d(2025, 7, 1, 0, 30)
    html = html_doc("""<table width="600" style="font-family:Arial,sans-serif;font-size:14px;border:1px solid #e0e0e0">
<tr><td style="padding:16px;background:#232f3e;color:#fff"><b>AWS Skill Builder</b></td></tr>
<tr><td style="padding:16px"><p>Thanks for your purchase, Haruka.</p>
<table cellpadding="6" style="border-collapse:collapse;width:100%;font-size:13px">
<tr style="background:#f2f3f3"><th align="left">Item</th><th align="right">Amount</th></tr>
<tr><td>AWS Skill Builder Individual subscription (monthly)</td><td align="right">USD 29.00</td></tr>
<tr><td>Tax</td><td align="right">USD 2.90</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>USD 31.90</b></td></tr></table>
<p>Order number: SB-2025070100488213<br>Your subscription renews on August 1, 2025. Manage it anytime from your Skill Builder account.</p>
<p style="font-size:11px;color:#888">This is an automated message. Replies to this address are not monitored.</p></td></tr></table>""")
    add(L("unrelated"), t, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
        "Your AWS Skill Builder receipt", leaf(html, "html", cte="quoted-printable"),
        auth=auth_gmail("aws.training", sel="ses1"))

    # 33 ---- certmetrics "wants to hear from you" (certification, not a case survey)
    t = d(2025, 7, 1, 16, 0)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<p>Hello Haruka,</p>
<p>AWS Certification wants to hear from you! As an AWS Certified individual, you're invited to join a short panel about how certification has helped your career and which new exams you'd like to see.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/2025panel">Take the 10-minute questionnaire</a></p>
<p>Participation is optional and does not affect your certification status.</p>
<p>Thank you,<br>AWS Certification</p></div>""")
    add(L("certification"), t, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "AWS Certification wants to hear from you", leaf(html, "html"),
        auth=auth_gmail("certmetrics.com", sel="k1"), msgid=mid("certmetrics.com", "other"))

    # 34 ---- console case C opened (acknowledgement)
    t = d(2025, 7, 2, 1, 18)
    link = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
    txt = """Dear AWS customer,

We have opened case %s to address your inquiry. The details of your case are as follows:

Case ID: %s
Subject: Missing 50%% exam discount benefit after certification account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged (case %s), the 50%% exam discount that was on my old account AWS03718264 does not appear under Benefits on AWS05290137.

To view this case or reply, please use the AWS Support Center: %s

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
""" % (CASE_C, CASE_C, CASE_A, link)
    add(L("acknowledgement", case=CASE_C, cids=[CID_OLD, CID_NEW]), t, CON_FROM, ME_P,
        "Amazon Web Services: New Support case: %s" % CASE_C, leaf(txt, cte="7bit"), key="C_ack",
        auth=auth_gmail("amazon.com"))

    # 35 ---- console info request, must answer in Support Center (info_request)
    t = d(2025, 7, 2, 9, 47)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;color:#16191f;max-width:680px">
<p>Hello,</p>
<p>A new correspondence has been added to your case. Please visit the Support Center to respond.</p>
<div style="border:1px solid #d5dbdb;padding:14px;margin:12px 0">
<p>Hi Haruka,</p>
<p>I'm Sanjay and I'll be helping you with the missing benefit. Benefits are tied to the certification that generated them, and after a merge they normally move with it. In a few cases a benefit that had already been started (for example applied to an exam registration that was later cancelled) stays on the source record.</p>
<p>To trace it I'd need two things: the exam you earned the discount from, and whether you had tried to use the discount before the merge &mdash; if so, roughly when?</p>
<p>Best,<br>Sanjay R.<br>Amazon Web Services</p></div>
<p><a href="%s">%s</a></p>
<p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.</p>
<p style="font-size:12px;color:#687078">This email was sent from an email address that cannot accept incoming e-mails.<br>
Case ID: %s<br>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></div>""" % (link, link, CASE_C))
    add(L("info_request", True, CASE_C), t, CON_FROM, ME_P,
        "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C,
        leaf(html, "html"), key="C_req", reply_to_key="C_ack", auth=auth_gmail("amazon.com"))

    # 36 ---- spoof of the real form address, dmarc=fail (suspicious)
    t = d(2025, 7, 3, 4, 2)
    html = html_doc("""<div style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>During a routine review following your recent account merge we detected a sign-in from an unrecognised device. To keep your certifications and exam benefits, confirm your account details within 48 hours:</p>
<p><a href="https://aws-training-verify.net/confirm?id=AWS05290137">https://www.aws.training/account/confirm</a></p>
<p>If you do not confirm, the merged certifications will be suspended.</p>
<p>AWS Training and Certification<br>Case ID: 175149920100337</p></div>""")
    add(L("suspicious"), t, TC_FROM, ME_P,
        "RE:[CASE 175149920100337] [AWS Training and Certification Form Submission] - account-security",
        leaf(html, "html", cte="base64"), rhost="vps-4471.hostkey-cloud.example",
        auth=auth_gmail("amazon.com", dkim="fail", spf="softfail", dmarc="fail"), msgid=mid("x", "other"))

    # 37 ---- console closing notice (closing_notice)
    t = d(2025, 7, 5, 10, 2)
    txt = """Hello,

We have not yet received a reply on case %s. We will consider the issue addressed and the case will be resolved automatically if you do not reply within the next 3 days.

To keep the case open, add a correspondence in the AWS Support Center:
%s

Sincerely,
Amazon Web Services

This email was sent from an email address that cannot accept incoming e-mails.
To contact us, use the link above. Cases resolved for more than 14 days can't be reopened.
""" % (CASE_C, link)
    add(L("closing_notice", True, CASE_C), t, CON_FROM, ME_P,
        "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C,
        leaf(txt, cte="7bit"), key="C_close", reply_to_key="C_req", auth=auth_gmail("amazon.com"), crlf=True)

    # 38 ---- console: passed to benefits team (case_update)
    t = d(2025, 7, 6, 2, 40)
    html = html_doc("""<p style="font-family:Arial;font-size:14px">Hello,</p>
<p style="font-family:Arial;font-size:14px">A new correspondence has been added to your case.</p>
<blockquote style="font-family:Arial;font-size:14px;border-left:3px solid #ff9900;padding-left:10px">Thanks Haruka, that helps a lot. Since the discount came from SAA-C03 and was attached to the DVA-C02 registration you cancelled in January, it did stay on the old record. I've sent the details to the Certification benefits team, who are the only ones able to re-issue it. I'll update you when they're done; there's nothing else you need to do meanwhile.<br><br>Sanjay R.</blockquote>
<p style="font-family:Arial;font-size:14px"><a href="%s">View case %s in the AWS Support Center</a></p>
<p style="font-family:Arial;font-size:12px;color:#687078">This email was sent from an email address that cannot accept incoming e-mails.</p>""" % (link, CASE_C))
    add(L("case_update", case=CASE_C), t, CON_FROM, ME_P,
        "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C,
        leaf(html, "html"), key="C_upd", reply_to_key="C_close", auth=auth_gmail("amazon.com"))

    # 39 ---- AWS free tier alert (unrelated)
    t = d(2025, 7, 6, 20, 0)
    txt = """AWS Free Tier usage alert

Your AWS account 583019274471 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of July.

Product: AmazonEC2
Usage: 638 Hrs of 750 Hrs (85%)

To learn more about your AWS Free Tier usage, visit the Billing and Cost Management console.

Amazon Web Services
"""
    add(L("unrelated"), t, addr("AWS Free Tier", "no-reply@tax-and-invoicing.us-east-1.amazonaws.com"), ME_P,
        "AWS Free Tier limit alert", leaf(txt, cte="7bit"),
        auth=auth_gmail("amazonaws.com", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"))

    # 40 ---- console resolved, with rating footer (resolved)
    t = d(2025, 7, 8, 5, 12)
    txt = """Hello,

A new correspondence has been added to your case. Please visit the Support Center to view it.

-----
Hi Haruka,

The Certification benefits team has re-issued the 50%% exam discount to AWS05290137. It's visible now under Benefits and can be used for any exam registered before February 20, 2026.

Since that completes what you asked for, I'm marking the case resolved.

Best,
Sanjay R.
-----

%s

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above. You may also reopen the case within 14 days by adding a correspondence.

This email was sent from an email address that cannot accept incoming e-mails.
""" % link
    add(L("resolved", case=CASE_C, cids=[CID_NEW]), t, CON_FROM, ME_P,
        "RE:[CASE %s] Missing 50%% exam discount benefit after certification account merge" % CASE_C,
        leaf(txt, cte="quoted-printable"), key="C_done", reply_to_key="C_upd", auth=auth_gmail("amazon.com"))

    # 41 ---- AWS Educate form case asking for info (unrelated: other program)
    t = d(2025, 7, 8, 7, 30)
    txt = """Hello,

Thank you for volunteering as an AWS Educate mentor. Before we can activate the mentor role on your account, could you tell us the name of the organization you will be supporting and confirm the email address you will use for Educate?

Please reply to this email with those two details.

Regards,
AWS Educate Support
"""
    add(L("unrelated"), t, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
        "RE:[CASE 175195512700418] [AWS Educate Form Submission] - mentor-registration", leaf(txt, cte="7bit"),
        auth=auth_gmail("amazon.com"))

    # 42 ---- Japanese form case D acknowledgement, Shift_JIS text (acknowledgement)
    t = d(2025, 7, 7, 7, 48)
    SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D
    txt = """お客様

このたびは AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
以下の内容でケース %s を作成いたしました。

ケース ID: %s
お問い合わせタイプ: 認定
その他の詳細: 認定証の氏名
お問い合わせ内容:
  認定証の氏名が「Tujimoto Haruka」と表記されています。パスポートと同じ「Tsujimoto Haruka」に修正をお願いします。
  候補ID: AWS05290137

担当者より、通常24時間以内にご連絡いたします。
すでに同じ内容のケースをお持ちの場合は、別のケースを提起せず、そちらのケースにご返信ください。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CASE_D)
    add(L("acknowledgement", case=CASE_D, cids=[CID_NEW]), t, TC_FROM, ME_P, SUBJ_D,
        leaf(txt, charset="shift_jis", cte="base64"), key="D_ack", auth=auth_gmail("amazon.com"))

    # 43 ---- case D: Japanese info request, keigo, ISO-2022-JP (info_request)
    t = d(2025, 7, 8, 2, 5)
    txt = """辻本 遥 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
認定証の氏名表記についてお問い合わせいただき、ありがとうございます。

氏名の変更は、受験時にご提示いただいた本人確認書類の表記と一致している必要がございます。
つきましては、お手数ではございますが、以下の2点をご返信いただけますでしょうか。

1. パスポートに記載のローマ字氏名(姓・名の順番を含めて)
2. 試験当日にご提示になった本人確認書類の種類

確認が取れ次第、認定証および試験履歴の氏名を修正いたします。
ご対応のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
    add(L("info_request", True, CASE_D), t, addr("アマゾン ウェブ サービス", TC, "iso-2022-jp"), ME_P,
        "RE:" + SUBJ_D, leaf(txt, charset="iso-2022-jp", cte="7bit"), subj_charset="iso-2022-jp",
        key="D_req", reply_to_key="D_ack", auth=auth_gmail("amazon.com"), crlf=True)

    # 44 ---- Japanese tech event (unrelated)
    t = d(2025, 7, 9, 3, 0)
    txt = """辻本 遥 さん

以下のイベントの参加登録が完了しました。

JAWS-UG 東京 #61「認定資格まつり」
日時: 2025/07/19(土) 13:00〜18:00
会場: オンライン(YouTube Live)

当日の視聴URLは開始1時間前にこのページに表示されます。
https://jawsug-tokyo.connpass.example/event/358120/

connpass
"""
    add(L("unrelated"), t, addr("connpass", "no-reply@connpass.com"), ME_P,
        "JAWS-UG 東京 #61「認定資格まつり」への参加登録が完了しました", leaf(txt),
        auth=auth_gmail("connpass.com", sel="s2"), msgid=mid("connpass.com", "other"))

    # 45 ---- case D: closing notice in Japanese, HTML-only (closing_notice)
    t = d(2025, 7, 11, 2, 30)
    html = html_doc("""<div style="font-family:'Meiryo',sans-serif;font-size:14px;line-height:1.8">
<p>辻本 遥 様</p>
<p>ケース %s につきまして、7月8日にお送りしたご質問へのご返信をまだいただいておりません。</p>
<div style="background:#f5f5f5;border:1px solid #ddd;padding:10px">本メールの送信から<b>72時間以内</b>にご返信がない場合、本ケースはクローズさせていただきます。クローズ後も、本メールにご返信いただければケースは再開されます。</div>
<p>引き続きよろしくお願いいたします。</p>
<p>AWS トレーニングと認定 カスタマーサポート</p></div>""" % CASE_D)
    add(L("closing_notice", True, CASE_D), t, addr("アマゾン ウェブ サービス", TC), ME_P,
        "RE:" + SUBJ_D, leaf(html, "html", cte="base64"), key="D_close", reply_to_key="D_req",
        auth=auth_gmail("amazon.com"))

    # 46 ---- case D: owner answers in Japanese with an attachment (user_reply)
    t = d(2025, 7, 11, 21, 14, JST)
    q = """辻本 遥 様

AWS トレーニングと認定 カスタマーサポートの佐伯でございます。
認定証の氏名表記についてお問い合わせいただき、ありがとうございます。
(中略)
1. パスポートに記載のローマ字氏名(姓・名の順番を含めて)
2. 試験当日にご提示になった本人確認書類の種類

ご対応のほどよろしくお願いいたします。"""
    txt = """佐伯様

ご連絡が遅くなり申し訳ありません。

1. パスポートの表記: TSUJIMOTO HARUKA(姓 TSUJIMOTO / 名 HARUKA)
2. 試験当日の本人確認書類: パスポート

念のため、パスポートの氏名欄のみを切り出した画像を添付します。
候補IDは AWS05290137 です。
どうぞよろしくお願いいたします。

辻本 遥

2025年7月8日(火) 11:05 アマゾン ウェブ サービス <aws-cs-trainingcertification-form@amazon.com>:
%s
""" % quote_gt(q)
    fake_png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    add(L("user_reply", case=CASE_D, cids=[CID_NEW]), t, ME_P_FROM_JA, TC, "Re: RE:" + SUBJ_D,
        multi("mixed", [leaf(txt), attachment(fake_png, "image/png", "passport_name.png")]),
        key="D_rep", reply_to_key="D_close", refs=["D_ack", "D_req"], msgid=mid("", "gmail"))

    # 47 ---- case D: escalated, nothing needed (case_update)
    t = d(2025, 7, 12, 1, 50)
    txt = """辻本 遥 様

ご返信および資料のご提供、ありがとうございます。
いただいた内容を氏名変更の担当部署へエスカレーションいたしました。通常、反映まで3〜5営業日ほどお時間をいただいております。

現時点でお客様にご対応いただくことはございません。完了しましたら改めてご連絡いたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
"""
    add(L("case_update", case=CASE_D), t, addr("アマゾン ウェブ サービス", TC), ME_P, "RE:" + SUBJ_D,
        multi("alternative", [leaf(txt, cte="base64"), leaf(html_doc("<div style='font-family:Meiryo'>" + txt.replace("\n", "<br>\n") + "</div>"), "html", cte="base64")]),
        key="D_upd", reply_to_key="D_rep", auth=auth_gmail("amazon.com"))

    # 48 ---- Credly lookalike (suspicious)
    t = d(2025, 7, 13, 11, 25)
    html = html_doc("""<div style="font-family:Helvetica;font-size:14px;text-align:center">
<p><img src="https://credly-notify.com/logo.png" width="110"></p>
<p><b>Your AWS badges will be revoked</b></p>
<p>Due to a recent account merge, 2 badges issued by Amazon Web Services Training and Certification could not be verified. Sign in within 24 hours to keep them.</p>
<p><a href="https://credly-notify.com/login?r=aws" style="background:#1a73e8;color:#fff;padding:12px 26px;border-radius:24px;text-decoration:none">Sign in to Credly</a></p></div>""")
    add(L("suspicious"), t, addr("Credly", "badges@credly-notify.com"), ME_P,
        "Action needed: verify your AWS badges", leaf(html, "html", cte="quoted-printable"),
        auth=auth_gmail("credly-notify.com", sel="default", dmarc="none"), msgid=mid("credly-notify.com", "other"))

    # 49 ---- case D resolved in Japanese, quoting the request (resolved)
    t = d(2025, 7, 16, 6, 18)
    html = html_doc("""<div style="font-family:'Meiryo',sans-serif;font-size:14px;line-height:1.8">
<p>辻本 遥 様</p>
<p>お待たせいたしました。認定アカウント(AWS05290137)の氏名を「Haruka Tsujimoto」に修正いたしました。試験履歴および認定証 PDF にも反映済みです。認定証は「認定」ページから再ダウンロードいただけます。</p>
<p>本件はこれにて解決とさせていただきます。ご不明な点がございましたら、本メールにご返信ください。</p>
<p>佐伯<br>AWS トレーニングと認定 カスタマーサポート</p>
<hr>
<div style="color:#666">2025年7月8日 佐伯 wrote:<br>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">つきましては、お手数ではございますが、以下の2点をご返信いただけますでしょうか。<br>
1. パスポートに記載のローマ字氏名(姓・名の順番を含めて)<br>2. 試験当日にご提示になった本人確認書類の種類<br>
ご対応のほどよろしくお願いいたします。</blockquote></div></div>""")
    add(L("resolved", case=CASE_D, cids=[CID_NEW]), t, addr("アマゾン ウェブ サービス", TC), ME_P, "RE:" + SUBJ_D,
        leaf(html, "html"), key="D_done", reply_to_key="D_upd", auth=auth_gmail("amazon.com"))

    # 50 ---- case D survey in Japanese (survey)
    t = d(2025, 7, 17, 6, 30)
    html = html_doc("""<div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>AWS トレーニングと認定をご利用いただきありがとうございます。</p>
<p>先日解決したケース(ケース ID: %s)の対応について、満足度をお聞かせください。</p>
<table><tr><td><a href="https://survey.aws-training.example/ja?c=%s&r=5">非常に満足</a></td><td>|</td><td><a href="https://survey.aws-training.example/ja?c=%s&r=3">普通</a></td><td>|</td><td><a href="https://survey.aws-training.example/ja?c=%s&r=1">不満</a></td></tr></table>
<p>アンケートは1分ほどで完了します。本メールは送信専用です。</p></div>""" % ((CASE_D,) * 4))
    add(L("survey", case=CASE_D), t, addr("AWS トレーニングと認定", "aws-training-survey@amazon.com"), ME_P,
        "ケース %s のサポートについてのアンケート" % CASE_D, leaf(html, "html", cte="base64"), auth=auth_gmail("amazon.com"))

    # 51 ---- case E: ack, HTML-only (acknowledgement)
    SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - exam-history" % CASE_E
    t = d(2025, 7, 17, 17, 23)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>We've received your message and opened case <b>%s</b>. A member of our team will respond, usually within 24 hours; at busy times it may take a little longer.</p>
<p style="background:#f2f8fd;border-left:4px solid #0073bb;padding:8px 12px">Tip: replying to this email adds your message to the same case. Submitting the form again creates a new case and can delay the answer.</p>
<p>AWS Training and Certification</p></div>""" % CASE_E)
    add(L("acknowledgement", case=CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E, leaf(html, "html"),
        key="E_ack", auth=auth_gmail("amazon.com"))

    # 52 ---- case E: info request, ask buried after explanation, no 'please' (info_request)
    t = d(2025, 7, 18, 4, 9)
    txt = """Hi Haruka,

Thanks for writing in about the "No show" entry dated 15 January 2025 in your exam history.

A no-show is recorded by the test delivery provider when no check-in happens for a booked appointment. Where an appointment was rescheduled in time, the provider keeps the original booking under the same registration, which is how we can ask them to correct it. Our records show two appointments for DVA-C02 around that date, one of them attended.

What we need from you is the Pearson VUE registration ID of the appointment that was moved, along with the date you received the rescheduling confirmation. A screenshot or forwarded copy of that confirmation email works too.

Thanks,
Claire D.
AWS Training and Certification
"""
    add(L("info_request", True, CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E, leaf(txt),
        key="E_req", reply_to_key="E_ack", auth=auth_gmail("amazon.com"))

    # 53 ---- Pearson reminder (unrelated)
    t = d(2025, 7, 22, 23, 0)
    html = html_doc("""<table width="600" style="font-family:Arial;font-size:14px"><tr><td>
<p>Reminder: your exam is in 2 days.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date</td><td>July 24, 2025 10:00 AM JST</td></tr><tr><td>Registration ID</td><td>491827364</td></tr></table>
<p>If you need to reschedule, do so at least 24 hours before your appointment from your AWS Certification Account.</p></td></tr></table>""")
    add(L("unrelated"), t, addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Reminder: your Pearson VUE exam appointment", leaf(html, "html"),
        auth=auth_gmail("pearson.com", sel="pvue1"), msgid=mid("pearson.com", "other"))

    # 54 ---- case E: closed for no reply, reply reopens (closing_notice)
    t = d(2025, 7, 23, 4, 15)
    txt = """Hello,

Because we have not heard back since July 18, case %s has now been closed.

If you still need help with this, simply reply to this message and the case will be reopened with its history intact.

Kind regards,
AWS Training and Certification

> What we need from you is the Pearson VUE registration ID of the appointment that was moved, along with the date you received the rescheduling confirmation.
""" % CASE_E
    add(L("closing_notice", True, CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E, leaf(txt, cte="7bit"),
        key="E_close", reply_to_key="E_req", auth=auth_gmail("amazon.com"), crlf=True)

    # 55 ---- case E: owner replies with 9-digit registration ID (user_reply)
    t = d(2025, 7, 23, 21, 40, JST)
    txt = """Hello Claire,

Sorry, I missed your message before the case closed. The appointment I moved had registration ID 487120553; Pearson VUE confirmed the new time on January 13, 2025. I am forwarding that confirmation as well.

Regards,
Haruka Tsujimoto

On 2025/07/23 13:15, Amazon Web Services wrote:
%s
""" % quote_gt(txt)
    add(L("user_reply", case=CASE_E), t, ME_P_FROM, TC, "Re: RE:" + SUBJ_E, leaf(txt, cte="quoted-printable"),
        key="E_rep", reply_to_key="E_close", refs=["E_ack", "E_req"], msgid=mid("", "other"),
        xmailer="Mozilla Thunderbird")

    # 56 ---- case E reopened (acknowledgement)
    t = d(2025, 7, 23, 12, 41)
    txt = """Hello,

Your reply has been received and case %s has been reopened. It is back in our queue and a specialist will follow up, usually within 24 hours.

AWS Training and Certification
""" % CASE_E
    add(L("acknowledgement", case=CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E, leaf(txt, cte="7bit"),
        key="E_reopen", reply_to_key="E_rep", auth=auth_gmail("amazon.com"))

    # 57 ---- exam result (certification)
    t = d(2025, 7, 25, 8, 12)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">
<div style="background:#232f3e;color:#fff;padding:16px;font-size:18px">Congratulations, you are now AWS Certified!</div>
<p>Hello Haruka Tsujimoto,</p>
<p>You have successfully completed the <b>AWS Certified Solutions Architect &ndash; Professional</b> exam. Your score report and digital certificate are now available in your AWS Certification Account (Candidate ID AWS05290137).</p>
<p>Because you earned a professional-level certification in the same path, your AWS Certified Solutions Architect &ndash; Associate certification has also been renewed.</p>
<p>A 50% discount benefit for a future exam has been added to your account.</p>
<p>AWS Certification</p></div>""")
    add(L("certification", cids=[CID_NEW]), t, addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations! You earned AWS Certified Solutions Architect - Professional",
        leaf(html, "html", cte="quoted-printable"), auth=auth_gmail("certmetrics.com", sel="k1"),
        msgid=mid("certmetrics.com", "other"))

    # 58 ---- case E: forwarded to test delivery partner (case_update)
    t = d(2025, 7, 24, 6, 0)
    txt = """Hi Haruka,

Thank you, that's exactly what we needed. I've opened a correction request with Pearson VUE for registration 487120553 and attached the confirmation you sent. They normally answer within five business days; I'm keeping this case open until the exam history is corrected and will update you then.

Thanks,
Claire D.
AWS Training and Certification

-----Original Message-----
From: Haruka Tsujimoto <tsujimoto.haruka@gmail.com>
Sent: 7/23/2025 12:40 PM
Subject: Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-history

Sorry, I missed your message before the case closed. The appointment I moved had registration ID 487120553; Pearson VUE confirmed the new time on January 13, 2025.
""" % CASE_E
    add(L("case_update", case=CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E, leaf(txt),
        key="E_upd", reply_to_key="E_reopen", auth=auth_gmail("amazon.com"))

    # 59 ---- Credly SAP badge (badge)
    t = d(2025, 7, 25, 9, 3)
    html = html_doc("""<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="text-align:center;padding:20px"><img src="https://images.credly.com/images/credly-logo.png" width="110"></td></tr>
<tr><td style="text-align:center;font-size:20px">Congratulations, Haruka!</td></tr>
<tr><td style="text-align:center;padding:12px">You've earned <b>AWS Certified Solutions Architect &ndash; Professional</b>, issued by Amazon Web Services Training and Certification.</td></tr>
<tr><td style="text-align:center;padding:16px"><a href="https://www.credly.com/badges/e2d4b9f1-0c3a-4a7e-8b21-6f59a0c7d411/accept">Accept badge</a> &middot; <a href="https://www.credly.com/users/haruka-tsujimoto">View your profile</a></td></tr></table>""")
    add(L("badge"), t, addr("Credly", "admin@credly.com"), ME_P,
        "You've earned a new badge: AWS Certified Solutions Architect - Professional",
        multi("alternative", [leaf("Congratulations, Haruka! You've earned AWS Certified Solutions Architect - Professional, issued by Amazon Web Services Training and Certification.\nAccept: https://www.credly.com/badges/e2d4b9f1-0c3a-4a7e-8b21-6f59a0c7d411/accept\n", cte="7bit"), leaf(html, "html")]),
        auth=auth_gmail("credly.com", sel="s1"), msgid=mid("credly.com", "other"))

    # 60 ---- case E resolved, conditional invitation (resolved)
    t = d(2025, 7, 29, 3, 33)
    html = html_doc("""<div style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruka,</p>
<p>Pearson VUE has confirmed the correction: the January 15 &quot;No show&quot; entry has been removed from your exam history, and the rescheduled DVA-C02 attempt is the only one listed for that period. No further action is required on your side.</p>
<p>I'm closing this case as resolved. If you have anything to add, just reply to this email.</p>
<p>Thanks,<br>Claire D.<br>AWS Training and Certification</p></div>""")
    add(L("resolved", case=CASE_E), t, TC_FROM, ME_P, "RE:" + SUBJ_E,
        multi("alternative", [leaf("Hi Haruka,\n\nPearson VUE has confirmed the correction: the January 15 \"No show\" entry has been removed from your exam history, and the rescheduled DVA-C02 attempt is the only one listed for that period. No further action is required on your side.\n\nI'm closing this case as resolved. If you have anything to add, just reply to this email.\n\nThanks,\nClaire D.\nAWS Training and Certification\n", cte="7bit"), leaf(html, "html")]),
        key="E_done", reply_to_key="E_upd", auth=auth_gmail("amazon.com"))

    # 61 ---- console survey for case C (survey)
    t = d(2025, 7, 9, 5, 30)
    html = html_doc("""<div style="font-family:Arial;font-size:14px;max-width:600px">
<p>Hello,</p><p>Thank you for contacting AWS Support about case %s. We'd appreciate two minutes of your time to tell us how we did.</p>
<p><a href="https://aws.amazon.com/survey/support?caseId=%s">Start the survey</a></p>
<p style="font-size:12px;color:#687078">This email was sent from an email address that cannot accept incoming e-mails.</p></div>""" % (CASE_C, CASE_C))
    add(L("survey", case=CASE_C), t, CON_FROM, ME_P, "Amazon Web Services: Tell us about your support experience",
        leaf(html, "html"), auth=auth_gmail("amazon.com"))

    # 62 ---- other vendor: "we'll close unless you reply" (unrelated)
    t = d(2025, 7, 30, 9, 0)
    txt = """Hi Haruka,

We haven't heard from you in a while regarding your request #4471920 ("License transfer after changing employer").

If we don't hear back within 5 days, this ticket will be closed automatically. Just reply to this email if you still need help.

Best regards,
JetBrains Sales Support
"""
    add(L("unrelated"), t, addr("JetBrains Sales Support", "sales@jetbrains.com"), ME_P,
        "[JetBrains] Are you still there? Request #4471920", leaf(txt, cte="7bit"),
        auth=auth_gmail("jetbrains.com", sel="zendesk1"), msgid=mid("jetbrains.zendesk.com", "other"))

    # 63 ---- Builder ID sign-in alert (unrelated)
    t = d(2025, 8, 1, 12, 4)
    txt = """AWS Builder ID

New sign-in to your AWS Builder ID

We noticed a new sign-in to your AWS Builder ID (tsujimoto.haruka@gmail.com).

When: August 1, 2025, 12:04 UTC
Device: Chrome on macOS
Approximate location: Tokyo, Japan

If this was you, no action is needed. If not, reset your password at https://profile.aws.amazon.com.
"""
    add(L("unrelated"), t, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "New sign-in to your AWS Builder ID",
        leaf(txt, cte="7bit"), auth=auth_gmail("signin.aws", sel="ug7nbtf4gccmlpwj322ax3p6ow6yfsug"))

    # 64 ---- Japanese certification benefit mail (certification)
    t = d(2025, 8, 4, 1, 0)
    html = html_doc("""<div style="font-family:Meiryo,sans-serif;font-size:14px;line-height:1.8;max-width:620px">
<div style="background:#232f3e;color:#fff;padding:14px">AWS 認定</div>
<p>辻本 遥 様</p>
<p>AWS 認定をお持ちの皆様へ、新しい特典のお知らせです。AWS 認定保持者は、AWS Summit や re:Invent の認定者ラウンジをご利用いただけるほか、AWS 認定ストアで限定グッズをご購入いただけます。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px"><tr><th>特典</th><th>ご利用方法</th></tr>
<tr><td>次回試験 50% 割引</td><td>認定アカウントの「特典」から</td></tr>
<tr><td>認定者ラウンジ</td><td>会場でデジタルバッジを提示</td></tr></table>
<p>本メールは送信専用です。</p><p>AWS 認定</p></div>""")
    add(L("certification"), t, addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
        "【AWS 認定】認定保持者向け特典のご案内", leaf(html, "html", cte="base64"),
        auth=auth_gmail("certmetrics.com", sel="k1"), msgid=mid("certmetrics.com", "other"))

    # 65 ---- case F ack (acknowledgement)
    CASE_F = "175452031800664"
    SUBJ_F = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_F
    t = d(2025, 8, 6, 22, 45)
    txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your request regarding duplicate certification accounts.

The details of your case are as follows:
Inquiry type: Certification / Account Merge
Description: Two certification accounts are registered with tsujimoto.haruka@gmail.com: AWS05290137 and AWS01946652. My new SAP-C02 badge does not appear in Credly. Please merge AWS01946652 into AWS05290137.

You can expect a response within 24 hours. If you already have an open case on this topic, please do not submit a new one.

Sincerely,
AWS Training and Certification
""" % CASE_F
    add(L("acknowledgement", case=CASE_F, cids=[CID_NEW, "AWS01946652"]), t, TC_FROM, ME_P, SUBJ_F,
        leaf(txt, cte="quoted-printable"), key="F_ack", auth=auth_gmail("amazon.com"))

    # 66 ---- case F confirmation request, Japanese HTML table (confirmation_request)
    t = d(2025, 8, 8, 3, 12)
    html = html_doc("""<div style="font-family:'Meiryo',sans-serif;font-size:14px;line-height:1.8">
<p>辻本 遥 様</p>
<p>AWS トレーニングと認定 カスタマーサポートの森と申します。お問い合わせいただいた2つの認定アカウントについて、以下のとおり確認いたしました。</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px" border="1">
<tr style="background:#eaeded"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>候補ID</td><td>AWS05290137</td><td>AWS01946652</td></tr>
<tr><td>ログインメール</td><td>tsujimoto.haruka@gmail.com</td><td>tsujimoto.haruka@gmail.com</td></tr>
<tr><td>作成方法</td><td>AWS Builder ID</td><td>Amazon アカウント(旧方式)</td></tr>
<tr><td>保有認定</td><td>SAA-C03, DVA-C02, SAP-C02</td><td>なし</td></tr></table>
<p>Account #2 を Account #1 へ統合し、Account #1 を残すという理解で相違ございませんでしょうか。統合後は元に戻すことができないため、念のためご確認をお願いしております。</p>
<p>問題がなければ、その旨をご返信くださいませ。</p>
<p>森<br>AWS トレーニングと認定 カスタマーサポート</p></div>""")
    add(L("confirmation_request", True, CASE_F, [CID_NEW, "AWS01946652"]), t, addr("アマゾン ウェブ サービス", TC), ME_P,
        "RE: " + SUBJ_F, leaf(html, "html", cte="base64"), key="F_conf", reply_to_key="F_ack", auth=auth_gmail("amazon.com"))

    # 67 ---- owner confirms in Japanese (user_reply)
    t = d(2025, 8, 8, 19, 3, JST)
    txt = """森様

ご確認ありがとうございます。相違ございません。
Account #2(AWS01946652)を Account #1(AWS05290137)へ統合してください。

辻本 遥

> Account #2 を Account #1 へ統合し、Account #1 を残すという理解で相違ございませんでしょうか。
> 問題がなければ、その旨をご返信くださいませ。
"""
    add(L("user_reply", case=CASE_F, cids=["AWS01946652", CID_NEW]), t, ME_P_FROM_JA, TC, "Re: RE: " + SUBJ_F,
        leaf(txt, charset="iso-2022-jp", cte="7bit"), key="F_rep", reply_to_key="F_conf", msgid=mid("", "gmail"))

    # 68 ---- case F resolved (resolved)
    t = d(2025, 8, 11, 1, 20)
    txt = """Hello Haruka,

The accounts have been merged; AWS05290137 is now your only certification account and all three certifications are listed on it. Credly usually picks up the change within a day, after which the SAP-C02 badge can be claimed.

This case is now resolved.

Regards,
Mori
AWS Training and Certification

On Fri, Aug 8, 2025 at 10:03 AM, Haruka Tsujimoto <tsujimoto.haruka@gmail.com> wrote:
> Account #2(AWS01946652)を Account #1(AWS05290137)へ統合してください。
"""
    add(L("resolved", case=CASE_F, cids=[CID_NEW]), t, TC_FROM, ME_P, "RE: " + SUBJ_F, leaf(txt),
        key="F_done", reply_to_key="F_rep", auth=auth_gmail("amazon.com"))

    # 69 ---- Slack digest (unrelated)
    t = d(2025, 8, 11, 0, 5)
    txt = """You have 3 unread messages in kansai-cloud-study

#general  Tomo: Has anyone had their AWS certification accounts merged recently? Mine has been on hold for a week.
#general  Rie: Mine took 2 days. Reply to the support mail with the account you want to keep.
#events   Bot: Next meetup on August 23.

Open Slack: https://kansai-cloud-study.slack.com
"""
    add(L("unrelated"), t, addr("Slack", "feedback@slack.com"), ME_P, "[Slack] Notifications from the kansai-cloud-study workspace",
        leaf(txt, cte="7bit"), auth=auth_gmail("slack.com", sel="s1"), msgid=mid("slack.com", "other"))

    # 70 ---- Credly badge after case F (badge)
    t = d(2025, 8, 11, 14, 2)
    txt = """Haruka, your badge is waiting!

Amazon Web Services Training and Certification issued you AWS Certified Solutions Architect - Professional. Your badge has been ready for 17 days and hasn't been accepted yet.

Accept your badge: https://www.credly.com/badges/e2d4b9f1-0c3a-4a7e-8b21-6f59a0c7d411/accept

Credly
"""
    add(L("badge"), t, addr("Credly", "admin@credly.com"), ME_P, "Reminder: accept your AWS Certified Solutions Architect - Professional badge",
        leaf(txt, cte="quoted-printable"), auth=auth_gmail("credly.com", sel="s1"), msgid=mid("credly.com", "other"))


def main():
    MSGS.clear()
    build()
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = {}
    order = sorted(range(len(MSGS)), key=lambda i: (MSGS[i][2], i))
    for i, j in enumerate(order, 1):
        raw, label, _ = MSGS[j]
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(raw.encode("latin-1") if any(ord(c) > 127 for c in raw) else raw.encode("ascii"))
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] = counts.get(label["kind"], 0) + 1
    print("messages: %d" % len(MSGS))
    for k in sorted(counts):
        print("  %-22s %d" % (k, counts[k]))


if __name__ == "__main__":
    main()
