#!/usr/bin/env python3
"""Generate the blind-306 corpus: NNN-msg.eml + NNN-msg.json next to this script.

Standard library only.  Every message is assembled by hand (headers, MIME
boundaries, transfer encodings) so that the byte layout is the one a real
mailbox would hold: CRLF or LF, quoted-printable, base64, 7bit ISO-2022-JP,
Shift_JIS, HTML-only, multipart/alternative and multipart/mixed.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import quopri
from collections import Counter
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- people
ME_NAME = "Daisuke Ogawa"
ME_NAME_JA = "小川 大輔"
ME_P = "daisuke.ogawa.mail@gmail.com"          # personal (kept)
ME_C = "ogawa.daisuke@kitamisoft.co.jp"        # company (leaving 28 Feb 2025)
FORM = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

# ---------------------------------------------------------------- ids
CASE_B = "173681783100738"   # JA form case: duplicate cert accounts on the gmail address (badge)
CASE_V = "13846205917"       # Support Center console case: benefit voucher
CASE_E = "173872320900211"   # AWS Educate form case (other program)
CASE_M = "173988373100581"   # main merge case company -> personal
CASE_D = "173988478000614"   # duplicate of CASE_M filed from the company address
OLD_CASE = "7742019385"      # 2020 case, only mentioned in text
FAKE_CASE = "174107231200902"  # used by a spoofed mail

CID_KEEP = "AWS09152730"     # personal certification account (kept)
CID_DUP = "AWS09160481"      # second account on the gmail address, created by mistake
CID_CO = "AWS03718264"       # company / APN-linked certification account

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))


def t(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def b32(seed, n):
    return base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # bytes, LF line ends


def enc_body(text, charset, cte):
    if charset.lower() in ("iso-2022-jp",):
        data = text.encode("iso2022_jp")
    elif charset.lower() in ("shift_jis",):
        data = text.encode("shift_jis")
    else:
        data = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if not data.endswith(b"\n"):
        data += b"\n"
    return data  # 7bit / 8bit


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=None, fmt_flowed=False):
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if fmt_flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return Part(h, enc_body(body, charset, cte))


def multipart(subtype, parts, boundary, preamble=None):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n"
        out += hdr_bytes(p.headers) + b"\n" + p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))], out)


def attachment(data, ctype, filename):
    return Part([("Content-Type", '%s; name="%s"' % (ctype, filename)),
                 ("Content-Disposition", 'attachment; filename="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


def hdr_bytes(headers):
    out = b""
    for k, v in headers:
        out += ("%s: %s\n" % (k, v)).encode("ascii")
    return out


def ew(s, charset="utf-8"):
    """Encoded word(s) for a header value, folded."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)


def fold_refs(ids):
    return "\n ".join(ids)


# ---------------------------------------------------------------- received / auth
def gmail_received(date, from_host, ip, mailfrom, dkim_d, dkim="pass", spf="pass", dmarc="pass",
                   to=ME_P, dmarc_dom=None, p="QUARANTINE"):
    when = format_datetime(date.astimezone(PST))
    dmarc_dom = dmarc_dom or dkim_d
    seed = "%s%s" % (date, mailfrom)
    ar = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
          "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=%s (p=%s sp=%s dis=%s) header.from=%s") % (
        dkim, dkim_d, "x" + hx(seed + "s", 8), b32(seed, 8), spf, mailfrom, ip, mailfrom,
        dmarc, p, p, "NONE" if dmarc == "pass" else "QUARANTINE", dmarc_dom)
    if spf != "pass":
        ar = ar.replace("designates %s as permitted sender" % ip, "does not designate %s as permitted sender" % ip)
    return [
        ("Delivered-To", to),
        ("Received", "by 2002:a05:7010:%s:b0:3f1:%s:%s with SMTP id %s;\n        %s" % (
            hx(seed, 4), hx(seed + "a", 3), hx(seed + "b", 4), hx(seed + "c", 3) + "csp" + hx(seed + "d", 6), when)),
        ("Received", "from %s (%s [%s])\n        by mx.google.com with ESMTPS id %s.%d\n        for <%s>\n        "
         "(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
             from_host, from_host, ip, hx(seed + "e", 16), 2025 + int(hx(seed, 2), 16), to, when)),
        ("Authentication-Results", ar),
        ("Return-Path", "<%s>" % mailfrom),
    ]


def ses_mailfrom(seed):
    return "0100019%s-%s-%s-%s-%s-000000@amazonses.com" % (
        hx(seed, 9), hx(seed + "1", 8), hx(seed + "2", 4), hx(seed + "3", 4), hx(seed + "4", 4))


def ses_gmail(date, seed, to=ME_P, from_dom="amazon.com", dmarc="pass", dkim="pass"):
    mf = ses_mailfrom(seed)
    return gmail_received(date, "a8-%d.smtp-out.amazonses.com" % (30 + int(hx(seed, 2), 16) % 60),
                          "54.240.8.%d" % (10 + int(hx(seed, 2), 16) % 200), mf, from_dom,
                          dkim=dkim, dmarc=dmarc, to=to)


def m365_received(date, seed, ip="54.240.8.77", mailfrom_dom="amazonses.com", d="amazon.com",
                  dkim="pass", dmarc="pass", spf="pass"):
    when = format_datetime(date)
    comp = "pass reason=100" if dmarc == "pass" else "fail reason=000"
    return [
        ("Received", "from OS3PR01MB%s.jpnprd01.prod.outlook.com (2603:1096:604:%s::13)\n by "
         "TYCPR01MB8459.jpnprd01.prod.outlook.com with HTTPS; %s" % (hx(seed, 4).upper(), hx(seed + "x", 2), when)),
        ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
         " header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s" % (
             spf, ip, mailfrom_dom, dkim, d, dmarc, d, comp)),
        ("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender)" % (mailfrom_dom, ip)),
        ("Return-Path", ses_mailfrom(seed)),
    ]


# ---------------------------------------------------------------- registry
MSGS = []
MID = {}


def mid_form(seed):
    return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hx(seed, 9), hx(seed + "a", 8), hx(seed + "b", 4), hx(seed + "c", 4), hx(seed + "d", 12))


def mid_gmail(seed):
    return "<CAJ%s%s@mail.gmail.com>" % (b32(seed, 20).replace("=", "x"), "+" + b32(seed + "z", 12))


def mid_outlook(seed):
    return "<TYCPR01MB8459%s@TYCPR01MB8459.jpnprd01.prod.outlook.com>" % hx(seed, 24).upper()


def add(key, kind, needs, case, cids, headers, root, crlf=False, note=""):
    """headers: list of (name, value) without MIME headers; root: Part."""
    MSGS.append(dict(key=key, kind=kind, needs=needs, case=case, cids=cids,
                     headers=headers, root=root, crlf=crlf, note=note))
    for k, v in headers:
        if k.lower() == "message-id":
            MID[key] = v


def refs(*keys):
    return fold_refs([MID[k] for k in keys])


def write_all():
    counts = Counter()
    for i, m in enumerate(MSGS, 1):
        nnn = "%03d" % i
        hdrs = list(m["headers"])
        hdrs.append(("MIME-Version", "1.0"))
        hdrs += m["root"].headers
        raw = hdr_bytes(hdrs) + b"\n" + m["root"].body
        if m["crlf"]:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(HERE, nnn + "-msg.eml"), "wb") as f:
            f.write(raw)
        label = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"], "candidate_ids": m["cids"]}
        with open(os.path.join(HERE, nnn + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
        counts[m["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["needs"])))


def html_wrap(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, inner))


def plain_to_html(s):
    import html as _h
    paras = s.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + _h.escape(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def quote(s, prefix="> "):
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in s.strip("\n").split("\n"))


FORM_SIG_EN = """
Amazon Web Services Training and Certification
Customer Support
"""


# ================================================================ header helpers
def base_hdrs(date, frm, to, subject, mid, irt=None, refs_=None, cc=None, extra=None, subj_charset="utf-8"):
    h = []
    h.append(("Date", format_datetime(date)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", ew(subject, subj_charset)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs_:
        h.append(("References", refs_))
    if extra:
        h += extra
    return h


def support_mail(key, date, subject, to, root, kind, needs, case, cids, reply_to_keys=(),
                 sender=FORM, name="Amazon Web Services", crlf=False, subj_charset="utf-8", note=""):
    seed = key + subject
    mid = mid_form(seed)
    if to == ME_P:
        recv = ses_gmail(date, seed, to=ME_P)
    else:
        recv = m365_received(date, seed)
    irt = MID[reply_to_keys[-1]] if reply_to_keys else None
    rf = refs(*reply_to_keys) if reply_to_keys else None
    extra = [("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % b32(seed, 43)),
             ("X-SES-Outgoing", "%s-54.240.8.%d" % (date.strftime("%Y.%m.%d"), 20 + int(hx(seed, 2), 16) % 90))]
    h = recv + base_hdrs(date, addr(name, sender), to, subject, mid, irt, rf, extra=extra, subj_charset=subj_charset)
    add(key, kind, needs, case, cids, h, root, crlf=crlf, note=note)


def gmail_sent(key, date, subject, to, root, case, cids, reply_to_keys=(), cc=None, frm=None, note="",
               kind="user_reply", subj_charset="utf-8", ua=None, mid=None):
    frm = frm or addr(ME_NAME, ME_P)
    irt = MID[reply_to_keys[-1]] if reply_to_keys else None
    rf = refs(*reply_to_keys) if reply_to_keys else None
    extra = [("User-Agent", ua)] if ua else None
    h = base_hdrs(date, frm, to, subject, mid or mid_gmail(key + subject), irt, rf, cc=cc, extra=extra,
                  subj_charset=subj_charset)
    add(key, kind, False, case, cids, h, root, note=note)


def outlook_sent(key, date, subject, to, root, case, cids, reply_to_keys=(), cc=None, note="", lang="ja-JP"):
    irt = MID[reply_to_keys[-1]] if reply_to_keys else None
    rf = refs(*reply_to_keys) if reply_to_keys else None
    extra = [("Thread-Topic", ew(subject.replace("RE: ", "").replace("FW: ", ""))),
             ("Thread-Index", "AQH" + b32(key, 22)),
             ("Accept-Language", "ja-JP, en-US"),
             ("Content-Language", lang),
             ("X-MS-Has-Attach", ""),
             ("X-MS-TNEF-Correlator", "")]
    h = base_hdrs(date, addr(ME_NAME, ME_C), to, subject, mid_outlook(key), irt, rf, cc=cc, extra=extra)
    add(key, "user_reply", False, case, cids, h, root, crlf=True, note=note)


def alt(plain, html, seed, cs="utf-8", cte="quoted-printable", html_cte=None):
    return multipart("alternative", [text(plain, "plain", cs, cte), text(html, "html", "utf-8", html_cte or cte)],
                     "----=_Part_%s" % hx(seed, 20))


def gmail_alt(plain, seed, cs="UTF-8", cte="quoted-printable"):
    import html as _h
    body = "<div dir=\"ltr\">" + "<br>".join(_h.escape(l) for l in plain.split("\n")) + "</div>"
    return multipart("alternative", [text(plain, "plain", cs, cte), text(body, "html", cs, cte)],
                     "000000000000%s" % hx(seed, 16))


SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


def S(case, prefix="RE:"):
    return "%s[CASE %s] %s" % (prefix, case, SUBJ_FORM)


def console_footer(case, lang="en"):
    return ("\n\nTo see all correspondence on this case, or to add a reply, sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%s\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
            "Replies must be made through the Support Center link above.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark "
            "of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
            "410 Terry Ave. North, Seattle, WA 98109-5210\n") % (case, "&language=ja" if lang == "ja" else "")


# ================================================================ messages
def build():
    # ---------------------------------------------------------------- 001 billing
    d = t("2025-01-06 08:14:37")
    plain = """Greetings from Amazon Web Services,

Your billing statement for AWS account 402918375561 for the period December 1 - December 31, 2024
is now available in the Billing and Cost Management console.

  Total amount: USD 4.37
  Payment method: Visa ending in 4471
  Charge date: on or after January 8, 2025

To view the statement and your invoice, sign in and open Bills:
https://console.aws.amazon.com/billing/home#/bills

You are receiving this message because invoice delivery by email is turned on for this account.
To change where invoices are sent, update the Billing preferences in the console.

Sincerely,
Amazon Web Services
"""
    seed = "001"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("Amazon Web Services", NOREPLY), ME_P,
                                       "Amazon Web Services Billing Statement Available [Account: 402918375561]",
                                       mid_form(seed))
    add("001", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="AWS billing mail from the same no-reply sender as console cases; 12-digit account ID.")

    # ---------------------------------------------------------------- 002 certification expiry (long, steps)
    d = t("2025-01-08 16:02:10")
    plain = """Hello Daisuke Ogawa,

Candidate ID: %s

Your AWS Certified Solutions Architect - Associate certification expires on April 8, 2025.
Once it expires, your digital badge will show as expired and you will no longer be able to use the
certification's logo or benefits.

There are three ways to keep the credential current. Pick the one that suits you:

  1. Pass the current version of the AWS Certified Solutions Architect - Associate exam.
  2. Pass the AWS Certified Solutions Architect - Professional exam, which recertifies the
     Associate credential at the same time.
  3. If you hold an exam discount benefit, apply it when you register: sign in to your
     certification account, open Benefits, copy the code and enter it on the payment page
     of the exam delivery provider.

When you pass, your new expiration date will be three years from your exam date, and your badge
will be updated automatically. Remember that an exam has to be passed (not merely scheduled)
before the expiration date.

This is an automated message sent from an unmonitored mailbox. Please don't reply to it; for help,
use the Contact Us page in your certification account.

AWS Certification
""" % CID_KEEP
    seed = "002"
    h = gmail_received(d, "mta-22.certmetrics.com", "198.21.6.117", "bounce@certmetrics.com", "certmetrics.com") + \
        base_hdrs(d, addr("AWS Certification", CERTM), ME_P,
                  "Your AWS Certified Solutions Architect - Associate certification expires in 90 days",
                  "<%s.%s@certmetrics.com>" % (hx(seed, 16), hx(seed + "x", 6)))
    add("002", "certification", False, None, [CID_KEEP], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Certification expiry with a numbered list of steps for the reader; 'don't reply'.")

    # ---------------------------------------------------------------- 003 GitHub merged
    d = t("2025-01-09 05:31:02")
    plain = """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamisoft/infra-modules/pull/412#event-15844129031
You are receiving this because you were mentioned.

Message ID: <kitamisoft/infra-modules/pull/412/issue_event/15844129031@github.com>
"""
    html = html_wrap('<p>Merged <a href="https://github.com/kitamisoft/infra-modules/pull/412">#412</a> into main.</p>'
                     '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, '
                     '<a href="https://github.com/kitamisoft/infra-modules/pull/412#event-15844129031">view it on GitHub</a>.'
                     '<br>You are receiving this because you were mentioned.</p>')
    seed = "003"
    pr = "<kitamisoft/infra-modules/pull/412@github.com>"
    h = m365_received(d, seed, ip="192.30.252.201", mailfrom_dom="github.com", d="github.com") + \
        base_hdrs(d, addr("Kenta Hayashi", "notifications@github.com"), "kitamisoft/infra-modules <infra-modules@noreply.github.com>",
                  "Re: [kitamisoft/infra-modules] Add VPC endpoint module for ECR (PR #412)",
                  "<kitamisoft/infra-modules/pull/412/issue_event/15844129031@github.com>", pr, pr,
                  cc="Ogawa Daisuke <ogawa-daisuke@noreply.github.com>, Mention <mention@noreply.github.com>",
                  extra=[("List-ID", "kitamisoft/infra-modules <infra-modules.kitamisoft.github.com>"),
                         ("X-GitHub-Reason", "mention")])
    add("003", "unrelated", False, None, [], h, alt(plain, html, seed, cte="7bit"),
        note="GitHub 'Merged' notification: the word merged, not an account merge.")

    # ---------------------------------------------------------------- 004 colleague, long, several asks (JA)
    d = t("2025-01-10 18:47:00", JST)
    plain = """小川さん

お疲れさまです。佐藤です。
退職の件、部長から聞きました。寂しくなりますが、新天地でも頑張ってください。
引き継ぎについていくつか相談させてください。長くなってすみません。

1. Terraform のモジュール
   infra-modules の VPC エンドポイントまわりは小川さんしか触っていないので、
   来週どこかで30分ほどレビュー会をお願いできますか。候補は14日(火)午後か16日(木)午前です。

2. 監視アラートの宛先
   夜間アラートの通知先に小川さんの会社アドレスが入ったままです。
   2月中に私のアドレスに差し替えますが、他に宛先として登録しているサービスがあれば
   一覧で教えてください。

3. AWS 認定の件
   うちは APN パートナーなので、小川さんの認定がパートナーの認定者数に入っています。
   個人アカウントへ移す手続きをするときは、事前に小林さん(パートナー管理)に一声かけて
   もらえると助かります。急ぎではありません。

4. 送別会
   2月21日(金)で調整中です。苦手な食べ物があれば教えてください。

以上です。よろしくお願いします。

佐藤 美香
株式会社キタミソフト クラウド推進部
"""
    seed = "004"
    html = html_wrap(plain_to_html(plain), "ja")
    h = [("Received", "from TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::1c2d:8f00:aa31:2b7e]) by\n"
                      " TYCPR01MB7720.jpnprd01.prod.outlook.com ([fe80::1c2d:8f00:aa31:2b7e%5]) with mapi id\n"
                      " 15.20.8335.011; " + format_datetime(d))] + \
        base_hdrs(d, addr("佐藤 美香", "sato.mika@kitamisoft.co.jp", "iso-2022-jp"), addr(ME_NAME_JA, ME_C, "iso-2022-jp"),
                  "引き継ぎのご相談(Terraform・アラート宛先・認定・送別会)", mid_outlook(seed), subj_charset="iso-2022-jp",
                  extra=[("Thread-Topic", ew("引き継ぎのご相談(Terraform・アラート宛先・認定・送別会)", "iso-2022-jp")),
                         ("Thread-Index", "AdtjQ2" + b32(seed, 20)), ("Content-Language", "ja-JP"),
                         ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    root = multipart("alternative", [text(plain, "plain", "iso-2022-jp", "7bit"), text(html, "html", "utf-8", "quoted-printable")],
                     "_000_TYCPR01MB7720%s_" % hx(seed, 16).upper())
    add("004", "unrelated", False, None, [], h, root, crlf=True,
        note="Colleague's long numbered letter with several real asks, one about moving the AWS certification; not support.")

    # ---------------------------------------------------------------- 005 ack B (JA, ISO-2022-JP, CRLF)
    d = t("2025-01-14 01:24:09")
    body = """Amazon Web Services にお問い合わせいただき、ありがとうございます。

ケース %s を作成いたしました。担当者より、原則として24時間以内にご連絡を差し上げます。
内容によっては、より良い解決のためにお時間を頂戴する場合もございますので、あらかじめご了承ください。

■ ケースの内容
ケース ID: %s
件名: %s
お問い合わせの種類: 認定
その他の詳細: アカウントの統合
連絡先メールアドレス: %s

お問い合わせ内容:
同じ Gmail アドレスで AWS 認定アカウントが2つできてしまったようです。
先月 Builder ID を作り直した際に新しいアカウントが作られたのだと思います。
それ以降に合格した認定が Credly に反映されません。1つにまとめていただけますか。
あわせて、次の3点を教えてください。
(1) 統合すると試験履歴は消えてしまいますか。
(2) Credly のバッジはどうなりますか。
(3) 50%%割引の特典は残りますか。

■ ご注意
同じご用件でケースをすでにお持ちの場合、新たなケースは作成されないようお願い申し上げます。
複数のケースが並行すると、かえってご回答が遅れる原因となります。
本メールにご返信いただくと、その内容は本ケースに追記されます。

AWS トレーニングと認定
""" % (CASE_B, CASE_B, SUBJ_FORM, ME_P)
    support_mail("005", d, "[CASE %s] %s" % (CASE_B, SUBJ_FORM), ME_P, text(body, "plain", "iso-2022-jp", "7bit"),
                 "acknowledgement", False, CASE_B, [], name="AWS Training and Certification", crlf=True,
                 note="Japanese acknowledgement (ISO-2022-JP) echoing the user's three questions; the 'do not open another case' line reads like a request.")

    # ---------------------------------------------------------------- 006 info_request B (JA, long, buried ask)
    d = t("2025-01-15 07:42:18")
    body = """小川 大輔 様

AWS トレーニングと認定 カスタマーサポートの田中でございます。
このたびはお問い合わせいただき、誠にありがとうございます。
いただいた3点のご質問に、順にお答えいたします。

■ ご質問1: 統合すると試験履歴は消えてしまうのか
ご安心ください。アカウントの統合では、統合元のアカウントに記録されている試験履歴、取得済みの認定、
特典がすべて統合先のアカウントへ移されます。統合元のアカウントは統合後に無効となりますが、
記録そのものが削除されることはございません。
なお、どちらのアカウントに何が記録されているかは、作業の前に当方でも照合いたします。
この照合のため、お手数ではございますが、2つのアカウントそれぞれの候補ID(「AWS」で始まる番号)を
お知らせいただけますでしょうか。候補IDは、認定アカウントにサインインした際、画面右上に表示されます。
同じメールアドレスのアカウントが2つある場合、メールアドレスだけではアカウントを特定できないため、
この番号が必要となります。

■ ご質問2: Credly のバッジについて
Credly のバッジは、認定アカウントに登録されているメールアドレスをもとに発行されております。
同じアドレスのアカウントが複数存在すると、後から作成されたアカウントが参照されてしまい、
既存の認定がバッジに反映されないことがございます。今回の症状は、これに当たるものと存じます。
統合が完了いたしますと、通常は追加のご操作なしでバッジが発行し直されます。

■ ご質問3: 50%割引の特典について
特典は認定そのものに紐づいておりますので、統合後も統合先アカウントの「特典」ページに
引き継がれます。有効期限も変わりません。ただし、すでに試験のご予約に使用された特典は
そのご予約に紐づいたままとなります。

その他、ご不明な点がございましたら、お気軽にお申し付けください。
どうぞよろしくお願いいたします。

田中 愛子
AWS トレーニングと認定 カスタマーサポート
"""
    html = html_wrap(plain_to_html(body), "ja")
    support_mail("006", d, S(CASE_B), ME_P, alt(body, html, "006", cte="base64"),
                 "info_request", True, CASE_B, [], reply_to_keys=("005",), name="AWS Training and Certification",
                 note="Three long JA answers; the only ask (candidate IDs, 〜いただけますでしょうか) sits in the middle of answer 1; ends with a conditional 'ご不明な点がございましたら'.")

    # ---------------------------------------------------------------- 007 Builder ID code
    d = t("2025-01-15 09:03:55")
    plain = """Verify your AWS Builder ID email address

Hello,

Someone is trying to create or sign in to an AWS Builder ID with this email address.
Enter the following code to continue:

Verification code: 482915

The code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
"""
    seed = "007"
    h = gmail_received(d, "a48-94.smtp-out.amazonses.com", "54.240.48.94", ses_mailfrom(seed), "signin.aws") + \
        base_hdrs(d, addr("AWS Builder ID", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
                  mid_form(seed))
    add("007", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Builder ID one-time code (6 digits), not case mail.")

    # ---------------------------------------------------------------- 008 Skill Builder receipt
    d = t("2025-01-17 00:12:40")
    plain = """Thank you for your purchase

AWS Skill Builder Individual subscription - Monthly
Order number: SB-7730-51928
Billed to: Daisuke Ogawa
Amount: USD 29.00 (tax included)
Next renewal: February 17, 2025

You can manage or cancel your subscription at any time from My Account > Subscriptions on
https://skillbuilder.aws. Questions about your order? Visit the Skill Builder help center.

AWS Training and Certification
"""
    seed = "008"
    h = gmail_received(d, "a9-33.smtp-out.amazonses.com", "54.240.9.33", ses_mailfrom(seed), "aws.training") + \
        base_hdrs(d, addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
                  mid_form(seed))
    add("008", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed, cte="7bit"),
        note="Skill Builder receipt from the training platform; signed 'AWS Training and Certification' but no case.")

    # ---------------------------------------------------------------- 009 closing notice B (JA, long)
    d = t("2025-01-20 00:31:44")
    quoted = """田中 愛子
AWS トレーニングと認定 カスタマーサポート

--- 元のメッセージ ---
差出人: AWS Training and Certification <%s>
送信日時: 2025/01/15 16:42
宛先: %s
件名: %s

小川 大輔 様

AWS トレーニングと認定 カスタマーサポートの田中でございます。
(中略)
この照合のため、お手数ではございますが、2つのアカウントそれぞれの候補ID(「AWS」で始まる番号)を
お知らせいただけますでしょうか。候補IDは、認定アカウントにサインインした際、画面右上に表示されます。
(以下略)
""" % (FORM, ME_P, S(CASE_B))
    body = """小川 大輔 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。

1月15日にお送りしたご案内につきまして、その後いかがでしょうか。
念のため、前回お伝えした内容を改めてまとめさせていただきます。

・統合を行っても、試験履歴・取得済みの認定・特典が失われることはございません。
・Credly のバッジは、統合の完了後に発行し直される見込みでございます。
・50%割引の特典は、統合先のアカウントに引き継がれます。

また、前回お伝えしきれなかった点を1つ補足いたします。統合後は、統合先のアカウントに
紐づいている Builder ID でのみ認定アカウントへサインインいただける形となります。
もう一方の Builder ID は削除されずに残りますが、認定アカウントには接続されなくなります。

さて、統合の作業を進めるには、前回お願いいたしました2つのアカウントの候補IDが必要でございます。
誠に恐れ入りますが、1月23日(木)までにご返信が確認できない場合、本ケースはいったんクローズと
させていただきます。それまでにご返信をいただければ、ケースはそのまま継続いたします。
クローズ後にご連絡をいただいた場合でも、本メールへのご返信でケースを再開できますので、ご安心ください。

何卒よろしくお願い申し上げます。

""" + quoted
    support_mail("009", d, S(CASE_B), ME_P, text(body, "plain", "utf-8", "quoted-printable"),
                 "closing_notice", True, CASE_B, [], reply_to_keys=("005", "006"), name="AWS Training and Certification",
                 crlf=True,
                 note="JA follow-up: recap of answers, a new side note, then the close-by date; the original ask is only referred to ('前回お願いいたしました') and quoted below.")

    # ---------------------------------------------------------------- 010 user reply B (ISO-2022-JP, Thunderbird)
    d = t("2025-01-20 22:18:31", JST)
    body = """田中様

ご連絡が遅くなり、申し訳ありません。
両アカウントの候補IDは以下のとおりです。

・以前から使っているアカウント: %s
・誤って作成されたと思われるアカウント: %s

前者を残していただけると助かります。
よろしくお願いいたします。

小川 大輔

On 2025/01/20 9:31, AWS Training and Certification wrote:
> 小川 大輔 様
>
> いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの田中でございます。
>
> 1月15日にお送りしたご案内につきまして、その後いかがでしょうか。
> (略)
> 誠に恐れ入りますが、1月23日(木)までにご返信が確認できない場合、本ケースはいったんクローズと
> させていただきます。
""" % (CID_KEEP, CID_DUP)
    gmail_sent("010", d, S(CASE_B, "Re: "), addr("AWS Training and Certification", FORM),
               text(body, "plain", "iso-2022-jp", "7bit", fmt_flowed=False), CASE_B, [CID_KEEP, CID_DUP],
               reply_to_keys=("005", "006", "009"),
               ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
               mid="<%s-%s-%s-%s-%s@gmail.com>" % (hx("010", 8), hx("010a", 4), hx("010b", 4), hx("010c", 4), hx("010d", 12)),
               note="Owner's reply with both candidate IDs (ISO-2022-JP, Thunderbird).")

    # ---------------------------------------------------------------- 011 confirmation_request B (JA, table, steps)
    d = t("2025-01-21 02:02:51")
    plain = """小川 大輔 様

田中でございます。候補IDのご連絡をいただき、ありがとうございました。
お知らせいただいた2つのアカウントを照合しましたところ、内容は以下のとおりでございました。

アカウント1
  候補ID: %s
  ログイン用メールアドレス: %s
  トレーニング通知用メールアドレス: %s
  認定通知用メールアドレス: %s
  記録: 認定3件(ソリューションアーキテクト – アソシエイト、デベロッパー – アソシエイト、
        クラウドプラクティショナー)、試験履歴5件、特典1件

アカウント2
  候補ID: %s
  ログイン用メールアドレス: %s
  トレーニング通知用メールアドレス: %s
  認定通知用メールアドレス: (未設定)
  記録: 試験履歴1件(2024年12月、デベロッパー – アソシエイト再認定)
  作成日: 2024年11月28日

今後の流れは次のとおりでございます。

  1. 上記2アカウントの照合 ― 当方にて完了しております。
  2. アカウント2をアカウント1へ統合することへのご承諾 ― 本メールへのご返信にてお知らせください。
  3. 統合作業 ― 当方にて実施いたします(通常1〜2営業日)。
  4. 完了のご連絡と Credly 連携の再確認 ― 当方よりご連絡いたします。

なお、前回のメールで「前者を残してほしい」とのご意向を頂戴しておりますが、統合は元に戻すことが
できない作業のため、上記の内容をご覧いただいたうえで改めてご承諾をいただく運用としております。

引き続きよろしくお願いいたします。

田中 愛子
AWS トレーニングと認定 カスタマーサポート
""" % (CID_KEEP, ME_P, ME_P, ME_P, CID_DUP, ME_P, ME_P)
    rows = [("候補ID", CID_KEEP, CID_DUP),
            ("ログイン用メールアドレス", ME_P, ME_P),
            ("トレーニング通知用メールアドレス", ME_P, ME_P),
            ("認定通知用メールアドレス", ME_P, "(未設定)"),
            ("記録", "認定3件、試験履歴5件、特典1件", "試験履歴1件(2024年12月)")]
    tbl = ('<table border="1" cellpadding="6" style="border-collapse:collapse">'
           '<tr><th></th><th>アカウント1</th><th>アカウント2</th></tr>' +
           "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    html = html_wrap("""<p>小川 大輔 様</p>
<p>田中でございます。候補IDのご連絡をいただき、ありがとうございました。<br>
お知らせいただいた2つのアカウントを照合しましたところ、内容は以下のとおりでございました。</p>
%s
<p>今後の流れは次のとおりでございます。</p>
<ol>
<li>上記2アカウントの照合 ― 当方にて完了しております。</li>
<li>アカウント2をアカウント1へ統合することへのご承諾 ― 本メールへのご返信にてお知らせください。</li>
<li>統合作業 ― 当方にて実施いたします(通常1〜2営業日)。</li>
<li>完了のご連絡と Credly 連携の再確認 ― 当方よりご連絡いたします。</li>
</ol>
<p>なお、前回のメールで「前者を残してほしい」とのご意向を頂戴しておりますが、統合は元に戻すことができない作業のため、
上記の内容をご覧いただいたうえで改めてご承諾をいただく運用としております。</p>
<p>引き続きよろしくお願いいたします。</p>
<p>田中 愛子<br>AWS トレーニングと認定 カスタマーサポート</p>""" % tbl, "ja")
    support_mail("011", d, S(CASE_B), ME_P, alt(plain, html, "011"),
                 "confirmation_request", True, CASE_B, [CID_KEEP, CID_DUP], reply_to_keys=("005", "006", "009", "010"),
                 name="AWS Training and Certification",
                 note="JA account table + numbered steps; the only ask is step 2 of 4 (the others are support's). The owner had already stated a preference; support still wants explicit consent.")

    # ---------------------------------------------------------------- 012 marketing JA, HTML only
    d = t("2025-01-22 03:00:00")
    html = html_wrap("""<table width="600" align="center"><tr><td>
<h1 style="color:#232f3e">AWS Summit Japan 2025 事前登録受付中</h1>
<p>小川 大輔 様</p>
<p>今年も AWS Summit Japan を開催いたします。基調講演、150 を超えるセッション、認定者限定ラウンジをご用意しております。</p>
<p><b>AWS 認定をお持ちの方へ:</b> 会場の認定者ラウンジをご利用いただくには、当日、認定アカウントの画面をご提示ください。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?sc_channel=em&amp;trk=4f1c" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点は、イベント事務局までお問い合わせください。</p>
<hr>
<p style="font-size:11px;color:#687078">このメールは配信専用アドレスから送信されています。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>から手続きしてください。<br>
アマゾン ウェブ サービス ジャパン合同会社 〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア</p>
</td></tr></table>""", "ja")
    seed = "012"
    h = gmail_received(d, "mail-173.pages.awscloud.com", "192.28.146.173", "844-TZE-115.0.%s@pages.awscloud.com" % hx(seed, 6),
                       "pages.awscloud.com") + \
        base_hdrs(d, addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
                  "【事前登録受付中】AWS Summit Japan 2025 のご案内", "<%s@pages.awscloud.com>" % hx(seed, 30),
                  extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?mkt_tok=%s>" % b32(seed, 30))])
    add("012", "unrelated", False, None, [], h, text(html, "html", "utf-8", "quoted-printable"),
        note="HTML-only Japanese marketing with imperative '今すぐ登録する'.")

    # ---------------------------------------------------------------- 013 user reply B (Gmail, JA)
    d = t("2025-01-22 08:15:02", JST)
    body = """田中様

ご確認ありがとうございます。
内容を確認しました。アカウント2(%s)をアカウント1(%s)へ統合することを承諾します。

1点だけ質問させてください。
統合後、認定アカウントへのサインインには、どちらの Builder ID を使えばよいでしょうか。
Builder ID も同じ Gmail アドレスで2つあるような気がしています。

よろしくお願いいたします。
小川 大輔

2025年1月21日(火) 11:02 AWS Training and Certification <%s>:
> 小川 大輔 様
>
> 田中でございます。候補IDのご連絡をいただき、ありがとうございました。
> お知らせいただいた2つのアカウントを照合しましたところ、内容は以下のとおりでございました。
> (略)
>   2. アカウント2をアカウント1へ統合することへのご承諾 ― 本メールへのご返信にてお知らせください。
""" % (CID_DUP, CID_KEEP, FORM)
    gmail_sent("013", d, S(CASE_B, "Re: "), addr("AWS Training and Certification", FORM),
               gmail_alt(body, "013", cte="base64"), CASE_B, [CID_DUP, CID_KEEP],
               reply_to_keys=("005", "006", "009", "010", "011"),
               note="Owner consents and asks a follow-up question (the question is the owner's, not support's).")

    # ---------------------------------------------------------------- 014 case_update B (JA, steps all support's)
    d = t("2025-01-22 05:48:10")
    body = """小川 大輔 様

田中でございます。ご承諾のご連絡をいただき、誠にありがとうございます。
今後の対応について、以下のとおり進めてまいります。

  1. 本日、アカウント統合の依頼を認定アカウント管理チームへ送付いたしました。
  2. 同チームにて、アカウント2の記録をアカウント1へ移行いたします(1〜2営業日程度)。
  3. 移行の完了後、当方にて Credly との連携状況を確認いたします。
  4. すべて完了いたしましたら、本ケースにてご連絡いたします。

上記はいずれも当方で進める作業でございますので、お客様に追加でご対応いただく必要はございません。

続いて、Builder ID についてのご質問にお答えいたします。
ご推察のとおり、同じ Gmail アドレスで Builder ID が2つ存在している可能性がございます。
ただし、Builder ID は認定アカウントとは別の仕組みで管理されており、当窓口から Builder ID 自体を
統合・削除することはできかねます。統合後は、アカウント1に接続されている Builder ID で
サインインしていただく形となります。どちらが接続されているかは、統合完了後、
認定アカウントの「アカウント」画面でご確認いただけます。
もし誤った Builder ID でサインインされた場合は、新しい認定アカウントの作成画面が表示されますが、
そこで作成を進めずにサインアウトしていただければ、新たな重複は生じません。

引き続き、どうぞよろしくお願いいたします。

田中 愛子
AWS トレーニングと認定 カスタマーサポート
"""
    support_mail("014", d, S(CASE_B), ME_P, text(body, "plain", "utf-8", "base64"),
                 "case_update", False, CASE_B, [], reply_to_keys=("005", "006", "009", "010", "011", "013"),
                 name="AWS Training and Certification",
                 note="JA numbered steps that are all support's own, plus a long answer with conditional advice ('もし…場合は'); no ask.")

    # ---------------------------------------------------------------- 015 resolved B (JA, long, policy as background, quoted old ask)
    d = t("2025-01-24 01:20:33")
    body = """小川 大輔 様

田中でございます。お待たせいたしました。
本日、アカウント2(%s)の記録をすべてアカウント1(%s)へ移行し、統合が完了いたしました。

完了にあたり、いくつかご案内させていただきます。

■ 試験履歴と認定
アカウント1の「試験履歴」に、アカウント2にあった2024年12月の再認定の記録が追加されております。
これにより、デベロッパー – アソシエイトの有効期限は2027年12月に更新されております。

■ Credly のバッジ
本日中に Credly から、デベロッパー – アソシエイトのバッジ発行のお知らせが届く見込みでございます。
24時間を過ぎても届かない場合は、Credly 側の反映待ちの可能性がございます。

■ 特典
50%%割引の特典は、アカウント1の「特典」ページに引き続き表示されております。

■ 統合のご承諾について
当窓口では、統合のご承諾を、統合後に残るアカウントの登録メールアドレスからいただくことを
原則としております。今回は1月22日に %s からご承諾をいただいておりますので、
この点について追加でご対応いただくことはございません。

本ケースはこれにて解決とさせていただきます。
ご不明な点がございましたら、本メールにご返信いただければ、ケースを再開して対応いたします。

このたびはご協力いただき、誠にありがとうございました。

田中 愛子
AWS トレーニングと認定 カスタマーサポート

--- 元のメッセージ ---
差出人: AWS Training and Certification <%s>
送信日時: 2025/01/21 11:02
件名: %s

今後の流れは次のとおりでございます。

  1. 上記2アカウントの照合 ― 当方にて完了しております。
  2. アカウント2をアカウント1へ統合することへのご承諾 ― 本メールへのご返信にてお知らせください。
  3. 統合作業 ― 当方にて実施いたします(通常1〜2営業日)。
  4. 完了のご連絡と Credly 連携の再確認 ― 当方よりご連絡いたします。
""" % (CID_DUP, CID_KEEP, ME_P, FORM, S(CASE_B))
    support_mail("015", d, S(CASE_B), ME_P, text(body, "plain", "utf-8", "8bit"),
                 "resolved", False, CASE_B, [CID_DUP, CID_KEEP],
                 reply_to_keys=("005", "006", "009", "010", "011", "013", "014"), name="AWS Training and Certification",
                 note="JA completion with several topics; the consent policy is background (already satisfied); conditional invitation; the old step list with the ask is quoted below.")

    # ---------------------------------------------------------------- 016 Credly badge
    d = t("2025-01-24 04:51:20")
    plain = """Daisuke, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Developer - Associate

Accept your badge to add it to your Credly profile and share it with your network:
https://www.credly.com/badges/7d1e52c0-3b8a-4f6e-9a21-5c0e8b7f3d44/accept

Your badge will wait for you if you'd rather accept it later.

Credly, Inc. | 13 W 36th St, New York, NY 10018
You received this email because an organization issued you a badge. Manage notification settings
in your Credly account.
"""
    html = html_wrap("""<div style="max-width:560px;margin:auto;text-align:center">
<img src="https://images.credly.com/size/120x120/images/aws-dva.png" alt="badge" width="120">
<h2>Daisuke, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you a new badge:<br><b>AWS Certified Developer - Associate</b></p>
<p><a href="https://www.credly.com/badges/7d1e52c0-3b8a-4f6e-9a21-5c0e8b7f3d44/accept" style="background:#ff6b00;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Accept your badge</a></p>
<p style="color:#777;font-size:12px">Your badge will wait for you if you'd rather accept it later.</p>
<p style="color:#999;font-size:11px">Credly, Inc. | 13 W 36th St, New York, NY 10018</p></div>""")
    seed = "016"
    h = gmail_received(d, "o1.ptr7731.credly.com", "167.89.101.52", "bounces+1839210-%s@em.credly.com" % hx(seed, 4),
                       "credly.com") + \
        base_hdrs(d, addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification sent you a new badge",
                  "<%s@geopod-ismtpd-3>" % b32(seed, 22))
    add("016", "badge", False, None, [], h, alt(plain, html, seed),
        note="Credly badge offer right after the merge; 'Accept your badge' is a call to action, not a reply.")

    # ---------------------------------------------------------------- 017 survey B (JA)
    d = t("2025-01-25 02:00:00")
    body = """小川 大輔 様

先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。

ケース ID: %s

今回の対応について、お客様のご意見をお聞かせください。質問は3問、所要時間は1分ほどです。
https://survey.aws.training/s/cs?case=%s&lang=ja

アンケートへのご回答は任意です。いただいたご意見は、サポート品質の向上に活用させていただきます。
本メールにご返信いただいても、アンケートの回答としては受け付けられませんのでご注意ください。

AWS トレーニングと認定
""" % (CASE_B, CASE_B)
    support_mail("017", d, "[CASE %s] サポート対応に関するアンケートのお願い" % CASE_B, ME_P,
                 alt(body, html_wrap(plain_to_html(body), "ja"), "017", cte="base64"),
                 "survey", False, CASE_B, [], reply_to_keys=("005",), name="AWS Training and Certification",
                 note="JA satisfaction survey for the badge case; 'お聞かせください' is a request but the answer is optional and not a reply.")

    # ---------------------------------------------------------------- 018 certification benefits (long, steps)
    d = t("2025-01-27 15:30:05")
    plain = """Hello Daisuke Ogawa,

Candidate ID: %s

Congratulations again on your AWS Certification. As a certified individual you have access to a set
of benefits. Here is what is currently available on your account and how to use each of them.

Exam discount (50%%)
  One discount on any AWS Certification exam. To use it:
    1. Sign in to your AWS Certification account.
    2. Choose Benefits, then Exam Discount.
    3. Choose "Generate discount code" and copy the code.
    4. Schedule your exam with the delivery provider and enter the code on the payment page.
  The code can be generated once; treat it like cash.

Practice exam
  Free access to an official practice exam on AWS Skill Builder. Request it from the same Benefits page.

Certified Global Community
  Join the AWS Certified community on LinkedIn to meet other certified professionals.

Digital badges
  Your Credly badges are issued automatically. Manage them at https://www.credly.com.

Benefits may change, and some are not available in every country. This message was sent from an
unmonitored address; replies are not read.

AWS Certification
""" % CID_KEEP
    seed = "018"
    h = gmail_received(d, "mta-22.certmetrics.com", "198.21.6.117", "bounce@certmetrics.com", "certmetrics.com") + \
        base_hdrs(d, addr("AWS Certification", CERTM), ME_P, "Your AWS Certification benefits",
                  "<%s.%s@certmetrics.com>" % (hx(seed, 16), hx(seed + "x", 6)))
    add("018", "certification", False, None, [CID_KEEP], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Program mail with numbered steps for the reader; not a case, nothing to reply to.")

    # ---------------------------------------------------------------- 019 ack console V
    d = t("2025-01-30 11:42:19")
    body = """Dear Customer,

Thank you for contacting AWS Support. We have opened case %s to address your issue.

The details of your case are as follows:

Case ID: %s
Subject: Certification benefit voucher rejected at Pearson VUE checkout
Severity: General guidance
Service: Training and Certification
Category: Certification benefits
Correspondence: 認定特典の50%%割引コードを Pearson VUE の支払い画面で入力すると
「このコードは無効です」と表示されます。対象試験は SAP-C02、候補IDは %s です。
1月24日に別ケースでアカウント統合をしていただいたばかりなので、関係があるか気になっています。

We will respond to your inquiry within the time frame of your support plan.
""" % (CASE_V, CASE_V, CID_KEEP) + console_footer(CASE_V)
    seed = "019"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("Amazon Web Services", NOREPLY), ME_P,
                                       "Amazon Web Services: New Support case: %s" % CASE_V, mid_form(seed))
    add("019", "acknowledgement", False, CASE_V, [CID_KEEP], h, text(body, "plain", "utf-8", "quoted-printable"),
        note="Support Center console acknowledgement (11-digit case); echoes the owner's JA text including a candidate ID and another case's merge; mail cannot be answered.")

    # ---------------------------------------------------------------- 020 info_request V (JA console, steps incl. owner's)
    d = t("2025-01-31 06:10:44")
    body = """小川様

AWS サポートの山口でございます。お問い合わせいただき、ありがとうございます。
割引コードが Pearson VUE の支払い画面で無効と表示される件について、現時点で判明していることを
ご説明いたします。

まず、「1月24日のアカウント統合が原因か」というご懸念について。可能性はございます。
統合の際、特典の割引コードが統合先のアカウントで発行し直されることがあり、その場合、統合前に
生成されていたコードは使用できなくなります。

次に、「別の試験にも使えるのか」という点について。50%割引の特典は、一部のベータ試験を除き、
どの AWS 認定試験にも1回ご利用いただけます。SAP-C02 も対象でございます。

また、有効期限の延長につきましては、恐れ入りますが当窓口では承っておりません。

原因を特定するため、以下の手順で進めさせていただきます。

  1. 当方にて、統合前後の割引コードの発行履歴を確認いたします(着手済み)。
  2. お客様には、支払い画面で入力されたコードの先頭4文字と、エラーメッセージが表示された画面の
     キャプチャを、サポートセンターの本ケースからお送りいただきます。
  3. いただいた情報をもとに、特典担当チームへ再発行の可否を確認いたします。
  4. 結果を本ケースにてご連絡いたします。

※本メールに直接ご返信いただいても、ケースには反映されませんのでご注意ください。

山口
Amazon Web Services
""" + console_footer(CASE_V, "ja")
    seed = "020"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("Amazon Web Services", NOREPLY), ME_P,
                                       "RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout" % CASE_V,
                                       mid_form(seed), MID["019"], MID["019"])
    add("020", "info_request", True, CASE_V, [], h, text(body, "plain", "utf-8", "base64"),
        note="JA console correspondence: three answers, then a 4-step list where only step 2 is the owner's (answer in the Support Center, not by email).")

    # ---------------------------------------------------------------- 021 other vendor case solved
    d = t("2025-02-01 01:15:27")
    plain = """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen it, simply reply to this email.

Ravi Menon (Nimbus Monitoring Support)
Jan 31, 2025, 17:15 PST

Hi Daisuke,

The webhook retry bug you reported is fixed in agent 3.14.2, released today. Upgrading the agent on
your collectors should stop the duplicate alerts. I'm marking this ticket as solved; if the problem
comes back, just reply here and it will reopen automatically.

Cheers,
Ravi

This email is a service from Nimbus Monitoring Support.
[J8K2QX-4R1M]
"""
    seed = "021"
    h = m365_received(d, seed, ip="192.161.144.9", mailfrom_dom="nimbusmon.zendesk.com", d="nimbusmon.io") + \
        base_hdrs(d, addr("Ravi Menon (Nimbus Monitoring Support)", "support@nimbusmon.io"), ME_C,
                  "[Nimbus Support] Re: Alert webhook retries create duplicate incidents",
                  "<J8K2QX4R1M_67a1b2f1_%s@zendesk.com>" % hx(seed, 8))
    add("021", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Other vendor's 'request solved, reply to reopen' (Zendesk).")

    # ---------------------------------------------------------------- 022 case_update V (JA console, long, no ask)
    d = t("2025-02-03 04:25:10")
    body = """小川様

山口でございます。サポートセンターからコードの先頭4文字と画面キャプチャをお送りいただき、
ありがとうございました。確認できたことをご報告いたします。

  ・お使いになったコードは、1月24日の統合より前に旧アカウント側で生成されたものでした。
  ・統合の処理で、このコードは無効となり、代わりのコードは発行されないままになっていました。
  ・これは統合処理側の既知の挙動で、お客様の操作に問題があったわけではございません。

上記を添えて、本日、特典担当チームへ新しいコードの発行を依頼いたしました。
担当チームでの処理には、通常2〜3営業日ほどお時間をいただいております。

あわせて、お問い合わせの中でいただいたご質問にもお答えいたします。
「新しいコードの有効期限は元のコードと同じか」― はい、元の特典の有効期限が引き継がれます。
「コードを他の方に譲ることはできるか」― 割引コードはご本人の認定アカウントでのみご利用いただけます。
「3月4日の予約に間に合うか」― 通常の処理期間であれば、間に合う見込みでございます。

新しいコードが発行されましたら、本ケースにてご連絡いたします。それまでの間、お客様側で
ご対応いただくことは特にございません。

山口
Amazon Web Services
""" + console_footer(CASE_V, "ja")
    seed = "022"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("Amazon Web Services", NOREPLY), ME_P,
                                       "RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout" % CASE_V,
                                       mid_form(seed), MID["020"], refs("019", "020"))
    add("022", "case_update", False, CASE_V, [], h, text(body, "plain", "utf-8", "quoted-printable"),
        note="JA console letter answering three questions in Q/A form (the questions are quoted as 「…」), escalated, no ask.")

    # ---------------------------------------------------------------- 023 AWS Educate form case (other program)
    d = t("2025-02-05 09:12:45")
    body = """Hello,

Thank you for contacting AWS Educate. I'm following up on your request to close the AWS Educate
account registered to you.

Before I can close it, I need to confirm that the account is yours. Our records show it was created
in 2021 with an institution email address, not with this one. Could you reply with:

  - the name of the institution you registered with, and
  - the email address you used at the time, if you remember it?

Once I have those, the closure takes about two business days. Closing the Educate account does not
affect your AWS Certification account or any AWS account.

Regards,
Jonas
AWS Educate Support
"""
    seed = "023"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
                                       "RE:[CASE %s] [AWS Educate Form Submission] - account-closure" % CASE_E,
                                       mid_form(seed))
    add("023", "unrelated", False, CASE_E, [], h, text(body, "plain", "us-ascii", "7bit"),
        note="Same sender family and subject shape as the tracked form, but AWS Educate; a real question that is outside T&C.")

    # ---------------------------------------------------------------- 024 resolved V (JA console, HTML only, steps are usage steps)
    d = t("2025-02-06 02:44:31")
    html = html_wrap("""<p>小川様</p>
<p>山口でございます。お待たせいたしました。特典担当チームより、新しい50%%割引の特典が発行されたとの連絡がございました。</p>
<p>新しい特典は、認定アカウントの「特典」ページに表示されております。ご利用の手順は次のとおりです。</p>
<ol>
<li>認定アカウントにサインインします。</li>
<li>「特典」から「試験割引」を開きます。</li>
<li>「割引コードを生成」を選び、表示されたコードをコピーします。</li>
<li>Pearson VUE の支払い画面でコードを入力します。</li>
</ol>
<p>以前のコードは引き続き無効ですので、必ず新しく生成したコードをお使いください。有効期限は元の特典と同じく2025年11月14日です。</p>
<p>以上をもちまして、本ケースは解決済みとさせていただきます。<br>
追加のご質問がございましたら、解決から14日以内であれば、サポートセンターから本ケースを再開していただけます。</p>
<p>山口<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">We value your feedback. Please rate this response in the Support Center: <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;rating=1">&#9733;</a> <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;rating=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p style="font-size:12px">To see all correspondence on this case, sign in to the <a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=ja">AWS Support Center</a>.<br>
*This e-mail was sent from an address that cannot accept incoming e-mails.</p>""" % (CASE_V, CASE_V, CASE_V), "ja")
    seed = "024"
    h = ses_gmail(d, seed) + base_hdrs(d, addr("Amazon Web Services", NOREPLY), ME_P,
                                       "RE:[CASE %s] Certification benefit voucher rejected at Pearson VUE checkout" % CASE_V,
                                       mid_form(seed), MID["022"], refs("019", "020", "022"))
    add("024", "resolved", False, CASE_V, [], h, text(html, "html", "utf-8", "quoted-printable"),
        note="HTML-only JA resolution with numbered steps the reader performs (not a reply) and a rating footer.")

    # ---------------------------------------------------------------- 025 Pearson VUE confirmation
    d = t("2025-02-07 10:02:11")
    plain = """Pearson VUE Confirmation of Exam Appointment

Dear Daisuke Ogawa,

Thank you for scheduling your AWS Certification exam. Please keep this email for your records.

Registration ID: 418205937
Candidate ID: %s
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Date and time: Tuesday, March 4, 2025 09:30 AM JST
Test center: Pearson Professional Centers - Tokyo Shinjuku
Language: Japanese
Payment: voucher/discount applied (50%%)

Arrive 15 minutes early with two forms of identification. If you need to reschedule or cancel,
do so at least 24 hours before your appointment through your Pearson VUE account.

Pearson VUE
""" % CID_KEEP
    seed = "025"
    h = gmail_received(d, "mx0b-00183801.pphosted.com", "148.163.149.21", "pearsonvueconfirmation@pearson.com", "pearson.com") + \
        base_hdrs(d, addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), ME_P,
                  "Pearson VUE Confirmation of Exam Appointment", "<%s.JavaMail.pvue@vueweb-14>" % hx(seed, 12))
    add("025", "unrelated", False, None, [CID_KEEP], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Exam vendor confirmation with a 9-digit registration ID and the candidate ID.")

    # ---------------------------------------------------------------- 026 marketing EN
    d = t("2025-02-10 17:00:00")
    plain = """Missed re:Invent? Catch up in an afternoon.

Hi Daisuke,

All five keynotes and more than 500 breakout sessions from AWS re:Invent 2024 are now on demand.
We've picked the ten sessions builders rated highest, from serverless patterns to generative AI
security. Watch them free at https://reinvent.awsevents.com/on-demand/

Want to go deeper? Join a free Cloud Quest event, or prepare for your next certification with
AWS Skill Builder.

Reply to this email? Please don't - this mailbox isn't monitored.

Amazon Web Services, Inc., 410 Terry Ave N, Seattle, WA 98109
Unsubscribe: https://pages.awscloud.com/unsubscribe
"""
    seed = "026"
    h = gmail_received(d, "mail-29.pages.awscloud.com", "192.28.146.29", "844-TZE-115.0.%s@pages.awscloud.com" % hx(seed, 6),
                       "pages.awscloud.com") + \
        base_hdrs(d, addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
                  "Missed re:Invent? The top 10 sessions, on demand", "<%s@pages.awscloud.com>" % hx(seed, 30))
    add("026", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="AWS marketing.")

    # ---------------------------------------------------------------- 027 owner forwards company cert mail to himself (note)
    d = t("2025-02-12 12:40:18", JST)
    body = """自分用メモ:
会社の認定アカウントは %s。特典の50%%割引(9/30まで)が残っている。
退職(2/28)前に、個人アカウントへの統合をフォームから申請すること。
申請時は候補IDを両方書く。

________________________________
From: AWS Certification <%s>
Sent: Tuesday, February 11, 2025 6:03 PM
To: Ogawa Daisuke <%s>
Subject: Your AWS Certification benefits

Hello Daisuke Ogawa,

Candidate ID: %s

As a certified individual you have access to a set of benefits:
Exam discount (50%%) - expires September 30, 2025
Practice exam - available
(...)
This message was sent from an unmonitored address; replies are not read.
""" % (CID_CO, CERTM, ME_C, CID_CO)
    outlook_sent("027", d, "FW: Your AWS Certification benefits", ME_P, text(body, "plain", "utf-8", "base64"),
                 None, [CID_CO], note="Owner forwards a program mail from the company mailbox to himself with a note; candidate ID in his own note counts once (the forwarded copy is not his text).")

    # ---------------------------------------------------------------- 028 ack M (EN, long boilerplate, echo with IDs)
    d = t("2025-02-18 13:02:29")
    body = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s for your request.

A member of our team will usually reply within 24 hours. Some requests need more research, and we may
take a little longer to make sure we give you a complete answer.

The details of your case are as follows:

Case ID: %s
Subject: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s

How can we help you?
I'm leaving Kitami Soft Co., Ltd. at the end of February and want to move my certifications from my
company certification account to my personal one.
All email addresses I have used: %s, %s
Email address to keep: %s
Candidate IDs: %s (company), %s (personal)
Questions:
1) Will the 50%% exam voucher on the company account move to my personal account?
2) Will my Credly badges follow the merge?
3) I have a Pearson VUE exam booked on March 4. Does the merge affect it?

A few things that help us help you:
- One case per request is enough. If you open a new case for the same issue, both will be delayed.
- Keep the case number in the subject line when you write to us about this request.
- You can add information at any time by replying to this email.

Sincerely,
Amazon Web Services Training and Certification
""" % (CASE_M, CASE_M, SUBJ_FORM, ME_P, ME_C, ME_P, ME_P, CID_CO, CID_KEEP)
    support_mail("028", d, "[CASE %s] %s" % (CASE_M, SUBJ_FORM), ME_P, text(body, "plain", "utf-8", "quoted-printable"),
                 "acknowledgement", False, CASE_M, [CID_CO, CID_KEEP],
                 note="Long acknowledgement that echoes the form (with candidate IDs and the owner's own numbered questions) and bullet 'tips' phrased as instructions.")

    # ---------------------------------------------------------------- 029 ack D (HTML template, to company address)
    d = t("2025-02-18 13:19:58")
    html = html_wrap("""<table width="640" cellpadding="0" cellspacing="0"><tr><td style="padding:16px;background:#232f3e;color:#fff">
<b>AWS Training and Certification</b></td></tr>
<tr><td style="padding:16px">
<p>Thank you for contacting Amazon Web Services.</p>
<p>We have opened case <b>%s</b>. You can expect to hear from us within 24 hours.</p>
<table border="0" cellpadding="4">
<tr><td><b>Case ID:</b></td><td>%s</td></tr>
<tr><td><b>Inquiry type:</b></td><td>Certification / Account Merge</td></tr>
<tr><td><b>Contact email:</b></td><td>%s</td></tr>
<tr><td valign="top"><b>Description:</b></td><td>Please merge my certification account %s (this address) into my personal account. I am leaving the company on 28 February. Sorry if this is a duplicate &ndash; the form seemed to hang after I pressed Submit.</td></tr>
</table>
<p>If you have already opened a case for this issue, please don't create another one.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</td></tr></table>""" % (CASE_D, CASE_D, ME_C, CID_CO))
    support_mail("029", d, "[CASE %s] %s" % (CASE_D, SUBJ_FORM), ME_C, text(html, "html", "utf-8", "quoted-printable"),
                 "acknowledgement", False, CASE_D, [CID_CO],
                 note="HTML-only acknowledgement of a second, duplicate case filed from the company address.")

    # ---------------------------------------------------------------- 030 free tier alert
    d = t("2025-02-18 18:00:12")
    plain = """AWS Free Tier usage alert

Hello,

Your AWS account 402918375561 has exceeded 85% of the usage limit for one or more AWS Free Tier offers
this month:

  Amazon CloudWatch - 8.6 Alarms-Month of 10 Alarms-Month (86%)

If you exceed the limit, you will be charged at the standard rate. To stop these alerts, update your
Billing preferences in the AWS Billing and Cost Management console.

Amazon Web Services
"""
    seed = "030"
    h = gmail_received(d, "a8-112.smtp-out.amazonses.com", "54.240.8.112", ses_mailfrom(seed), "costalerts.amazonaws.com") + \
        base_hdrs(d, addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), ME_P,
                  "AWS Free Tier limit alert", mid_form(seed))
    add("030", "unrelated", False, None, [], h, text(plain, "plain", "us-ascii", "7bit"), note="AWS cost alert.")

    # ---------------------------------------------------------------- 031 case_update D closed as duplicate (long)
    d = t("2025-02-19 02:15:40")
    body = """Hello Daisuke,

Thank you for contacting AWS Training and Certification.

I'm writing about this case, %s. About twenty minutes before it was submitted, an almost identical
request arrived from you as case %s, sent from your gmail address. Both describe the same merge of
the kitamisoft.co.jp certification account into your personal one.

To keep everything in one place, I've linked the two cases and closed this one as a duplicate. Nothing
you wrote here is lost: I copied your note about your last day at the company into the other case, so
the colleague handling it sees everything.

Some background on why we do this. Every case sits in its own queue, and when two cases about the
same accounts are worked in parallel, two agents can end up giving you different answers or, worse,
both try to change the same record. That is why our acknowledgement asks customers to keep to a
single case per request. No harm done here - it happens a lot when the form seems to hang after
Submit.

From now on, everything about the merge will come from case %s and go to
daisuke.ogawa.mail@gmail.com, since that is the address your first request named as the one to keep.
There is no need to respond to this message, and replies to it won't reach the active case.

Kind regards,
Marco
AWS Training and Certification Customer Support
""" % (CASE_D, CASE_M, CASE_M)
    support_mail("031", d, S(CASE_D), ME_C, text(body, "plain", "us-ascii", "7bit"),
                 "case_update", False, CASE_D, [], reply_to_keys=("029",), crlf=True,
                 note="Duplicate case closed and linked to the active case (whose number is in the body); long explanation of policy, says no reply is needed.")

    # ---------------------------------------------------------------- 032 info_request M (long, buried question in answer 3)
    d = t("2025-02-19 05:40:03")
    plain = """Hi Daisuke,

Thanks for reaching out, and for setting out your questions so clearly - it makes this much quicker.
My name is Priya and I'll be looking after your merge from here on. I'll take your three questions
in order and then explain what happens next.

1) The 50%% exam voucher on the company account
Benefits belong to the certification, not to the email address, so a discount earned on the
kitamisoft account moves with everything else when the accounts are merged. It keeps its original
expiry date. The one exception is a voucher that has already been applied to a booking: that one
stays with the booking. I can see one unused 50%% discount on the company account, expiring on
30 September 2025, so that one will come across.

2) Credly badges
Credly badges are issued against the certifications themselves. After a merge, Credly normally
re-issues them to the email address of the surviving account within a day, and you will get a mail
from Credly offering them. Badges you already accepted on a Credly profile tied to the company
address won't disappear, but they'll stop being updated, so it's worth accepting the new ones on
your personal profile.

3) Your Pearson VUE appointment on 4 March
This is the one where I need something from you. An appointment belongs to whichever certification
account booked it, and if it was booked from the account we are about to retire, it has to be moved
across by hand before the merge; otherwise the result can land on the retired account. I can see the
registration itself, but not which login created it, because it was made on the Pearson VUE site
directly. Which email address were you signed in with when you booked the 4 March exam - the
kitamisoft one or the gmail one? A one-line answer is plenty.

An older case
While checking your history I noticed an earlier case, %s, from 2020, about a name change on the
company account. It's closed and doesn't affect anything here; I mention it only because the names
on both accounts now match exactly, which makes the merge simpler.

What happens next
Once I know about the appointment, I'll prepare a summary of both accounts for you to check. I won't
merge anything until you have confirmed it.

Best regards,
Priya R.
AWS Training and Certification Customer Support
""" % OLD_CASE
    support_mail("032", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "032"),
                 "info_request", True, CASE_M, [], reply_to_keys=("028",),
                 note="Long letter answering three questions; the only ask is a bare question inside answer 3; mentions a 10-digit old case; ends with a future confirmation step that is not yet asked.")

    # ---------------------------------------------------------------- 033 user reply from the company address (Outlook top-post)
    d = t("2025-02-19 15:10:27", JST)
    body = """Hi Priya,

Thank you for the detailed answers.
I booked the March 4 exam while signed in with the gmail address (%s).

One more question: does the merge change my candidate ID?

Regards,
Daisuke Ogawa
Kitami Soft Co., Ltd. | Cloud Promotion Dept.

-----Original Message-----
From: Amazon Web Services <%s>
Sent: Wednesday, February 19, 2025 2:40 PM
To: %s
Subject: %s

Hi Daisuke,

Thanks for reaching out, and for setting out your questions so clearly - it makes this much quicker.
My name is Priya and I'll be looking after your merge from here on.

3) Your Pearson VUE appointment on 4 March
This is the one where I need something from you. [...] Which email address were you signed in with
when you booked the 4 March exam - the kitamisoft one or the gmail one? A one-line answer is plenty.

What happens next
Once I know about the appointment, I'll prepare a summary of both accounts for you to check. I won't
merge anything until you have confirmed it.

Best regards,
Priya R.
""" % (ME_P, FORM, ME_P, S(CASE_M))
    outlook_sent("033", d, "RE: " + S(CASE_M), FORM, text(body, "plain", "utf-8", "quoted-printable"),
                 CASE_M, [], reply_to_keys=("028", "032"), lang="en-US",
                 note="Owner answers from the WRONG (company) address, Outlook top-posting over '-----Original Message-----'.")

    # ---------------------------------------------------------------- 034 info_request M: write again from the kept address
    d = t("2025-02-20 01:30:55")
    body = """Hi Daisuke,

Thanks for the quick answer. Before anything else, one thing about how it reached me: your reply came
from ogawa.daisuke@kitamisoft.co.jp, which is the address of the account that will be retired. For a
merge we only act on instructions that come from the address of the account being kept - otherwise
anyone with access to a company mailbox could move someone's certifications out of it. So I can't
use this reply as it stands. Please send the same answer again from daisuke.ogawa.mail@gmail.com;
replying from that mailbox with the case number in the subject is the easiest way.

Unofficially, what you wrote matches what I can see on our side, so once it arrives from the right
address there won't be anything to move before the merge.

Your new question: yes, in a sense. After the merge, all of your records carry the candidate ID of
the surviving account, %s. The company account's ID, %s, will stop working for
sign-in. Validation numbers on your certificates stay exactly as they are, so anyone who has checked
your certifications before can still do so.

Best regards,
Priya R.
AWS Training and Certification Customer Support
""" % (CID_KEEP, CID_CO)
    support_mail("034", d, S(CASE_M), ME_C, text(body, "plain", "utf-8", "quoted-printable"),
                 "info_request", True, CASE_M, [CID_KEEP, CID_CO], reply_to_keys=("028", "032", "033"),
                 note="Policy explanation that IS a live request here (re-send from the kept address), sent to the company mailbox.")

    # ---------------------------------------------------------------- 035 user reply from personal (Gmail)
    d = t("2025-02-20 10:55:40", JST)
    body = """Hi Priya,

Resending from my personal address as you asked: I booked the 4 March exam while signed in with
daisuke.ogawa.mail@gmail.com.

Thanks,
Daisuke

On Thu, Feb 20, 2025 at 10:30 AM Amazon Web Services <%s> wrote:
> Hi Daisuke,
>
> Thanks for the quick answer. Before anything else, one thing about how it reached me: your reply came
> from ogawa.daisuke@kitamisoft.co.jp, which is the address of the account that will be retired.
> [...] Please send the same answer again from daisuke.ogawa.mail@gmail.com;
> replying from that mailbox with the case number in the subject is the easiest way.
>
> Your new question: yes, in a sense. After the merge, all of your records carry the candidate ID of
> the surviving account, %s. The company account's ID, %s, will stop working for
> sign-in.
""" % (FORM, CID_KEEP, CID_CO)
    gmail_sent("035", d, "Re: " + S(CASE_M), FORM, gmail_alt(body, "035"), CASE_M, [],
               reply_to_keys=("028", "032", "033", "034"),
               note="Owner resends from the kept address; candidate IDs only in the quoted part.")

    # ---------------------------------------------------------------- 036 on_hold M with a buried question
    d = t("2025-02-21 03:20:17")
    plain = """Hi Daisuke,

Thank you - I now have your answer about the exam booking from the right address, so that part is
settled.

I do have to pause the merge, though, and I want to explain why, since it isn't anything you did.

The certification account under ogawa.daisuke@kitamisoft.co.jp is linked to an AWS Partner Network
organization, Kitami Soft Co., Ltd., through AWS Partner Central. When an account is linked that way,
its certifications count toward the partner's tier and programme requirements, and the partner's
administrators have a say over it. We are not allowed to merge a linked account out of a partner
organization while the person still works there, because that would quietly remove certifications
from the partner's count.

What happens now:
  - I've sent a notice to the Partner Central alliance lead at Kitami Soft asking them to release
    the link, or to tell us they have no objection.
  - Until they do, or until your employment ends, the case stays on hold. I'll keep it open on my
    side; you don't need to file anything new.
  - Partners usually answer within three to five business days.

That leaves one thing I don't know: when is your last working day at Kitami Soft? With a date I can
set the hold to lift by itself instead of waiting on the partner.

In the meantime nothing changes for your exam on 4 March or for your existing badges.

Best regards,
Priya R.
AWS Training and Certification Customer Support
"""
    support_mail("036", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "036"),
                 "on_hold", True, CASE_M, [], reply_to_keys=("028", "032", "033", "034", "035"),
                 note="APN partner hold; a plain question (last working day) is buried after the bullet list; reply needed although the hold itself is outside the owner.")

    # ---------------------------------------------------------------- 037 APN admin at the company (Shift_JIS, long, asks)
    d = t("2025-02-21 14:05:00", JST)
    body = """小川さん

お疲れさまです。パートナー管理担当の小林です。
AWS から、小川さんの認定アカウントの統合について、パートナー側の確認依頼が届きました。
こちらでは以下の順で進めます。

1. パートナーセントラルで、小川さんの認定アカウントの紐付けを解除します(本日中)。
2. AWS へ「異議なし」と回答します(こちらで対応します)。
3. 小川さんには、退職手続きの一環として、会社負担で付与した Skill Builder チーム
   サブスクリプションの返却フォームを 2/26 までに提出してください。
4. 会社アカウントでダウンロードした認定の証明書(PDF)は、個人で保管して問題ありません。

なお、当社の認定者数は 3/1 付で1名減となりますが、パートナーのティアには影響しません。
不明点があれば聞いてください。

小林 剛
株式会社キタミソフト アライアンス推進室
"""
    seed = "037"
    h = [("Received", "from TYCPR01MB6631.jpnprd01.prod.outlook.com ([fe80::3a41:77ee:90b1:c2d4]) by\n"
                      " TYCPR01MB6631.jpnprd01.prod.outlook.com ([fe80::3a41:77ee:90b1:c2d4%4]) with mapi id\n"
                      " 15.20.8466.015; " + format_datetime(d))] + \
        base_hdrs(d, addr("小林 剛", "kobayashi.tsuyoshi@kitamisoft.co.jp", "shift_jis"), addr(ME_NAME_JA, ME_C, "shift_jis"),
                  "認定アカウント統合の件(パートナーセントラル)", mid_outlook(seed), subj_charset="shift_jis",
                  extra=[("X-Mailer", "Becky! ver. 2.81.05"), ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    add("037", "unrelated", False, None, [], h, text(body, "plain", "shift_jis", "base64"), crlf=True,
        note="Company's partner admin (Shift_JIS): numbered steps about the same merge, step 3 is a real ask of the owner - but from a colleague, not support.")

    # ---------------------------------------------------------------- 038 user reply M (long) cc manager
    d = t("2025-02-21 16:40:12", JST)
    body = """Hi Priya,

Thank you for explaining the partner link - that makes sense.

My last working day at Kitami Soft is Friday, 28 February 2025. After that the kitamisoft mailbox
will be closed, so please keep writing to this gmail address.

I also spoke to our partner administrator, Kobayashi-san, this afternoon. He will remove the link in
Partner Central today and answer your notice, so the hold may end before my last day.

While we wait, two questions:
1. Will my Security - Specialty certification keep its validation number after the merge? Some of
   our customers check it.
2. Is there anything I should download from the company account before the 28th, in case the merge
   happens after my company mailbox is closed?

I've copied my manager, Yamada-san, so he knows about the partner side.

Best regards,
Daisuke Ogawa

On Fri, Feb 21, 2025 at 12:20 PM Amazon Web Services <%s> wrote:
> Hi Daisuke,
>
> Thank you - I now have your answer about the exam booking from the right address, so that part is
> settled.
> [...]
> That leaves one thing I don't know: when is your last working day at Kitami Soft? With a date I can
> set the hold to lift by itself instead of waiting on the partner.
""" % FORM
    gmail_sent("038", d, "Re: " + S(CASE_M), FORM, gmail_alt(body, "038"), CASE_M, [],
               reply_to_keys=("028", "032", "033", "034", "035", "036"),
               cc=addr("Yamada Koji", "yamada.koji@kitamisoft.co.jp"),
               note="Owner's long reply with his own numbered questions (questions to support, not from it).")

    # ---------------------------------------------------------------- 039 out-of-office from manager
    d = t("2025-02-21 07:41:03")
    body = """小川さん

2月21日(金)〜2月24日(月)は出張のため不在にしております。
メールは2月25日(火)以降に順次確認いたします。
お急ぎの場合は、クラウド推進部 佐藤(sato.mika@kitamisoft.co.jp)までご連絡ください。

I am out of the office until Tuesday, 25 February, with limited access to email.
For urgent matters, please contact sato.mika@kitamisoft.co.jp.

山田 浩二 / Koji Yamada
"""
    seed = "039"
    h = gmail_received(d, "TYVP286CU001.outbound.protection.outlook.com", "52.101.229.12",
                       "yamada.koji@kitamisoft.co.jp", "kitamisoft.co.jp", p="NONE") + \
        base_hdrs(d, addr("山田 浩二", "yamada.koji@kitamisoft.co.jp"), addr(ME_NAME, ME_P),
                  "自動応答: Re: " + S(CASE_M), mid_outlook(seed), MID["038"], MID["038"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "yamada.koji@kitamisoft.co.jp"),
                         ("X-Auto-Response-Suppress", "All")])
    add("039", "unrelated", False, CASE_M, [], h, text(body, "plain", "utf-8", "base64"),
        note="Out-of-office auto-reply carrying the case subject (case number kept, but not support mail).")

    # ---------------------------------------------------------------- 040 on_hold M, no ask
    d = t("2025-02-22 01:04:50")
    body = """Hi Daisuke,

Thanks for the date, and for speaking to your partner administrator.

I've set the hold to lift automatically at the end of 28 February (Japan time). I haven't received
anything from Kitami Soft's Partner Central team yet; if they release the link earlier, I'll pick
the case up the same day.

Your two questions depend on the final state of both accounts, so I'll answer them when the hold
ends. There's nothing you need to do in the meantime.

Best,
Priya R.
AWS Training and Certification Customer Support
"""
    support_mail("040", d, S(CASE_M), ME_P, text(body, "plain", "us-ascii", "7bit"),
                 "on_hold", False, CASE_M, [], reply_to_keys=("028", "032", "033", "034", "035", "036", "038"),
                 note="Hold continues, explicitly nothing to do; the owner's own questions stay unanswered (deferred).")

    # ---------------------------------------------------------------- 041 case_update M: hold lifted, steps all support's
    d = t("2025-02-24 02:05:26")
    plain = """Hi Daisuke,

Good news: Kitami Soft's partner administrator released the link on Friday, and their confirmation
reached me this morning. The hold is lifted and the case is back with me.

Here's how the rest of it will go:

  1. Today I'm pulling the full record of both certification accounts - certifications, exam
     history, benefits and notification settings.
  2. I'll check the two records against each other for anything that would clash, such as the same
     certification held on both.
  3. I'll email you a summary of the two accounts, with the login and notification addresses of
     each, for you to look over.
  4. Once you've confirmed the summary, I'll run the merge and let you know when it's done.

For step 4, remember that we act only on a confirmation that comes from the address of the account
being kept, which for you is this gmail address.

Now your two questions from Friday:

1) Validation numbers don't change in a merge. Your Security - Specialty certificate keeps the number
   printed on it, and the public validation page will keep working with it.

2) You don't need to download anything for the merge itself. Certificates are generated on demand,
   so after the merge you can download the same PDFs from your personal account. If you'd like a copy
   of anything from the company account's Partner Central profile, though, that profile isn't part of
   the merge, so take it before your last day.

Best regards,
Priya R.
AWS Training and Certification Customer Support
"""
    support_mail("041", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "041"),
                 "case_update", False, CASE_M, [], reply_to_keys=("028", "036", "038", "040"),
                 note="Hold lifted; numbered list whose steps are all support's (step 4 mentions a FUTURE confirmation); 'remember that we act only on…' is background; answers with conditional advice.")

    # ---------------------------------------------------------------- 042 certification program survey (not a case)
    d = t("2025-02-24 16:30:00")
    plain = """AWS Certification wants your opinion

Hello Daisuke Ogawa,
Candidate ID: %s

We're planning changes to the certification experience and would like to hear from certified
individuals like you. The survey takes about ten minutes and covers exam registration, your
certification account and digital badges.

Take the survey: https://survey.certmetrics.com/aws/2025q1?cid=%s

Participation is voluntary and your answers are anonymous. This message was sent from an unmonitored
address.

AWS Certification
""" % (CID_CO, hx("042", 10))
    seed = "042"
    h = m365_received(d, seed, ip="198.21.6.117", mailfrom_dom="certmetrics.com", d="certmetrics.com") + \
        base_hdrs(d, addr("AWS Certification", CERTM), ME_C, "AWS Certification wants your opinion",
                  "<%s.%s@certmetrics.com>" % (hx(seed, 16), hx(seed + "x", 6)))
    add("042", "certification", False, None, [CID_CO], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Program-wide feedback request from CertMetrics, not about a support case -> certification, not survey.")

    # ---------------------------------------------------------------- 043 confirmation_request M (HTML only, table + steps)
    d = t("2025-02-25 01:10:44")
    rows = [("Candidate ID", CID_KEEP, CID_CO),
            ("Login email", ME_P, ME_C),
            ("Training notification email", ME_P, ME_C),
            ("Certification notification email", ME_P, ME_C),
            ("Certifications", "Solutions Architect - Associate; Developer - Associate; Cloud Practitioner",
             "Security - Specialty; SysOps Administrator - Associate"),
            ("Benefits", "50% exam discount (used, booking 4 March)", "50% exam discount, unused, expires 30 Sep 2025"),
            ("Partner link", "none", "released 21 Feb 2025")]
    tbl = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">'
           '<tr style="background:#f2f3f3"><th></th><th>Account #1</th><th>Account #2</th></tr>' +
           "".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td></tr>" % r for r in rows) + "</table>")
    html = html_wrap("""<div>Hi Daisuke,</div><br>
<div>As promised, here is the summary of the two certification accounts on file. A merge can't be reversed, so please look it over carefully.</div><br>
%s
<br><div><b>How we'll proceed</b></div>
<ol>
<li>You check that both accounts above are yours and that nothing is missing.</li>
<li>You reply to this email naming the account that should remain &ndash; for example, &quot;Confirmed, please merge into Account #1&quot;.</li>
<li>I merge the other account into it; this usually takes less than an hour.</li>
<li>You receive a completion email from me and, separately, badge emails from Credly.</li>
</ol>
<div>Kind regards,<br>Priya R.<br>AWS Training and Certification Customer Support</div>""" % tbl)
    support_mail("043", d, S(CASE_M), ME_P, text(html, "html", "utf-8", "quoted-printable"),
                 "confirmation_request", True, CASE_M, [CID_KEEP, CID_CO], reply_to_keys=("028", "036", "038", "040", "041"),
                 note="HTML-only Account #1 / #2 table; the request is step 2 of a 4-step list written in second person.")

    # ---------------------------------------------------------------- 044 user reply: questions before confirming
    d = t("2025-02-25 22:14:09", JST)
    body = """Hi Priya,

Thank you for the summary. Everything looks right, but before I confirm I'd like to check three things:

1. My SAP-C02 exam is on 4 March. If the merge happens around that date, could the result end up on
   the wrong account?
2. Will the Security - Specialty certification keep its current expiry date?
3. Will the unused 50%% discount from Account #2 appear on Account #1?

Thanks,
Daisuke

On Tue, Feb 25, 2025 at 10:10 AM Amazon Web Services <%s> wrote:
> Hi Daisuke,
> As promised, here is the summary of the two certification accounts on file. A merge can't be
> reversed, so please look it over carefully.
> [...]
> 2. You reply to this email naming the account that should remain - for example, "Confirmed, please
> merge into Account #1".
""" % FORM
    gmail_sent("044", d, "Re: " + S(CASE_M), FORM, gmail_alt(body, "044"), CASE_M, [],
               reply_to_keys=("028", "041", "043"),
               note="Owner asks questions instead of confirming.")

    # ---------------------------------------------------------------- 045 confirmation_request M: answers with buried go-ahead ask
    d = t("2025-02-26 03:02:38")
    plain = """Hi Daisuke,

Good questions, all three.

1) The 4 March exam
Results are posted to the account that holds the booking, which is Account #1 - the one we're
keeping - so the result can't end up on the wrong account, whatever the date of the merge. Timing only
matters when the booking sits on the account being retired, and that isn't your situation. If
anything, merging before the exam is the tidiest option: your score report would then appear next to
all your other certifications straight away. The summary from yesterday still stands, and as soon as
you tell me which account to keep, I'll run the merge.

2) Security - Specialty expiry
Unchanged. A merge moves each record as it is; expiry dates, validation numbers and exam dates all
stay the same. It will keep showing 12 June 2026, as it does today.

3) The 50% discount
Yes. It will appear under Benefits on Account #1 after the merge, with its original expiry of
30 September 2025. If you had already generated a code from it on Account #2, that code would keep
working too.

Kind regards,
Priya R.
AWS Training and Certification Customer Support
"""
    support_mail("045", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "045", cte="base64"),
                 "confirmation_request", True, CASE_M, [], reply_to_keys=("028", "041", "043", "044"),
                 note="Three answers; the go-ahead request is one indirect sentence at the end of answer 1 ('as soon as you tell me which account to keep'). No 'please', no question mark.")

    # ---------------------------------------------------------------- 046 GitHub review request
    d = t("2025-02-26 08:20:15")
    plain = """@kenta-hayashi requested your review on: kitamisoft/infra-modules#431 Move alert routing to the team alias.

Hand-over PR for Ogawa-san's modules before his last day. Could you check the SNS topic names?

--
Reply to this email directly, view it on GitHub:
https://github.com/kitamisoft/infra-modules/pull/431
You are receiving this because your review was requested.
"""
    seed = "046"
    pr = "<kitamisoft/infra-modules/pull/431@github.com>"
    h = m365_received(d, seed, ip="192.30.252.206", mailfrom_dom="github.com", d="github.com") + \
        base_hdrs(d, addr("Kenta Hayashi", "notifications@github.com"), "kitamisoft/infra-modules <infra-modules@noreply.github.com>",
                  "[kitamisoft/infra-modules] Move alert routing to the team alias (PR #431)", pr,
                  cc="Ogawa Daisuke <ogawa-daisuke@noreply.github.com>, Review requested <review_requested@noreply.github.com>",
                  extra=[("List-ID", "kitamisoft/infra-modules <infra-modules.kitamisoft.github.com>"),
                         ("X-GitHub-Reason", "review_requested")])
    add("046", "unrelated", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed, cte="7bit"),
        note="GitHub review request: a real ask, but not support.")

    # ---------------------------------------------------------------- 047 suspicious lookalike (long, steps)
    d = t("2025-02-27 11:48:02")
    plain = """Dear Candidate,

We received a request to merge your AWS Certification accounts. As part of a routine security review,
the merge has been placed on hold.

To release the hold and avoid permanent loss of your certifications and digital badges, you must
verify your identity within 24 hours:

  1. Open the secure verification page below.
  2. Sign in with your AWS Builder ID email address and password.
  3. Confirm the accounts to be merged.

Verify now: https://aws-certification-helpdesk.com/verify?ref=TC-58213

If we do not receive your verification, your certifications will be revoked in accordance with the
AWS Certification Program Agreement.

Regards,
AWS Training & Certification Support Team
Case #TC-58213
"""
    seed = "047"
    h = gmail_received(d, "vps-41c8.hostkeycloud.net", "185.212.44.19", "bounce@aws-certification-helpdesk.com",
                       "aws-certification-helpdesk.com", p="NONE") + \
        base_hdrs(d, addr("AWS Training & Certification", "support@aws-certification-helpdesk.com"), ME_P,
                  "Action required: your certification account merge is on hold", "<%s@aws-certification-helpdesk.com>" % hx(seed, 20))
    add("047", "suspicious", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Lookalike domain (aws-certification-helpdesk.com) mimicking a hold + confirmation with a credential link; passes its own DKIM/DMARC.")

    # ---------------------------------------------------------------- 048 closing notice M (long)
    d = t("2025-03-03 00:30:12")
    body = """Hi Daisuke,

I'm following up on the merge of your two certification accounts. I sent the summary on 25 February
and answered your questions on the 26th, and I haven't heard from you since - completely
understandable around a last day at work.

For convenience, here is the summary again in short:

  Account #1 - %s - login and notifications: daisuke.ogawa.mail@gmail.com
  Account #2 - %s - login and notifications: ogawa.daisuke@kitamisoft.co.jp

Our system closes cases that have been waiting on the customer for five business days; for this one
that will be on Wednesday, 5 March. A reply before then - even one saying you need more time - keeps
the case open. If it does close, replying to this email within 14 days reopens it, and nothing in the
accounts will have changed in the meantime.

Kind regards,
Priya R.
AWS Training and Certification Customer Support
""" % (CID_KEEP, CID_CO)
    support_mail("048", d, S(CASE_M), ME_P, text(body, "plain", "utf-8", "quoted-printable"),
                 "closing_notice", True, CASE_M, [CID_KEEP, CID_CO], reply_to_keys=("028", "043", "044", "045"),
                 note="Closing notice that never literally asks for the confirmation; restates the listing; 'a reply keeps the case open'.")

    # ---------------------------------------------------------------- 049 user confirms
    d = t("2025-03-03 12:40:33", JST)
    body = """Hi Priya,

Sorry for the slow reply - last week was my last week at the company.

Confirmed. Please merge Account #2 into Account #1 (daisuke.ogawa.mail@gmail.com).

Thanks,
Daisuke

On Mon, Mar 3, 2025 at 9:30 AM Amazon Web Services <%s> wrote:
> Hi Daisuke,
>
> I'm following up on the merge of your two certification accounts. I sent the summary on 25 February
> and answered your questions on the 26th, and I haven't heard from you since - completely
> understandable around a last day at work.
> [...]
> Our system closes cases that have been waiting on the customer for five business days; for this one
> that will be on Wednesday, 5 March.
""" % FORM
    gmail_sent("049", d, "Re: " + S(CASE_M), FORM, gmail_alt(body, "049"), CASE_M, [],
               reply_to_keys=("028", "043", "045", "048"), note="The confirmation.")

    # ---------------------------------------------------------------- 050 resolved M (long, several topics, policy background, quoted ask)
    d = t("2025-03-03 05:10:09")
    plain = """Hi Daisuke,

Thank you for confirming. I have merged the two certification accounts: everything that was on
Account #2 now lives under %s, and %s can no longer be used to sign in.
A few notes on what changed and what didn't.

Certifications and exam history
Security - Specialty and SysOps Administrator - Associate now appear on your account next to your
three existing certifications. Dates, expiry and validation numbers are unchanged.

Badges
Credly should email you within the next hour or so to offer the moved badges on your personal
profile. The badges on the profile tied to the kitamisoft address stay visible but won't be updated.

Benefits
The unused 50%% discount from Account #2 is now listed under Benefits, expiring 30 September 2025.

Tomorrow's exam
Your booking for 4 March was already on this account, so nothing moves. Good luck!

About the confirmation
Customers must confirm a merge from the address of the account they keep. Yours came from
daisuke.ogawa.mail@gmail.com earlier today, so there is nothing more to send; I mention it only because
you may come across that rule on our help pages and wonder whether it still applies to you.

I'm marking this case as resolved. If anything looks off when you sign in, you can reply to this
email within 14 days and the case will reopen.

Best regards,
Priya R.
AWS Training and Certification Customer Support

---------------- Original Message ----------------
From: [%s]
Sent: 3/3/2025 3:40 AM
To: %s
Subject: Re: %s

Confirmed. Please merge Account #2 into Account #1 (daisuke.ogawa.mail@gmail.com).

---------------- Original Message ----------------
From: [%s]
Sent: 2/25/2025 1:10 AM
To: %s
Subject: %s

Hi Daisuke,
As promised, here is the summary of the two certification accounts on file.

                         Account #1            Account #2
Candidate ID             %s           %s
Login email              %s    %s

How we'll proceed
1. You check that both accounts above are yours and that nothing is missing.
2. You reply to this email naming the account that should remain - for example, "Confirmed, please
   merge into Account #1".
3. I merge the other account into it; this usually takes less than an hour.
4. You receive a completion email from me and, separately, badge emails from Credly.
""" % (CID_KEEP, CID_CO, ME_P, FORM, S(CASE_M), FORM, ME_P, S(CASE_M), CID_KEEP, CID_CO, ME_P, ME_C)
    support_mail("050", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "050"),
                 "resolved", False, CASE_M, [CID_KEEP, CID_CO], reply_to_keys=("028", "043", "045", "048", "049"),
                 note="Completion with five topics; 'Customers must confirm…' is background after the fact; conditional reopen invitation; the original confirmation request (with its ask) is quoted below.")

    # ---------------------------------------------------------------- 051 Credly: two badges
    d = t("2025-03-03 05:44:51")
    plain = """You've been issued 2 new badges

Hi Daisuke,

Amazon Web Services Training and Certification has issued you the following badges:

  - AWS Certified Security - Specialty
  - AWS Certified SysOps Administrator - Associate

Accept them to show them on your Credly profile:
https://www.credly.com/earner/earned?filter=pending

Credly, Inc. | 13 W 36th St, New York, NY 10018
"""
    seed = "051"
    h = gmail_received(d, "o1.ptr7731.credly.com", "167.89.101.52", "bounces+1839210-%s@em.credly.com" % hx(seed, 4),
                       "credly.com") + \
        base_hdrs(d, addr("Credly", CREDLY), ME_P, "You've been issued 2 new badges", "<%s@geopod-ismtpd-5>" % b32(seed, 22))
    add("051", "badge", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed), note="Credly after the merge.")

    # ---------------------------------------------------------------- 052 survey M
    d = t("2025-03-03 08:00:00")
    plain = """Hi Daisuke,

Your case %s with AWS Training and Certification has been resolved.
How did we do? Tell us in under two minutes:

https://survey.aws.training/s/cs?case=%s

The survey is optional, and your answers help us improve. Replies to this email are not read.

AWS Training and Certification
""" % (CASE_M, CASE_M)
    support_mail("052", d, "How did we do? Your feedback on case %s" % CASE_M, ME_P,
                 alt(plain, html_wrap(plain_to_html(plain)), "052"),
                 "survey", False, CASE_M, [], note="Post-case survey (case number in subject without [CASE ]).")

    # ---------------------------------------------------------------- 053 owner forwards resolution to partner admin
    d = t("2025-03-03 18:30:02", JST)
    body = """小林さん

先日はパートナーセントラルの件でご対応いただき、ありがとうございました。
おかげさまで統合が完了しました。念のため、サポートからのメールを転送します。

小川

---------- Forwarded message ---------
From: Amazon Web Services <%s>
Date: 2025年3月3日(月) 14:10
Subject: %s
To: <%s>


Hi Daisuke,

Thank you for confirming. I have merged the two certification accounts: everything that was on
Account #2 now lives under %s, and %s can no longer be used to sign in.
[...]
I'm marking this case as resolved. If anything looks off when you sign in, you can reply to this
email within 14 days and the case will reopen.

Best regards,
Priya R.
""" % (FORM, S(CASE_M), ME_P, CID_KEEP, CID_CO)
    gmail_sent("053", d, "Fwd: " + S(CASE_M), addr("小林 剛", "kobayashi.tsuyoshi@kitamisoft.co.jp"),
               gmail_alt(body, "053", cte="base64"), CASE_M, [],
               note="Owner forwards the resolution to a colleague; candidate IDs only inside the forwarded copy.")

    # ---------------------------------------------------------------- 054 owner's memo to self (long, numbered)
    d = t("2025-03-03 21:02:44", JST)
    body = """統合後の確認リスト(3/3)

1. 試験履歴に会社アカウント分(セキュリティ、SysOps)が入っているか → OK
2. 特典ページに50%%割引(9/30まで)が出ているか → 出ていない? 明日以降もう一度見る
3. Credly のバッジ2件を受け入れる → 済
4. 明日の SAP-C02、Pearson の予約が %s のままか → OK
5. 特典が出ていなければ、サポートのメールに返信して再オープンしてもらう(14日以内)
6. 会社の Partner Central プロフィールのスクショ → 取り忘れた。もう無理
""" % CID_KEEP
    gmail_sent("054", d, "メモ: 統合後の確認リスト", ME_P, gmail_alt(body, "054", cte="base64"), None, [CID_KEEP],
               note="Owner's note to self: a numbered list including 'reply to support' as HIS to-do.")

    # ---------------------------------------------------------------- 055 suspicious: spoofed amazon.com, dmarc=fail
    d = t("2025-03-04 07:11:52")
    body = """Hello,

Following your recent account merge, our security team must re-verify ownership of the surviving
certification account. Customers must confirm from the address they keep, so this message has been
sent to your address on file.

Please reply to this email within 48 hours with:

  1. the 6-digit verification code we have just sent to your phone,
  2. your AWS Builder ID password, and
  3. your date of birth.

If we do not receive this information, your certifications will be suspended until the review is
complete.

Sincerely,
AWS Training and Certification Customer Support
"""
    seed = "055"
    when = format_datetime(d.astimezone(PST))
    h = [("Delivered-To", ME_P),
         ("Received", "by 2002:a05:7010:91c4:b0:3f1:2e0:11a7 with SMTP id 4csp2210457mds;\n        " + when),
         ("Received", "from mail-relay-cloudsvc.net (mail-relay-cloudsvc.net. [45.146.165.37])\n"
                      "        by mx.google.com with ESMTP id 5b1f17b1804b1-43bd2a1f0c3si4410115e9.88\n"
                      "        for <%s>;\n        %s" % (ME_P, when)),
         ("Authentication-Results", "mx.google.com;\n       dkim=none;\n"
          "       spf=fail (google.com: domain of bounce@mail-relay-cloudsvc.net does not designate 45.146.165.37 as permitted sender) smtp.mailfrom=bounce@mail-relay-cloudsvc.net;\n"
          "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com"),
         ("Return-Path", "<bounce@mail-relay-cloudsvc.net>")] + \
        base_hdrs(d, addr("AWS Training and Certification", FORM), ME_P, S(FAKE_CASE), mid_form(seed),
                  extra=[("X-Mailer", "PHPMailer 6.8.1")])
    add("055", "suspicious", False, None, [], h, text(body, "plain", "utf-8", "quoted-printable"),
        note="Real From address and real-looking [CASE] subject, but dmarc=fail/spf=fail/no DKIM; borrows the 'confirm from the address you keep' rule; phishing for secrets.")

    # ---------------------------------------------------------------- 056 exam result
    d = t("2025-03-05 09:02:17")
    plain = """Congratulations, you are AWS Certified!

Hello Daisuke Ogawa,
Candidate ID: %s

You passed the AWS Certified Solutions Architect - Professional exam (SAP-C02) on March 4, 2025.
Score: 842 (passing score 750)
Validation number: 4KQ7M2XHBJ1E1ZSB
Expiration date: March 4, 2028

Your score report and certificate are available in your AWS Certification account. Credly will send
your digital badge separately.

AWS Certification
""" % CID_KEEP
    seed = "056"
    h = gmail_received(d, "mta-22.certmetrics.com", "198.21.6.117", "bounce@certmetrics.com", "certmetrics.com") + \
        base_hdrs(d, addr("AWS Certification", CERTM), ME_P, "Congratulations, you are AWS Certified!",
                  "<%s.%s@certmetrics.com>" % (hx(seed, 16), hx(seed + "x", 6)))
    add("056", "certification", False, None, [CID_KEEP], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Exam result.")

    # ---------------------------------------------------------------- 057 recertification
    d = t("2025-03-05 09:05:40")
    plain = """Hello Daisuke Ogawa,

Because you passed AWS Certified Solutions Architect - Professional, your AWS Certified Solutions
Architect - Associate certification has been renewed. Its new expiration date is March 4, 2028.

Candidate ID: %s

No action is needed. Your updated certificate can be downloaded from your certification account.

AWS Certification
""" % CID_KEEP
    seed = "057"
    h = gmail_received(d, "mta-22.certmetrics.com", "198.21.6.117", "bounce@certmetrics.com", "certmetrics.com") + \
        base_hdrs(d, addr("AWS Certification", CERTM), ME_P, "Your AWS Certification has been renewed",
                  "<%s.%s@certmetrics.com>" % (hx(seed, 16), hx(seed + "x", 6)))
    add("057", "certification", False, None, [CID_KEEP], h, text(plain, "plain", "us-ascii", "7bit"),
        note="Recertification notice.")

    # ---------------------------------------------------------------- 058 Credly SAP
    d = t("2025-03-05 10:31:02")
    plain = """Daisuke, you've earned a badge!

Amazon Web Services Training and Certification has issued you a new badge:
  AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/0c9f3a77-61d2-4e0b-8d6e-2b7a94c1e5aa/accept

Credly, Inc. | 13 W 36th St, New York, NY 10018
"""
    seed = "058"
    h = gmail_received(d, "o1.ptr7731.credly.com", "167.89.101.52", "bounces+1839210-%s@em.credly.com" % hx(seed, 4),
                       "credly.com") + \
        base_hdrs(d, addr("Credly", CREDLY), ME_P, "Amazon Web Services Training and Certification sent you a new badge",
                  "<%s@geopod-ismtpd-2>" % b32(seed, 22))
    add("058", "badge", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed), note="Credly badge.")

    # ---------------------------------------------------------------- 059 owner reopens
    d = t("2025-03-06 09:10:27", JST)
    body = """Hi Priya,

I checked the account. Certifications and exam history are all there (and I passed SAP-C02
yesterday!), but the 50%% discount from Account #2 doesn't appear under Benefits - the page says
"No benefits available". Could you take a look?

Thanks,
Daisuke

On Mon, Mar 3, 2025 at 2:10 PM Amazon Web Services <%s> wrote:
> Hi Daisuke,
>
> Thank you for confirming. I have merged the two certification accounts.
> [...]
> Benefits
> The unused 50%% discount from Account #2 is now listed under Benefits, expiring 30 September 2025.
> [...]
> I'm marking this case as resolved. If anything looks off when you sign in, you can reply to this
> email within 14 days and the case will reopen.
""" % FORM
    gmail_sent("059", d, "Re: " + S(CASE_M), FORM, gmail_alt(body, "059"), CASE_M, [],
               reply_to_keys=("028", "043", "049", "050"), note="Owner reopens the resolved case.")

    # ---------------------------------------------------------------- 060 case_update M: reopened (long, no ask)
    d = t("2025-03-06 04:31:18")
    body = """Hi Daisuke,

Congratulations on the Professional certification!

I've reopened your case. On my side the 50% discount is attached to your account and active, so
this looks like a problem with how the Benefits page reads it rather than with the merge itself. I've
passed the case to our Certification Benefits team, who can look at the page data directly; one of
them will write to you on this same case.

A few things that may be useful while you wait:

- You don't need to generate anything or sign in again for them; they can see what you see.
- If the discount appears on its own in the meantime, it's safe to use it - nothing they do will
  invalidate a code you've already generated.
- Your Professional result and the renewal of your Associate certification are both on the right
  account; I checked them while I was there.

Thanks for your patience,
Priya R.
AWS Training and Certification Customer Support
"""
    support_mail("060", d, S(CASE_M), ME_P, text(body, "plain", "utf-8", "8bit"),
                 "case_update", False, CASE_M, [], reply_to_keys=("028", "049", "050", "059"),
                 note="Case reopened and passed to another team; bullets give conditional advice ('If the discount appears…'); no ask.")

    # ---------------------------------------------------------------- 061 info_request M (benefits team, long, one ask mid-letter)
    d = t("2025-03-07 07:00:41")
    plain = """Hello Daisuke,

I'm Hannah from the AWS Certification Benefits team; Priya passed your case to me yesterday. I've
gone through the account in some detail, so this is a longer note than usual - sorry about that.

What I can see
The 50%% discount that was on %s was moved to %s during the merge on 3 March and is
active in our system, expiring 30 September 2025. It hasn't been used, and no code has been generated
from it.

Why it might not show
The Benefits page builds its list from two sources, and after a merge one of them sometimes keeps the
old account's view for a while. It usually catches up within 72 hours, which for you would be about
now. There is also a known issue where a benefit tied to a partner programme only appears after the
partner's release has been processed; yours was processed on 21 February, so that shouldn't apply.

What I'd like to rule out
Would you be able to send me a screenshot of the Benefits page as it looks for you now, signed in to
your personal account? Attach it to a reply to this email; feel free to crop out anything you'd
rather not share. If the discount has appeared by the time you read this, a one-line reply saying so
is enough and I'll close the case.

Your Professional result
Congratulations - the result is on the right account, and the renewal of your Solutions Architect -
Associate was applied at the same time, so its new expiry is March 2028.

Your old Credly profile
The profile tied to the kitamisoft address can't be merged into your personal one from our side;
Credly handles that. Their support site has a form for combining profiles if you want to tidy it up.

Kind regards,
Hannah K.
AWS Certification Benefits
AWS Training and Certification
""" % (CID_CO, CID_KEEP)
    support_mail("061", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "061"),
                 "info_request", True, CASE_M, [CID_CO, CID_KEEP], reply_to_keys=("028", "050", "059", "060"),
                 name="AWS Certification Benefits",
                 note="New agent, long sectioned letter; the screenshot request is the third of five sections; either outcome needs a reply.")

    # ---------------------------------------------------------------- 062 owner reply with screenshot (multipart/mixed)
    d = t("2025-03-07 18:20:55", JST)
    body = """Hi Hannah,

Thank you for the detailed explanation. It's still missing - screenshot attached (taken just now).

Best regards,
Daisuke

On Fri, Mar 7, 2025 at 4:00 PM AWS Certification Benefits <%s> wrote:
> Hello Daisuke,
>
> I'm Hannah from the AWS Certification Benefits team; Priya passed your case to me yesterday.
> [...]
> Would you be able to send me a screenshot of the Benefits page as it looks for you now, signed in to
> your personal account?
""" % FORM
    root = multipart("mixed", [gmail_alt(body, "062"), attachment(make_png(), "image/png", "benefits-page.png")],
                     "000000000000%s" % hx("062mixed", 16))
    gmail_sent("062", d, "Re: " + S(CASE_M), FORM, root, CASE_M, [], reply_to_keys=("028", "059", "060", "061"),
               note="Owner's reply with a PNG attachment (multipart/mixed).")

    # ---------------------------------------------------------------- 063 newsletter JA (ISO-2022-JP) with a how-to
    d = t("2025-03-08 00:00:05")
    body = """━━━━━━━━━━━━━━━━━━━━━━━━━━━
 週刊クラウドダイジェスト 第212号 (2025/03/08)
━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今週の注目記事
「転職時の AWS 認定アカウント統合、手順まとめ」
  1. 旧アカウントの試験履歴・認定・特典を控える
  2. 個人のメールアドレスで Builder ID と認定アカウントを作る
  3. お問い合わせフォームから統合を申請する
  4. サポートから届く確認メールに「Confirmed」と返信する
  5. 統合完了のメールを受け取ったら、新アカウントで内容を確認する
  https://cloud-digest.jp/r/212-01

■ 新サービス・アップデート
  ・Amazon S3 のバケット上限が引き上げられました
  ・AWS Lambda で新しいランタイムが利用可能に

■ イベント
  AWS Summit Japan 2025 の事前登録が始まっています。

配信停止: https://cloud-digest.jp/unsubscribe
発行: クラウドダイジェスト編集部
"""
    seed = "063"
    h = gmail_received(d, "mail.cloud-digest.jp", "203.0.113.45", "bounce@cloud-digest.jp", "cloud-digest.jp", p="NONE") + \
        base_hdrs(d, addr("クラウドダイジェスト", "news@cloud-digest.jp", "iso-2022-jp"), ME_P,
                  "週刊クラウドダイジェスト 第212号: 転職時の AWS 認定アカウント統合", "<%s@cloud-digest.jp>" % hx(seed, 20),
                  subj_charset="iso-2022-jp", extra=[("List-Unsubscribe", "<https://cloud-digest.jp/unsubscribe>")])
    add("063", "unrelated", False, None, [], h, text(body, "plain", "iso-2022-jp", "7bit"), crlf=True,
        note="JA newsletter (ISO-2022-JP) with a numbered how-to in which step 4 is 'reply to support' - generic advice.")

    # ---------------------------------------------------------------- 064 resolved M (benefits, long, policy as background)
    d = t("2025-03-10 02:00:27")
    plain = """Hello Daisuke,

Thank you for the screenshot - it showed exactly what I needed. The discount was attached to your
account but still flagged as belonging to the retired one, which hides it from the Benefits page.
I've corrected the flag, and the 50% discount now shows under Benefits; I checked it from our side as
your account sees it.

A few last notes so you have everything in one place:

- The discount expires on 30 September 2025. Once you generate a code from it, the code is valid until
  the same date.
- Codes can only be used by the account that generated them, so there's no need to keep it secret from
  yourself, but don't share it.
- As with merges, we only act on benefit requests that come from the address on the account. That is
  why I've written only to your gmail address; you don't need to do anything about it.

No further action is required on your part. I'm setting the case back to resolved. If you have
anything to add, reply to this email within 14 days.

Kind regards,
Hannah K.
AWS Certification Benefits
"""
    support_mail("064", d, S(CASE_M), ME_P, alt(plain, html_wrap(plain_to_html(plain)), "064", cte="base64"),
                 "resolved", False, CASE_M, [], reply_to_keys=("028", "059", "060", "061", "062"),
                 name="AWS Certification Benefits",
                 note="Resolution with bullet notes; policy sentence as background; 'No further action is required'; conditional invitation.")

    # ---------------------------------------------------------------- 065 suspicious Credly lookalike
    d = t("2025-03-11 13:14:00")
    plain = """Your AWS badges will be revoked

Hi Daisuke,

We detected that your recent AWS Certification account merge created conflicting badge records.
Unless you re-verify your Credly account within 48 hours, the following badges will be revoked:

  - AWS Certified Security - Specialty
  - AWS Certified SysOps Administrator - Associate

Re-verify now: https://credly-badges-verify.com/signin?next=revoke-hold

Credly Trust & Safety
"""
    seed = "065"
    h = gmail_received(d, "mx1.credly-badges-verify.com", "91.215.85.140", "noreply@credly-badges-verify.com",
                       "credly-badges-verify.com", p="NONE") + \
        base_hdrs(d, addr("Credly", "noreply@credly-badges-verify.com"), ME_P, "Action needed: your AWS badges will be revoked",
                  "<%s@credly-badges-verify.com>" % hx(seed, 20))
    add("065", "suspicious", False, None, [], h, alt(plain, html_wrap(plain_to_html(plain)), seed),
        note="Credly lookalike domain that knows about the merge (badge names).")

    # ---------------------------------------------------------------- 066 AWS Budgets
    d = t("2025-03-12 00:05:33")
    plain = """AWS Budget Notification March 12, 2025
AWS Account 402918375561

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your monthly-personal budget is
greater than 80.00% of USD 10.00 for the current month. The ACTUAL Cost associated with this budget
is USD 8.12. You can find additional information about your budget in the AWS Budgets dashboard.

Budget Name: monthly-personal
Budget Type: Cost
Budgeted Amount: USD 10.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: USD 8.12
"""
    seed = "066"
    h = ses_gmail(d, seed, from_dom="budgets.amazonaws.com") + \
        base_hdrs(d, addr("AWS Budgets", "no-reply@budgets.amazonaws.com"), ME_P,
                  "AWS Budgets: monthly-personal has exceeded your alert threshold", mid_form(seed))
    add("066", "unrelated", False, None, [], h, text(plain, "plain", "us-ascii", "7bit"), note="AWS Budgets alert.")


def make_png(w=160, h=48):
    import struct
    import zlib
    raw = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 245 if (y < 10 or x % 40 < 36) else 200
            if 20 <= y <= 28 and 12 <= x <= 130:
                v = 90
            row.append(v)
        raw += bytes(row)

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    build()
    write_all()
