#!/usr/bin/env python3
"""Blind corpus 363: mail around AWS Training and Certification support cases.

Run `python3 gen.py` from anywhere; it writes NNN-msg.eml / NNN-msg.json next to
this script and prints the number of messages per kind.  Standard library only.
"""
import base64
import datetime
import html as htmlmod
import json
import os
import quopri
import random
from collections import Counter
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(363)

# ---------------------------------------------------------------- people
ME_NAME = "Tomoe Sakuragi"
ME_JA = "桜木 巴"
ME_P = "tomoe.sakuragi.k@gmail.com"          # personal address (kept)
ME_C = "t.sakuragi@hoshizora-tech.co.jp"     # company address (closes 30 June 2025)
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# cases
CA = "174979123400583"   # merge company -> personal (APN hold, reopened for a 3rd account)
CB = "174986210701942"   # duplicate form submission of the same merge
CC = "17520438816"       # Support Center (console) case: voucher missing after merge
CD = "175213112000845"   # name correction on the certificate (Japanese)
CE = "174801556201126"   # ESL exam accommodation (closing notices, then resolved)
CF = "8471920365"        # 2021 case, only in a forwarded note
CG = "175062287400371"   # AWS Educate form case (other programme)
CQ = "17526300457"       # console case about a service quota (not T&C)

# candidate IDs
ID_OLD = "AWS03817246"   # company certification account
ID_NEW = "AWS05529183"   # personal certification account
ID_UNI = "AWS01276554"   # forgotten university account

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB
SUBJ_D = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CD
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % CE
SUBJ_C = "50% exam discount voucher missing after certification account merge"

MSGS = []     # (eml_text, label, note, crlf)
IDS = {}      # key -> Message-ID


# ---------------------------------------------------------------- small helpers
def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def an(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def mid(style):
    if style == "ses":
        return "<0100019%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hx(5), hx(8), hx(4), hx(4), hx(4), hx(12))
    if style == "gmail":
        return "<CAF%s@mail.gmail.com>" % an(45)
    if style == "outlook":
        return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (R.randint(1000, 9999), an(30).upper(), R.randint(1000, 9999))
    if style == "github":
        return "<hoshizora/infra-modules/pull/412/issue_event/%d@github.com>" % R.randint(10**10, 10**11)
    # generic: style is a domain
    return "<%s.%s@%s>" % (hx(16), hx(8), style)


def when(iso):
    return format_datetime(datetime.datetime.fromisoformat(iso))


def hdr(s, charset="utf-8"):
    """Encode a header value if it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\n")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email)


CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable", params=""):
    """One text/* part: (header block, body)."""
    data = text.encode(CODEC[charset])
    if cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:   # 7bit / 8bit: only ASCII-safe encodings or utf-8 8bit
        body = data.decode("utf-8" if charset == "utf-8" else "ascii")
    if not body.endswith("\n"):
        body += "\n"
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (subtype, charset, params, cte)
    return h, body


def multi(subtype, parts, extra=""):
    b = "----=_Part_%d_%d.%d" % (R.randint(100000, 999999), R.randint(1000000, 9999999), R.randint(10**12, 10**13))
    if subtype == "report":
        extra = " report-type=delivery-status;" + extra
    h = 'Content-Type: multipart/%s;%s\n boundary="%s"\n' % (subtype, extra, b)
    body = ""
    for ph, pb in parts:
        body += "--%s\n%s\n%s" % (b, ph, pb)
        if not pb.endswith("\n"):
            body += "\n"
    body += "--%s--\n" % b
    return h, body


def raw(ctype_hdr, body):
    """A non-text leaf written as is (e.g. message/delivery-status)."""
    return ctype_hdr, body


def to_html(text, font="Arial, sans-serif"):
    """Plain text -> simple HTML; lines starting with '>' become blockquotes."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = to_html_inner("\n".join(q[1:].lstrip(" ") if q.startswith(">") else q for q in quote))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        out.append(htmlmod.escape(line) + "<br>" if line else "<br>")
    flush_quote()
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body><div style="font-family:%s;font-size:14px">\n%s\n</div></body></html>\n' % (font, "\n".join(out))


def to_html_inner(text):
    res = []
    quote = []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        if quote:
            res.append("<blockquote>%s</blockquote>" % to_html_inner("\n".join(quote)))
            quote = []
        res.append(htmlmod.escape(line) + "<br>" if line else "<br>")
    if quote:
        res.append("<blockquote>%s</blockquote>" % to_html_inner("\n".join(quote)))
    return "\n".join(res)


def alt(text, html=None, charset="utf-8", cte="quoted-printable", hcte=None):
    if html is None:
        html = to_html(text)
    return multi("alternative", [leaf(text, "plain", charset, cte), leaf(html, "html", "utf-8", hcte or cte)])


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- transport headers
def inbound(to, iso, from_host, ip, mailfrom, dkim_dom, dkim="pass", spf="pass", dmarc="pass", dmarc_pol="p=QUARANTINE sp=QUARANTINE dis=NONE", from_dom=None):
    from_dom = from_dom or dkim_dom
    d = when(iso)
    if to.endswith("@gmail.com"):
        mx = "mx.google.com"
        rcv = "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s.%d.2025.%s\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s" % (
            from_host, from_host, ip, an(22).lower(), R.randint(10, 99), hx(2), to, d)
        spftxt = {"pass": "pass (google.com: domain of %s designates %s as permitted sender)" % (mailfrom, ip),
                  "fail": "fail (google.com: domain of %s does not designate %s as permitted sender)" % (mailfrom, ip),
                  "softfail": "softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)" % (mailfrom, ip),
                  "neutral": "neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s)" % (ip, mailfrom)}[spf]
        dk = "dkim=%s header.i=@%s header.s=%s header.b=%s" % (dkim, dkim_dom, an(26).lower(), an(8)) if dkim != "none" else "dkim=none"
        if dkim == "fail":
            dk = "dkim=fail (body hash did not verify) header.i=@%s header.s=%s header.b=%s" % (dkim_dom, an(26).lower(), an(8))
        ar = "mx.google.com;\n       %s;\n       spf=%s smtp.mailfrom=%s;\n       dmarc=%s (%s) header.from=%s" % (
            dk, spftxt, mailfrom, dmarc, dmarc_pol, from_dom)
    else:
        mx = "mx1.hoshizora-tech.co.jp"
        rcv = "from %s (%s [%s])\n\tby mx1.hoshizora-tech.co.jp (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            from_host, from_host, ip, an(11).upper(), to, d)
        ar = "mx1.hoshizora-tech.co.jp;\n\tdkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (
            dkim, dkim_dom, spf, mailfrom, dmarc, from_dom)
    rp = mailfrom if "@" in mailfrom else "bounce-%s@%s" % (hx(10), mailfrom)
    return [("Return-Path", "<%s>" % rp), ("Received", rcv), ("Authentication-Results", ar)]


def ses_in(to, iso, dkim_dom="amazon.com", **kw):
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(2, 250))
    host = "a%d-%d.smtp-out.amazonses.com" % (R.randint(8, 48), R.randint(10, 250))
    mf = "0100019%s-%s-%s@amazonses.com" % (hx(5), hx(8), hx(6))
    return inbound(to, iso, host, ip, mf, dkim_dom, **kw)


# ---------------------------------------------------------------- message assembly
def add(kind, reply, case, cids, note, key, iso, frm, to, subject, part, cc=None, irt=None, refs=None,
        transport=None, extra=None, style="ses", crlf=False, subj_charset="utf-8", reply_to=None):
    m = mid(style)
    if key:
        IDS[key] = m
    h = []
    h += transport or []
    h.append(("Date", when(iso)))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject, subj_charset)))
    h.append(("Message-ID", m))
    if irt:
        h.append(("In-Reply-To", IDS[irt]))
        chain = [IDS[k] for k in (refs or [irt])]
        h.append(("References", "\n ".join(chain)))
    for e in extra or []:
        h.append(e)
    h.append(("MIME-Version", "1.0"))
    ph, pb = part
    text = "".join("%s: %s\n" % (k, v) for k, v in h) + ph + "\n" + pb
    label = {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(cids)}
    MSGS.append((text, label, note, crlf))


def write_all():
    for old in os.listdir(HERE):
        if old.endswith("-msg.eml") or old.endswith("-msg.json"):
            os.remove(os.path.join(HERE, old))
    for i, (text, label, note, crlf) in enumerate(MSGS, 1):
        data = text.replace("\r\n", "\n")
        if crlf:
            data = data.replace("\n", "\r\n")
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as f:
            f.write(data.encode("utf-8"))
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    c = Counter(l["kind"] for _, l, _, _ in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for _, l, _, _ in MSGS if l["needs_reply"])))


# ---------------------------------------------------------------- signatures / footers
AWS_ADDR = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n"
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210")


def console_footer(case):
    return ("To see this case or add a reply, sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
            "If you sign in through federation, sign in first and then open the link.\n\n"
            "Note: this message comes from an address that cannot receive mail. Replies sent to it are not "
            "added to your case; answer from the Support Center instead.\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. "
            "This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210." % case)


# ====================================================================== messages
def build():
    # ------------------------------------------------------------------ 001
    t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/412#event-17830264419
You are receiving this because your review was requested.
"""
    h = """<p>Merged <a href="https://github.com/hoshizora/infra-modules/pull/412">#412</a> into main.</p>
<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/hoshizora/infra-modules/pull/412#event-17830264419">view it on GitHub</a>.<br />You are receiving this because your review was requested.</p>
"""
    add("unrelated", False, None, [], "GitHub notification: PR that merges two account baseline stacks was merged. Words 'Merged' and 'account' but nothing to do with AWS support.",
        "gh", "2025-06-10T09:12:44+09:00", addr("Daichi Oura", "notifications@github.com"),
        "hoshizora/infra-modules <infra-modules@noreply.github.com>",
        "Re: [hoshizora/infra-modules] Merge the two account baseline stacks into one module (PR #412)",
        alt(t, h, cte="quoted-printable"),
        cc="%s, Review requested <review_requested@noreply.github.com>" % addr(ME_NAME, ME_C),
        transport=inbound(ME_C, "2025-06-10T09:12:46+09:00", "out-24.smtp.github.com", "192.30.252.207",
                          "noreply@github.com", "github.com"),
        extra=[("Reply-To", "hoshizora/infra-modules <reply+ADQ7%s@reply.github.com>" % an(40)),
               ("List-ID", "hoshizora/infra-modules <infra-modules.hoshizora.github.com>"),
               ("List-Unsubscribe", "<mailto:unsub+ADQ7%s@reply.github.com>" % an(30)),
               ("X-GitHub-Reason", "review_requested")],
        style="github")

    # ------------------------------------------------------------------ 002
    t = """Hello Tomoe,

Your AWS Certified Developer - Associate certification will expire on 8 September 2025.

Candidate ID: %s
Certification: AWS Certified Developer - Associate
Validation number: 7QK2LM1D3JVE1NWS
Expiration date: 2025-09-08

To keep your certification active, pass the current version of the exam (or a higher-level exam that
covers it) before the expiration date. Certified individuals receive a 50%% discount on their next
exam; you will find the voucher under Benefits in your AWS Certification Account.

Sign in: https://www.aws.training/certification

Thank you,
AWS Certification

You are receiving this e-mail because you hold an active AWS Certification.
""" % ID_OLD
    add("certification", False, None, [ID_OLD], "CertMetrics expiry reminder to the company address; candidate ID in the text, mentions a voucher and 'Sign in' but no support case.",
        "cm1", "2025-06-11T02:31:09+00:00", addr("AWS Certification", "do-not-reply@certmetrics.com"),
        ME_C, "Your AWS Certification expires in 90 days", alt(t),
        transport=inbound(ME_C, "2025-06-11T02:31:12+00:00", "o7.mail.certmetrics.com", "168.245.21.72",
                          "bounces+2209817-3c1f-t.sakuragi=hoshizora-tech.co.jp@mail.certmetrics.com", "certmetrics.com"),
        style="mail.certmetrics.com", crlf=True)

    # ------------------------------------------------------------------ 003
    t = """Hello Tomoe,

Thanks for your patience while I looked into your accommodation request.

An English-as-a-second-language (ESL) accommodation adds 30 minutes to exams taken in English. It is
recorded on the certification account rather than on a single booking, so once it is approved it
shows up automatically on every appointment you schedule with Pearson VUE afterwards.

I have your candidate record (%s) open, but two details were not in the original form: the
exam you intend to take next, and your primary language. With those two I can file the request in
one go.

Regards,
Marisol R.
AWS Training and Certification Customer Service

%s
""" % (ID_OLD, AWS_ADDR)
    add("info_request", True, CE, [ID_OLD], "Case E (ESL accommodation): the request is a statement ('two details were not in the form ... with those two I can file') with no question mark and no 'please'.",
        "E_req", "2025-06-11T07:48:30+00:00", FORM, ME_C, "RE:" + SUBJ_E, leaf(t, cte="7bit", charset="us-ascii"),
        transport=ses_in(ME_C, "2025-06-11T07:48:33+00:00"), crlf=True)

    # ------------------------------------------------------------------ 004
    t = """桜木さん

お疲れさまです。大浦です。
引き継ぎ資料、ざっと拝見しました。Terraform のモジュール周りは問題なさそうです。

一点だけ、監視アラートの通知先がまだ桜木さん宛てになっているので、月末までにチームの
メーリングリストへ切り替えていただけますか。

あと余計なお世話かもしれませんが、AWS 認定のアカウントが会社アドレスのままだと、退職後に
ログインできなくなります。早めに個人アドレスのほうへ統合しておいたほうがいいですよ。
自分は前職のとき、サポートに問い合わせてマージしてもらいました。

大浦
"""
    add("unrelated", False, None, [], "Colleague (Japanese, ISO-2022-JP) with a real request and advice about merging the AWS certification account; not support mail.",
        "oura1", "2025-06-12T10:05:51+09:00", addr("大浦 大地", "d.oura@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
        "引き継ぎ資料の件", leaf(t, charset="iso-2022-jp", cte="7bit"),
        transport=[("Received", "from mail.hoshizora-tech.co.jp (mail.hoshizora-tech.co.jp [10.20.1.5])\n\tby mx1.hoshizora-tech.co.jp (Postfix) with ESMTP id 4bK2s71QxZz3\n\tfor <%s>; %s" % (ME_C, when("2025-06-12T10:05:52+09:00")))],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")], style="hoshizora-tech.co.jp", subj_charset="iso-2022-jp")

    # ------------------------------------------------------------------ 005
    t = """自分用メモ（退職前に控えておくもの）

■ 旧アカウント（会社アドレス）
  候補ID: %s
  取得済み: Developer - Associate（2025/09 失効）、Cloud Practitioner
  試験履歴: DVA-C02 2022/09、ほか
  特典: 次回試験 50%% 割引バウチャー（未使用、2025/12/31 まで）

■ 新アカウント（個人アドレス）
  Builder ID 作成済み、認定アカウントも作成済み
  候補ID: %s

■ やること
  - 証明書 PDF を全部ダウンロード（済）
  - フォームから Account Merge を申請（残すのは個人アドレス）
  - 統合後に試験履歴・特典が移っているか確認
""" % (ID_OLD, ID_NEW)
    add("user_reply", False, None, [ID_OLD, ID_NEW], "Owner's note to herself from the company address to the personal one, listing both candidate IDs before filing the request; no case yet.",
        "memo", "2025-06-13T12:40:02+09:00", addr(ME_NAME, ME_C), addr(ME_NAME, ME_P),
        "メモ: 認定アカウント移行前の控え", alt(t, cte="base64"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", hdr("メモ: 認定アカウント移行前の控え")),
               ("Content-Language", "ja-JP")], style="outlook")

    # ------------------------------------------------------------------ 006
    t = """Verify your AWS Builder ID email address

Thanks for starting the AWS Builder ID sign-up process. To finish, enter this verification code:

Verification code: 481736

The code expires 30 minutes after it was sent.

If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
"""
    h = """<html><body style="font-family:Arial,sans-serif">
<h2>Verify your AWS Builder ID email address</h2>
<p>Thanks for starting the AWS Builder ID sign-up process. To finish, enter this verification code:</p>
<p style="font-size:28px;font-weight:bold;letter-spacing:4px">481736</p>
<p>The code expires 30 minutes after it was sent.</p>
<p style="color:#555">If you did not try to create an AWS Builder ID, you can ignore this message.</p>
</body></html>
"""
    add("unrelated", False, None, [], "Builder ID one-time code (6 digits) from no-reply@signin.aws; AWS sender, not a case.",
        None, "2025-06-13T04:52:17+00:00", addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
        "Verify your AWS Builder ID email address", alt(t, h),
        transport=ses_in(ME_P, "2025-06-13T04:52:19+00:00", dkim_dom="signin.aws"), crlf=True)

    # ------------------------------------------------------------------ 007
    t = """Hello,

We've received your message and created case %s for it. A member of the AWS Training
and Certification team normally answers within one business day; a few requests take longer when
records have to be checked with another team.

To keep everything in one place, reply to this e-mail if you want to add something, and please do
not submit the form again for the same request - a second case only slows things down.

A copy of what you sent us:

Inquiry type: Certification
Additional details: Account Merge
Name: Tomoe Sakuragi
E-mail: tomoe.sakuragi.k@gmail.com
AWS candidate ID: %s
How can we help you?
I am leaving Hoshizora Technologies at the end of June and would like my certification history
moved to my personal account. Addresses I have used: t.sakuragi@hoshizora-tech.co.jp (old
account, %s) and tomoe.sakuragi.k@gmail.com (new account). Please keep
tomoe.sakuragi.k@gmail.com.

Kind regards,
AWS Training and Certification Customer Support
""" % (CA, ID_NEW, ID_OLD)
    add("acknowledgement", False, CA, [ID_NEW, ID_OLD], "Case A opened. Echo of the form lists both candidate IDs (counted: not marked as quoted). 'reply to this e-mail if you want to add something' and 'please do not submit again' are not requests to answer.",
        "A_ack", "2025-06-13T05:07:19+00:00", addr("Amazon Web Services", FORM), ME_P, SUBJ_A,
        leaf(t, cte="quoted-printable"), transport=ses_in(ME_P, "2025-06-13T05:07:21+00:00"), crlf=True)

    # ------------------------------------------------------------------ 008
    t = """お問い合わせいただきありがとうございます。

ケース %s としてお問い合わせを承りました。担当者より通常 1 営業日以内にご連絡いたします。
内容によっては関係部署への確認が必要となり、お時間をいただく場合がございます。

同じ内容で既にお問い合わせいただいている場合は、フォームを再送信せず、最初のケースのメールに
ご返信ください。重複したケースは対応遅延の原因となります。

ご送信いただいた内容:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: t.sakuragi@hoshizora-tech.co.jp
お問い合わせ内容:
退職に伴い、会社アドレスの認定アカウントを個人アドレス（tomoe.sakuragi.k@gmail.com）の
アカウントへ統合したいです。昨日も送信しましたが、確認メールが見当たらないため再送します。

AWS トレーニングと認定 カスタマーサポート
""" % CB
    add("acknowledgement", False, CB, [], "Case B: a duplicate form submission from the company address, acknowledged in Japanese (ISO-2022-JP). The 'do not open a second case' line is boilerplate, not a request.",
        "B_ack", "2025-06-14T00:48:31+00:00", addr("Amazon Web Services", FORM), ME_C, SUBJ_B,
        leaf(t, charset="iso-2022-jp", cte="7bit"), transport=ses_in(ME_C, "2025-06-14T00:48:34+00:00"), crlf=True)

    # ------------------------------------------------------------------ 009
    t = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your
account will be charged the following:

Total: USD 3.42

Please see the Bills page of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Account ID: 804215576631
Billing period: May 1 - May 31, 2025

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
    add("unrelated", False, None, [], "AWS billing statement with a 12-digit account ID (not a case number).",
        None, "2025-06-14T03:15:40+00:00", addr("Amazon Web Services", "aws-receivables-support@email.amazon.com"), ME_P,
        "Amazon Web Services Billing Statement Available [Account: 804215576631]", leaf(t, charset="us-ascii", cte="7bit"),
        transport=ses_in(ME_P, "2025-06-14T03:15:42+00:00", dkim_dom="email.amazon.com", from_dom="email.amazon.com"))

    # ------------------------------------------------------------------ 010
    t = """桜木 巴 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。担当の藤井でございます。

お客様のメールアドレスで確認できた認定アカウントは、以下の 2 件でございます。

アカウント 1
  ログインメール: tomoe.sakuragi.k@gmail.com
  トレーニング通知メール: tomoe.sakuragi.k@gmail.com
  認定通知メール: tomoe.sakuragi.k@gmail.com

アカウント 2
  ログインメール: t.sakuragi@hoshizora-tech.co.jp
  トレーニング通知メール: t.sakuragi@hoshizora-tech.co.jp
  認定通知メール: t.sakuragi@hoshizora-tech.co.jp

いずれもお客様ご本人のアカウントであること、ならびにアカウント 2 の履歴をアカウント 1 へ統合し、
アカウント 1 を残す形でよろしいかを、本メールへのご返信にてお知らせいただけますでしょうか。

ご確認のほど、よろしくお願いいたします。

藤井
AWS トレーニングと認定 カスタマーサポート
"""
    add("confirmation_request", True, CB, [], "Case B (the duplicate): a second agent asks in Japanese keigo to confirm the two accounts and the one to keep (ISO-2022-JP). Real request at arrival; the case is closed as a duplicate the next day.",
        "B_conf", "2025-06-14T09:22:05+00:00", addr("Amazon Web Services", FORM), ME_C, "RE:" + SUBJ_B,
        leaf(t, charset="iso-2022-jp", cte="7bit"), transport=ses_in(ME_C, "2025-06-14T09:22:07+00:00"), irt="B_ack")

    # ------------------------------------------------------------------ 011
    hold = """Hi Tomoe,

Thank you for writing in, and congratulations on the next step in your career.

I have looked at both certification accounts. The one registered to t.sakuragi@hoshizora-tech.co.jp
(%s) is linked to the AWS Partner Network profile of Hoshizora Technologies, Inc. As long as
that link exists, the partner counts your certifications toward its own programme tier, and we are
not able to move them to another account without the partner side being involved. I have therefore
put your request on hold and notified our Partner team, who will get in touch with the alliance lead
at Hoshizora.

One thing would speed this up a lot: the Partner team can release the link right away once the
employee has confirmed the departure. Are you still working for Hoshizora, and if so, what will be
your last working day?

Nothing else is needed from you for now. As soon as the link is released I will pick the case up
again and send you the merge details.

Best regards,
Priya N.
AWS Training and Certification Customer Service
""" % ID_OLD
    add("on_hold", True, CA, [ID_OLD], "Case A put on hold because the old account is tied to the employer's APN profile; the question about the last working day sits in the middle, followed by 'Nothing else is needed from you for now'.",
        "A_hold", "2025-06-15T02:02:48+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        alt(hold), transport=ses_in(ME_P, "2025-06-15T02:02:51+00:00"), crlf=True)

    # ------------------------------------------------------------------ 012
    t = """Hello,

While reviewing this request I noticed that the same merge was submitted one day earlier under
case %s, which a colleague is already working on. So that two people do not handle the
same request, I have closed this case (%s) as a duplicate and added a note to the
original one.

You can disregard the earlier message on this case that asked you to confirm the accounts; all
further correspondence will come from case %s.

Thanks,
Owen T.
AWS Training and Certification
""" % (CA, CB, CA)
    add("case_update", False, CB, [], "Case B closed as a duplicate and linked to case A; names both case numbers (belongs to B). Tells the owner to ignore B's confirmation request.",
        "B_dup", "2025-06-15T05:40:12+00:00", addr("Amazon Web Services", FORM), ME_C, "RE:" + SUBJ_B,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_C, "2025-06-15T05:40:15+00:00"), irt="B_conf",
        refs=["B_ack", "B_conf"])

    # ------------------------------------------------------------------ 013
    h = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Kumo Weekly #233</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td><h1 style="font-size:22px">Kumo Weekly #233</h1>
<p>This week: merging accounts in AWS Organizations without tears, why your support tickets get closed too early, and a tiny CLI for Step Functions.</p></td></tr>
<tr><td><h3>Consolidating AWS accounts after an acquisition</h3>
<p>A walk-through of moving member accounts between organizations, with the SCP gotchas nobody tells you about.</p>
<a href="https://kumoweekly.io/r/233/1">Read more &rarr;</a></td></tr>
<tr><td><h3>"We will close this ticket in 3 days": designing auto-close rules that customers do not hate</h3>
<p>Helpdesk teams share what they learned from five years of auto-closing inactive requests.</p>
<a href="https://kumoweekly.io/r/233/2">Read more &rarr;</a></td></tr>
<tr><td style="font-size:12px;color:#888">You are receiving Kumo Weekly because you subscribed at kumoweekly.io.
<a href="https://kumoweekly.io/unsubscribe?u=7f3a9">Unsubscribe</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    add("unrelated", False, None, [], "HTML-only newsletter whose headlines talk about merging AWS accounts and auto-closing tickets.",
        None, "2025-06-15T07:00:03+00:00", addr("Kumo Weekly", "hello@kumoweekly.io"), ME_P,
        "Kumo Weekly #233: account merges, auto-close rules, Step Functions CLI", leaf(h, "html", cte="quoted-printable"),
        transport=inbound(ME_P, "2025-06-15T07:00:05+00:00", "mail-108.kumoweekly.io", "198.2.180.44",
                          "bounce-mc.us21_8811.2213@mcsv.net", "kumoweekly.io"),
        extra=[("List-Unsubscribe", "<https://kumoweekly.io/unsubscribe?u=7f3a9>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        style="kumoweekly.io")

    # ------------------------------------------------------------------ 014
    new = """Hi Priya,

Thank you for the quick check. Yes, I am still employed at Hoshizora Technologies; my last working
day is 30 June 2025, and the company mailbox t.sakuragi@hoshizora-tech.co.jp will be shut down on
the same day. I have also told our alliance lead, Ms. Kawabe, that your Partner team may contact her.

For reference, the old account is %s and the account I want to keep is %s.

Best regards,
Tomoe Sakuragi
""" % (ID_OLD, ID_NEW)
    t = new + "\nOn Sun, Jun 15, 2025 at 11:02 AM <%s> wrote:\n\n" % FORM + quote(hold) + "\n"
    add("user_reply", False, CA, [ID_OLD, ID_NEW], "Owner answers the hold question (Gmail style, '>' quoting of the hold mail, which carries an old candidate ID).",
        "A_r1", "2025-06-15T21:14:37+09:00", addr(ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
        alt(t), irt="A_hold", refs=["A_ack", "A_hold"], style="gmail")

    # ------------------------------------------------------------------ 015
    t = """This is an automated message.

Your reply has been added to case %s. There is no need to send it again; the agent
handling your case will review it and get back to you.

AWS Training and Certification Customer Support
""" % CA
    add("acknowledgement", False, CA, [], "Automatic receipt for the owner's reply on case A; short, nothing to do.",
        "A_rcpt", "2025-06-15T12:14:52+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_P, "2025-06-15T12:14:55+00:00"), irt="A_r1",
        refs=["A_hold", "A_r1"], extra=[("Auto-Submitted", "auto-replied")])

    # ------------------------------------------------------------------ 016
    t = """Hi Tomoe,

Thanks, that helps. I have handed your request to the AWS Partner team, who look after partner-linked
certification records, together with your departure date. They usually need two to three business
days to deal with the partner organization. The case stays open with me in the meantime and I will
write as soon as I hear back from them.

Best regards,
Priya N.
AWS Training and Certification Customer Service

-----Original Message-----
From: %s
Sent: 2025-06-15 12:14 UTC
Subject: Re: RE:%s

Hi Priya,

Thank you for the quick check. Yes, I am still employed at Hoshizora Technologies; my last working
day is 30 June 2025 ...
""" % (ME_P, SUBJ_A)
    add("case_update", False, CA, [], "Case A passed to the Partner team; news only. Quoted history below is the owner's own reply.",
        "A_upd1", "2025-06-17T01:26:03+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(t, cte="quoted-printable"), transport=ses_in(ME_P, "2025-06-17T01:26:06+00:00"), irt="A_r1",
        refs=["A_hold", "A_r1"], crlf=True)

    # ------------------------------------------------------------------ 017
    h = """<html><body style="font-family:Arial,Helvetica,sans-serif;color:#232f3e">
<div style="background:#232f3e;padding:12px"><span style="color:#ff9900;font-size:20px;font-weight:bold">aws</span>
<span style="color:#fff"> Training and Certification</span></div>
<p>Dear Candidate,</p>
<p>We were unable to complete the merge of your AWS Certification accounts because your identity could not be verified.
To prevent the loss of your certifications and exam history, you must verify your account within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="https://aws-certification-services.net/verify?c=174979455120117"
 style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;border-radius:3px">Verify my certification account</a></p>
<p>You will be asked to sign in with your AWS Builder ID email and password and to confirm the card used to pay for your last exam.</p>
<p>If verification is not completed, your certifications will be suspended.</p>
<p>Regards,<br>AWS Certification Support Team<br>Case reference: 174979455120117</p>
</body></html>
"""
    add("suspicious", False, None, [], "Lookalike domain aws-certification-services.net (its own DKIM passes), credential and card phishing about the 'merge', invented case reference. Case left null.",
        None, "2025-06-17T08:44:19+00:00", addr("AWS Training & Certification", "support@aws-certification-services.net"), ME_P,
        "Action required: verify your identity to complete your certification account merge",
        leaf(h, "html", cte="base64"),
        transport=inbound(ME_P, "2025-06-17T08:44:22+00:00", "vps-41782.hostlayer.cloud", "185.231.66.19",
                          "info@aws-certification-services.net", "aws-certification-services.net",
                          dmarc_pol="p=NONE sp=NONE dis=NONE"),
        style="aws-certification-services.net")

    # ------------------------------------------------------------------ 018
    t = """Hello Tomoe,

I'm following up on case %s about the ESL accommodation. To submit it I still need
the name of the exam you plan to take and your primary language.

If I don't hear back by 20 June, the case will be closed automatically. Replying to this e-mail
with the two details keeps it open.

Regards,
Marisol R.
AWS Training and Certification Customer Service
""" % CE
    add("closing_notice", True, CE, [], "Case E: will be closed on 20 June unless the owner replies; repeats the open request.",
        "E_close1", "2025-06-18T06:12:55+00:00", FORM, ME_C, "RE:" + SUBJ_E,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_C, "2025-06-18T06:12:58+00:00"), crlf=True)

    # ------------------------------------------------------------------ 019
    t = """Dear Tomoe Sakuragi,

Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.

Exam: SCS-C02: AWS Certified Security - Specialty
Date and time: Saturday, 5 July 2025, 10:00 JST
Location: Pearson Professional Centers - Tokyo Shinjuku
Registration ID: 482619037
Candidate ID: %s
Price: JPY 45,000 (50%% discount applied: JPY 22,500)

Please arrive 30 minutes before your appointment and bring two forms of valid identification. The
name on your ID must match the name in your profile exactly.

To reschedule or cancel, sign in at least 24 hours before the appointment:
https://home.pearsonvue.com/aws

Pearson VUE
""" % ID_NEW
    add("unrelated", False, None, [ID_NEW], "Exam vendor booking confirmation: 9-digit registration ID (not a case), candidate ID in own text.",
        "pv1", "2025-06-18T10:33:27+00:00", addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
        "Confirmation of your AWS Certified Security - Specialty exam appointment", alt(t),
        transport=inbound(ME_P, "2025-06-18T10:33:30+00:00", "mail-sor-f69.pearson.com", "159.127.61.69",
                          "pearsonvuecustomerservice@pearson.com", "pearson.com"),
        style="pearson.com")

    # ------------------------------------------------------------------ 020
    t = """Hi Tomoe,

Good news: the AWS Partner team has confirmed that the link between your former certification
account and the Hoshizora Technologies partner profile was removed today, so the hold on your
request is lifted.

I'm sending the request back to our merge queue. A colleague will write to you shortly with the
account details to check; until then there is nothing you need to do.

Best regards,
Priya N.
AWS Training and Certification Customer Service
"""
    add("case_update", False, CA, [], "Case A hold lifted. Subject has no [CASE] token and the body no case number: only In-Reply-To/References tie it to the thread.",
        "A_lift", "2025-06-19T04:51:36+00:00", addr("Priya N. (AWS Training and Certification)", FORM), ME_P,
        "Update on your AWS Training and Certification request", alt(t, cte="base64"),
        transport=ses_in(ME_P, "2025-06-19T04:51:39+00:00"), irt="A_upd1", refs=["A_hold", "A_r1", "A_upd1"])

    # ------------------------------------------------------------------ 021
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Tomoe,</p>
<p>Thank you for your purchase. Here is your receipt.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ddd">
<tr><td>Order number</td><td>SB-2025-0619-88314</td></tr>
<tr><td>Item</td><td>AWS Skill Builder Individual subscription (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Payment method</td><td>Visa ending 4417</td></tr>
</table>
<p>Your subscription renews automatically on 19 July 2025. You can cancel at any time from <a href="https://skillbuilder.aws/account">your account</a>.</p>
<p>Happy learning,<br>AWS Skill Builder</p>
</body></html>
"""
    add("unrelated", False, None, [], "Skill Builder subscription receipt from no-reply@aws.training (HTML only).",
        None, "2025-06-19T11:02:40+00:00", addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
        "Your AWS Skill Builder receipt", leaf(h, "html", cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-06-19T11:02:43+00:00", dkim_dom="aws.training"))

    # ------------------------------------------------------------------ 022
    rows = [("Account #1", ME_P, ME_P, ME_P, ID_NEW), ("Account #2", ME_C, ME_C, ME_C, ID_OLD)]
    trs = "".join('<tr><td style="border:1px solid #999;padding:4px 8px"><b>%s</b></td>%s</tr>\n' % (
        r[0], "".join('<td style="border:1px solid #999;padding:4px 8px">%s</td>' % c for c in r[1:])) for r in rows)
    conf_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hello Tomoe,</p>
<p>My name is Tomasz and I will be completing your account merge now that the partner hold has been cleared.</p>
<p>These are the certification accounts I found for you:</p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px 8px"></th><th style="border:1px solid #999;padding:4px 8px">Login email</th>
<th style="border:1px solid #999;padding:4px 8px">Training notification email</th><th style="border:1px solid #999;padding:4px 8px">Certification notification email</th>
<th style="border:1px solid #999;padding:4px 8px">Candidate ID</th></tr>
%s</table>
<p>Please be aware that a merge cannot be undone. Afterwards Account #2 can no longer be used to sign in, and its exam history, certifications and benefits will appear on Account #1 only.</p>
<p>Before I run it I need your go-ahead in writing. Could you confirm that both accounts belong to you and that Account #1 is the one to keep?</p>
<p>Regards,<br>Tomasz K.<br>AWS Training and Certification Customer Service</p>
</div></body></html>
""" % trs
    conf_text = """Hello Tomoe,

My name is Tomasz and I will be completing your account merge now that the partner hold has been cleared.

These are the certification accounts I found for you:

Account #1
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Account #2
Login email: %s
Training notification email: %s
Certification notification email: %s
Candidate ID: %s

Please be aware that a merge cannot be undone. Afterwards Account #2 can no longer be used to sign in, and its exam history, certifications and benefits will appear on Account #1 only.

Before I run it I need your go-ahead in writing. Could you confirm that both accounts belong to you and that Account #1 is the one to keep?

Regards,
Tomasz K.
AWS Training and Certification Customer Service
""" % (ME_P, ME_P, ME_P, ID_NEW, ME_C, ME_C, ME_C, ID_OLD)
    add("confirmation_request", True, CA, [ID_NEW, ID_OLD], "Case A: HTML-only table of Account #1 / #2 with candidate IDs; the ask comes after a warning paragraph. Sent to personal, Cc company.",
        "A_conf", "2025-06-20T07:41:08+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(conf_html, "html", cte="quoted-printable"), cc=ME_C,
        transport=ses_in(ME_P, "2025-06-20T07:41:11+00:00"), irt="A_lift", refs=["A_hold", "A_r1", "A_upd1", "A_lift"])

    # ------------------------------------------------------------------ 023
    t = """各位（退職予定者の皆さま）

情報システム部です。

退職に伴うメールボックスの閉鎖についてご案内します。

対象アカウント: t.sakuragi@hoshizora-tech.co.jp
閉鎖日時: 2025年6月30日（月）18:00
閉鎖後の扱い: 受信したメールは送信元へエラーとして返送されます。転送設定は行いません。

業務上必要なメールは、閉鎖日までに後任の方へ引き継いでください。
私用のサービス（外部サイトの会員登録など）に会社アドレスを使っている場合は、
閉鎖前に各自で登録アドレスを変更してください。閉鎖後の復旧はできません。

本メールへの返信は不要です。
ご不明な点は内線 2210 までお問い合わせください。

情報システム部 ヘルプデスク
"""
    add("unrelated", False, None, [], "Company IT notice (Shift_JIS, base64): the company mailbox 'will be closed' on 30 June. Closing wording, but internal.",
        None, "2025-06-20T17:30:00+09:00", addr("情報システム部", "it-helpdesk@hoshizora-tech.co.jp", "shift_jis"), ME_C,
        "【ご案内】退職に伴うメールボックス閉鎖について", leaf(t, charset="shift_jis", cte="base64"),
        transport=[("Received", "from mail.hoshizora-tech.co.jp (mail.hoshizora-tech.co.jp [10.20.1.5])\n\tby mx1.hoshizora-tech.co.jp (Postfix) with ESMTP id 4bK9w0Zp2Lz1\n\tfor <%s>; %s" % (ME_C, when("2025-06-20T17:30:01+09:00")))],
        style="hoshizora-tech.co.jp", subj_charset="shift_jis")

    # ------------------------------------------------------------------ 024
    new = """Hello Tomasz,

Yes, both accounts are mine. Please merge Account #2 into Account #1 and keep Account #1.

Regards,
Tomoe Sakuragi
Hoshizora Technologies, Inc. | Cloud Platform Team
"""
    t = new + """
-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com <aws-cs-trainingcertification-form@amazon.com>
Sent: Friday, June 20, 2025 4:41 PM
To: tomoe.sakuragi.k@gmail.com
Cc: Sakuragi Tomoe <t.sakuragi@hoshizora-tech.co.jp>
Subject: RE:%s

""" % SUBJ_A + conf_text
    add("user_reply", False, CA, [], "Owner confirms, but from the company address (Outlook, '-----Original Message-----' with the whole confirmation request and both candidate IDs below).",
        "A_r2", "2025-06-21T09:03:11+09:00", addr("Sakuragi Tomoe", ME_C), FORM, "RE: RE:" + SUBJ_A,
        alt(t, cte="quoted-printable"), irt="A_conf", refs=["A_hold", "A_lift", "A_conf"],
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHb4" + an(20) + "=="),
               ("Content-Language", "en-US")], style="outlook")

    # ------------------------------------------------------------------ 025
    t = """Hello,

To finish merging your AWS Certification accounts we need one last confirmation.

Sign in with your AWS Builder ID and approve the merge here:
https://amazon-certification-merge.com/confirm?case=174979112904471

If the link does not work, reply to this e-mail with the 6-digit code we sent to your phone and
your Builder ID password so that an agent can complete the merge for you.

AWS Training and Certification
"""
    add("suspicious", False, None, [], "Spoofed From aws-cs-trainingcertification-form@amazon.com with dkim=fail, spf=fail, dmarc=fail; asks for password and code by reply. Fake case number in subject; case null.",
        None, "2025-06-21T03:27:50+00:00", addr("AWS Training and Certification", FORM), ME_P,
        "RE:[CASE 174979112904471] Final step: confirm your account merge", alt(t, cte="base64"),
        transport=inbound(ME_P, "2025-06-21T03:27:53+00:00", "mta3.merge-notify-mail.com", "45.138.16.203",
                          "bounce@merge-notify-mail.com", "amazon.com", dkim="fail", spf="fail", dmarc="fail",
                          dmarc_pol="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE", from_dom="amazon.com"),
        style="merge-notify-mail.com")

    # ------------------------------------------------------------------ 026
    t = """Hello Tomoe,

Thank you for the quick answer. Unfortunately I can't act on it yet: it came from
t.sakuragi@hoshizora-tech.co.jp, the address of the account that will be merged away. To protect
your records, the go-ahead has to come from the address of the account that will remain,
tomoe.sakuragi.k@gmail.com.

We need a short reply from that mailbox on this case. A one-line "confirmed" is enough, as long as
the subject still carries the case number.

Kind regards,
Farida A.
AWS Training and Certification Customer Service

---- On Sat, 21 Jun 2025 00:03:11 +0000, Sakuragi Tomoe <t.sakuragi@hoshizora-tech.co.jp> wrote ----
Hello Tomasz,
Yes, both accounts are mine. Please merge Account #2 into Account #1 and keep Account #1.
"""
    add("info_request", True, CA, [], "Case A: the confirmation came from the wrong address; support wants it written from the personal mailbox ('We need a short reply from that mailbox'). Sent to the company address, 8bit LF.",
        "A_wrong", "2025-06-22T02:18:44+00:00", addr("Amazon Web Services", FORM), ME_C, "RE:" + SUBJ_A,
        leaf(t, cte="8bit"), transport=ses_in(ME_C, "2025-06-22T02:18:47+00:00"), irt="A_r2", refs=["A_conf", "A_r2"])

    # ------------------------------------------------------------------ 027
    t = """##- Please type your reply above this line -##

Your request (48213) has been solved.

Hi Tomoe,

The fix for images missing from PDF exports shipped in version 4.12.1 this morning. After updating,
re-export the notebook and the images should be back. I'm marking this ticket as solved.

If the problem comes back, just reply to this e-mail within 7 days and the ticket will reopen;
after that it will be closed automatically.

Ken Hashimoto
Kumo Notes Support

How would you rate the support you received? Good, I'm satisfied / Bad, I'm unsatisfied
https://kumonotes.zendesk.com/requests/48213/satisfaction/new

[ZK7P1Y-4R8M]
"""
    add("unrelated", False, None, [], "Another vendor's Zendesk ticket marked solved, with reopen-by-reply and satisfaction rating: not AWS. Ticket number not recorded as a case.",
        None, "2025-06-22T04:10:21+00:00", addr("Kumo Notes Support", "support@kumonotes.zendesk.com"), ME_P,
        "[Kumo Notes] Re: PDF export drops images", alt(t),
        transport=inbound(ME_P, "2025-06-22T04:10:24+00:00", "outbyoip6.pod15.use1.zdsys.com", "216.198.0.6",
                          "support+id48213@kumonotes.zendesk.com", "kumonotes.zendesk.com"),
        style="zendesk.com")

    # ------------------------------------------------------------------ 028
    t = """Hello,

We have closed case %s because we did not receive the information requested on
11 June.

If you still want the ESL accommodation, you can reopen the case within 14 days by replying to
this e-mail with the exam name and your primary language.

Regards,
AWS Training and Certification
""" % CE
    add("closing_notice", True, CE, [], "Case E was closed for lack of answer; replying reopens it. Past tense ('We have closed').",
        "E_close2", "2025-06-22T23:05:37+00:00", FORM, ME_C, "RE:" + SUBJ_E,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_C, "2025-06-22T23:05:40+00:00"), crlf=True)

    # ------------------------------------------------------------------ 029
    t = """Hello Tomoe,

Thank you for applying to join AWS Educate as an educator for the Kansei University Cloud Study Club.

To complete the verification we need proof of your affiliation with the club. Could you send us a
link to the club page on the university web site, or a short letter from the faculty advisor that
mentions your role?

Best,
Jae-min
AWS Educate Support
"""
    add("unrelated", False, CG, [], "AWS Educate form case (other programme) asking for documents: same sender family and subject shape, but not a Training and Certification case, so no reply flagged. Case number kept.",
        None, "2025-06-23T01:47:02+00:00", addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
        "RE:[CASE %s] [AWS Educate Form Submission] - educator-verification" % CG, leaf(t),
        transport=ses_in(ME_P, "2025-06-23T01:47:05+00:00"))

    # ------------------------------------------------------------------ 030
    t = """Hello Marisol,

Sorry for the late reply - I was away last week. The exam is AWS Certified Security - Specialty
(SCS-C02), booked for 5 July, and my primary language is Japanese.

One more thing: please apply the accommodation to %s. My old account %s is being
merged into it under case %s.

Could you reopen the case?

Best regards,
Tomoe Sakuragi

-----Original Message-----
From: aws-cs-trainingcertification-form@amazon.com
Sent: Monday, June 23, 2025 8:05 AM
To: Sakuragi Tomoe <t.sakuragi@hoshizora-tech.co.jp>
Subject: RE:%s

Hello,

We have closed case %s because we did not receive the information requested on
11 June.
""" % (ID_NEW, ID_OLD, CA, SUBJ_E, CE)
    add("user_reply", False, CE, [ID_NEW, ID_OLD], "Owner answers case E (reopen) and mentions case A's number in the body; belongs to case E. Contains a question to support, but it is her own mail.",
        "E_r1", "2025-06-23T12:26:45+09:00", addr("Sakuragi Tomoe", ME_C), FORM, "RE: RE:" + SUBJ_E,
        alt(t), irt="E_close2", refs=["E_req", "E_close1", "E_close2"],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")], style="outlook")

    # ------------------------------------------------------------------ 031
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<table width="640" align="center" cellpadding="12"><tr><td style="background:#232f3e;color:#fff;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td><p>桜木 巴 様</p>
<p>AWS Summit Japan にご登録いただき、ありがとうございました。基調講演および 150 以上のセッションのオンデマンド配信を開始しました。</p>
<p>見逃したセッションも、7 月 31 日まで何度でもご視聴いただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/on-demand/" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">オンデマンド配信を見る</a></p>
<p>AWS 認定者向けラウンジのアンケートにもぜひご協力ください。</p></td></tr>
<tr><td style="font-size:11px;color:#777">このメールは配信専用アドレスから送信しています。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア</td></tr></table>
</body></html>
"""
    add("unrelated", False, None, [], "AWS marketing in Japanese (HTML only, base64): event on-demand notice that mentions a survey for certified people.",
        None, "2025-06-24T01:00:12+00:00", addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
        "【AWS Summit Japan】オンデマンド配信を開始しました", leaf(h, "html", cte="base64"),
        transport=ses_in(ME_P, "2025-06-24T01:00:15+00:00", dkim_dom="amazon.com"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>"), ("Precedence", "bulk")],
        style="mktomail.com")

    # ------------------------------------------------------------------ 032
    close_a = """Hello Tomoe,

I'm following up on case %s. We are still waiting for the confirmation from
tomoe.sakuragi.k@gmail.com that my colleague asked for on 22 June; the one we have came from the
company address, which we cannot use.

Without it the case will be closed automatically on 28 June. Replying to this message from your
personal address is all it takes to keep it going.

Thanks,
Hyun-woo L.
AWS Training and Certification Customer Service
""" % CA
    add("closing_notice", True, CA, [], "Case A: will close on 28 June unless the confirmation comes from the personal address.",
        "A_close", "2025-06-25T00:37:25+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(close_a, charset="us-ascii", cte="7bit"), transport=ses_in(ME_P, "2025-06-25T00:37:28+00:00"),
        irt="A_wrong", refs=["A_conf", "A_r2", "A_wrong"])

    # ------------------------------------------------------------------ 033
    new = """Confirmed. Please merge to Account #1 (%s / %s).

Both accounts are mine. Sorry for the delay, I had answered from my work address by mistake.

Tomoe Sakuragi
""" % (ME_P, ID_NEW)
    t = (new + "\nOn Wed, Jun 25, 2025 at 9:37 AM Amazon Web Services <%s> wrote:\n\n" % FORM
         + quote(close_a + "\n-----Original Message-----\n" + conf_text) + "\n")
    add("user_reply", False, CA, [ID_NEW], "Owner's confirmation from the personal address, top-posted over the closing notice and the full confirmation request (which holds both candidate IDs and the question).",
        "A_r3", "2025-06-25T10:02:19+09:00", addr(ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
        alt(t), irt="A_close", refs=["A_conf", "A_r2", "A_wrong", "A_close"], style="gmail")

    # ------------------------------------------------------------------ 034
    t = """Hello Tomoe,

All set: the ESL accommodation (+30 minutes) is now active on candidate record %s and will be
applied automatically to your Security - Specialty appointment on 5 July. If you booked through
Pearson VUE before today, the extra time is added to the existing booking as well.

No further action is required on your part. Good luck with the exam!

Regards,
Marisol R.
AWS Training and Certification Customer Service

> I have your candidate record open, but two details were not in the original form: the
> exam you intend to take next, and your primary language. With those two I can file the
> request in one go.
""" % ID_NEW
    add("resolved", False, CE, [ID_NEW], "Case E done ('All set'); quotes the old information request under the resolution; 'No further action is required'.",
        "E_done", "2025-06-25T06:19:03+00:00", FORM, ME_C, "RE:" + SUBJ_E,
        leaf(t, cte="quoted-printable"), transport=ses_in(ME_C, "2025-06-25T06:19:06+00:00"), irt="E_r1",
        refs=["E_close2", "E_r1"], crlf=True)

    # ------------------------------------------------------------------ 035
    done_a = """Hello Tomoe,

Thank you for confirming from your personal address.

I have successfully merged the two accounts. The exam history, certifications and benefits of the
former account now appear under Account #1 (%s), and the old login has been retired.
Credly and the partner portal can take up to 48 hours to show the change.

If anything looks wrong once you sign in, reply here and we will take another look.

Regards,
Tomasz K.
AWS Training and Certification Customer Service
""" % ID_NEW
    t = done_a + "\n________________________________\nFrom: Amazon Web Services <%s>\nSent: 20 June 2025 07:41\nSubject: RE:%s\n\n" % (FORM, SUBJ_A) + conf_text
    add("resolved", False, CA, [ID_NEW], "Case A merged. The full confirmation request (question, Account #1/#2, both IDs) is quoted below an Outlook-style separator; conditional 'reply here if anything looks wrong'.",
        "A_done", "2025-06-26T03:54:40+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        alt(t), transport=ses_in(ME_P, "2025-06-26T03:54:43+00:00"), irt="A_r3", refs=["A_conf", "A_close", "A_r3"])

    # ------------------------------------------------------------------ 036
    t = """Congratulations, Tomoe!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Developer - Associate

Accept your badge to share it on LinkedIn, add it to your e-mail signature, or verify it for an
employer:
https://www.credly.com/badges/6b1f0c2e-93a4-4f7e-b1d7-0c52a9e8e4d1/accept

Credly, 13601 Preston Road, Suite 500W, Dallas, TX 75240
Manage notification settings: https://www.credly.com/notifications
"""
    add("badge", False, None, [], "Credly badge issued right after the merge; badge UUID, 'Accept your badge' call to action.",
        None, "2025-06-26T04:20:11+00:00", addr("Credly", "admin@credly.com"), ME_P,
        "Amazon Web Services Training and Certification issued you a new badge", alt(t),
        transport=inbound(ME_P, "2025-06-26T04:20:14+00:00", "o1.email.credly.com", "149.72.180.21",
                          "bounces+1877203-ab12-tomoe.sakuragi.k=gmail.com@email.credly.com", "credly.com"),
        style="credly.com")

    # ------------------------------------------------------------------ 037
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h2 style="margin-top:0">Your badge is ready to share</h2>
<p>Hi Tomoe,</p>
<p>Your <b>AWS Certified Cloud Practitioner</b> badge from Amazon Web Services Training and Certification is now in your Credly profile.</p>
<p>Earners who share their badge are viewed up to 6 times more often by recruiters.</p>
<p><a href="https://www.credly.com/badges/0e8d52a7-44c1-4bd6-a0ae-3f19b1d6c7aa/share" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Share my badge</a></p>
<p style="font-size:12px;color:#888">Credly &middot; Dallas, TX &middot; <a href="https://www.credly.com/notifications">Notification settings</a></p>
</div></body></html>
"""
    add("badge", False, None, [], "Second Credly template, HTML only, 'share' call to action.",
        None, "2025-06-26T04:20:58+00:00", addr("Credly", "admin@credly.com"), ME_P,
        "Your AWS Certified Cloud Practitioner badge is ready to share", leaf(h, "html", cte="quoted-printable"),
        transport=inbound(ME_P, "2025-06-26T04:21:01+00:00", "o1.email.credly.com", "149.72.180.21",
                          "bounces+1877203-ab12-tomoe.sakuragi.k=gmail.com@email.credly.com", "credly.com"),
        style="credly.com")

    # ------------------------------------------------------------------ 038
    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>You recently contacted AWS Training and Certification about case <b>%s</b>. We would like to know how we did.</p>
<p>How satisfied were you with the support you received?</p>
<table cellpadding="8"><tr>
<td><a href="https://survey.aws.training/cs?c=%s&amp;r=5">Very satisfied</a></td>
<td><a href="https://survey.aws.training/cs?c=%s&amp;r=4">Satisfied</a></td>
<td><a href="https://survey.aws.training/cs?c=%s&amp;r=3">Neutral</a></td>
<td><a href="https://survey.aws.training/cs?c=%s&amp;r=2">Dissatisfied</a></td>
<td><a href="https://survey.aws.training/cs?c=%s&amp;r=1">Very dissatisfied</a></td>
</tr></table>
<p>The survey takes about two minutes. Replies to this e-mail are not monitored.</p>
<p>Thank you,<br>AWS Training and Certification</p>
</body></html>
""" % ((CA,) * 6)
    add("survey", False, CA, [], "Satisfaction survey for case A; question-shaped ('How satisfied were you') but answered by clicking, replies not monitored.",
        None, "2025-06-26T23:00:44+00:00", addr("AWS Training and Certification", "aws-cs-survey@amazon.com"), ME_P,
        "How did we do? Tell us about your recent case %s" % CA, leaf(h, "html", cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-06-26T23:00:47+00:00"))

    # ------------------------------------------------------------------ 039
    new = """川辺さん

パートナー側の紐付け解除の件、ご対応ありがとうございました。
おかげさまで、認定アカウントの個人アドレスへの統合が無事に完了しました。
念のため AWS からのメールを転送しておきます。

桜木
"""
    t = (new + "\n---------- Forwarded message ---------\nFrom: Amazon Web Services <%s>\nDate: Thu, Jun 26, 2025 at 12:54 PM\nSubject: RE:%s\nTo: <%s>\n\n" % (FORM, SUBJ_A, ME_P)
         + done_a)
    add("user_reply", False, CA, [], "Owner forwards the merge completion to the partner alliance lead (Japanese note, Gmail forward). The forwarded part holds a candidate ID and 'successfully merged'; her own text has none.",
        "A_fwd", "2025-06-27T09:41:26+09:00", addr(ME_NAME, ME_P), addr("川辺 美咲", "m.kawabe@hoshizora-tech.co.jp"),
        "Fwd: RE:" + SUBJ_A, alt(t, cte="base64"), irt="A_done", refs=["A_r3", "A_done"], style="gmail")

    # ------------------------------------------------------------------ 040
    t = """営業本部・技術本部の皆さま

総務の森本です。

6月末でご退職される桜木さんの送別会を、下記のとおり開催します。
急なご案内で恐縮ですが、ご都合のつく方は本日 15:00 までに出欠をご返信ください。

日時: 6月30日（月）19:00〜
場所: 酒場きんもくせい 新橋店
会費: 5,000円（当日徴収）

よろしくお願いします。

総務部 森本
"""
    add("unrelated", False, None, [], "Farewell-party invitation from a colleague (Shift_JIS, quoted-printable) asking for attendance replies; not support.",
        None, "2025-06-27T11:15:09+09:00", addr("森本 沙織", "s.morimoto@hoshizora-tech.co.jp", "shift_jis"),
        "tech-all@hoshizora-tech.co.jp", "送別会のご案内（桜木さん）", leaf(t, charset="shift_jis", cte="quoted-printable"),
        cc=ME_C,
        transport=[("Received", "from mail.hoshizora-tech.co.jp (mail.hoshizora-tech.co.jp [10.20.1.5])\n\tby mx1.hoshizora-tech.co.jp (Postfix) with ESMTP id 4bLa11c8Qyz7\n\tfor <%s>; %s" % (ME_C, when("2025-06-27T11:15:10+09:00")))],
        style="hoshizora-tech.co.jp", subj_charset="shift_jis")

    # ------------------------------------------------------------------ 041
    t = """大浦は 6月27日（金）から 7月1日（火）まで休暇のため不在にしております。
7月2日（水）以降、順次対応いたします。
お急ぎの場合は infra-team@hoshizora-tech.co.jp までご連絡ください。

This is an automatic reply. I am out of the office until 1 July.
"""
    add("unrelated", False, None, [], "Colleague's out-of-office auto reply (ISO-2022-JP, Auto-Submitted header).",
        None, "2025-06-27T13:02:55+09:00", addr("大浦 大地", "d.oura@hoshizora-tech.co.jp", "iso-2022-jp"), addr(ME_JA, ME_C, "iso-2022-jp"),
        "自動応答: Re: 引き継ぎ資料の件", leaf(t, charset="iso-2022-jp", cte="7bit"),
        transport=[("Received", "from mail.hoshizora-tech.co.jp (mail.hoshizora-tech.co.jp [10.20.1.5])\n\tby mx1.hoshizora-tech.co.jp (Postfix) with ESMTP id 4bLc2m0Tn1z2\n\tfor <%s>; %s" % (ME_C, when("2025-06-27T13:02:56+09:00")))],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        irt="oura1", style="hoshizora-tech.co.jp", subj_charset="iso-2022-jp")

    # ------------------------------------------------------------------ 042
    t = """Hello Tomoe,

AWS Certification wants to hear from you.

You are invited to take part in a short study about how certified professionals prepare for
Specialty exams. It takes about 15 minutes, and your answers help shape future exams.

Start the study: https://www.surveymonkey.com/r/AWSCERT-SPEC-2025

Participation is voluntary and does not affect your certification status.

AWS Certification
"""
    add("certification", False, None, [], "CertMetrics 'wants to hear from you' research invitation: a programme mail that looks like a survey but is not about a support case.",
        None, "2025-06-28T01:12:30+00:00", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "AWS Certification wants to hear from you", alt(t),
        transport=inbound(ME_P, "2025-06-28T01:12:33+00:00", "o7.mail.certmetrics.com", "168.245.21.72",
                          "bounces+2209817-7e0a-tomoe.sakuragi.k=gmail.com@mail.certmetrics.com", "certmetrics.com"),
        style="mail.certmetrics.com")

    # ------------------------------------------------------------------ 043
    new = """Hi Tomasz,

Thank you, the Developer certification and the voucher are there now. One thing seems to be
missing, though: my Cloud Practitioner exam from March 2021 is not in the exam history of
%s, although the certification itself was on my old account. Could you check what happened to
that record?

Tomoe
""" % ID_NEW
    t = new + "\nOn Thu, Jun 26, 2025 at 12:54 PM Amazon Web Services <%s> wrote:\n" % FORM + quote(done_a) + "\n"
    add("user_reply", False, CA, [ID_NEW], "Owner replies to the resolved case A with a missing exam; her own question (plain text only, Gmail quote).",
        "A_r4", "2025-06-29T22:48:05+09:00", addr(ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
        leaf(t, cte="quoted-printable", params="; format=flowed"), irt="A_done", refs=["A_r3", "A_done"], style="gmail")

    # ------------------------------------------------------------------ 044
    t = """Hi Tomoe,

I've reopened case %s and I'm looking into the missing Cloud Practitioner record now.
I'll write again once I know where it is.

Tomasz K.
AWS Training and Certification Customer Service
""" % CA
    add("case_update", False, CA, [], "Case A reopened by the agent after the owner's question; still working, nothing asked.",
        "A_reopen", "2025-06-30T05:30:17+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_P, "2025-06-30T05:30:20+00:00"), irt="A_r4",
        refs=["A_done", "A_r4"], crlf=True)

    # ------------------------------------------------------------------ 045
    t = """Hi Tomoe,

Thanks for your patience. Here is what I found so far.

Exam results are stored on the certification account that existed when the appointment was booked,
and merges only carry over what was on the merged accounts. Neither of the two accounts we merged
ever had a Cloud Practitioner appointment; the certificate you saw was shared to the old account
through the partner link rather than earned on it. That usually means the exam was taken under a
third account, often one created with a university or earlier employer address.

Do you remember which e-mail address you used to book the exam in 2021? If you still have the
Pearson VUE confirmation from back then, the registration number on it would let me find the
account directly.

Best regards,
Tomasz K.
AWS Training and Certification Customer Service
"""
    add("info_request", True, CA, [], "Case A (reopened): two paragraphs of explanation, then direct questions about the 2021 address and the Pearson VUE registration number; no 'please'.",
        "A_ask3", "2025-07-01T02:44:51+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        alt(t), transport=ses_in(ME_P, "2025-07-01T02:44:54+00:00"), irt="A_reopen", refs=["A_r4", "A_reopen"])

    # ------------------------------------------------------------------ 046
    new = """Hi Tomasz,

Now I remember: I booked it with my university address, tomoe.s@mail.kansei-u.ac.jp. The
registration number on the old Pearson VUE mail is 318604227, and I believe the candidate ID of that
account was %s. Back in 2021 I also had a case (%s) about the name on that account, in
case that helps.

I have copied my old work address in case you need it.

Tomoe
""" % (ID_UNI, CF)
    t = new + "\nOn Tue, Jul 1, 2025 at 11:44 AM Amazon Web Services <%s> wrote:\n" % FORM + quote(
        "Hi Tomoe,\n\nThanks for your patience. Here is what I found so far.\n[...]\nDo you remember which e-mail address you used to book the exam in 2021?") + "\n"
    add("user_reply", False, CA, [ID_UNI], "Owner's answer: university address, a 9-digit Pearson registration number, a third candidate ID and the number of an old 2021 case (belongs to case A). Cc to the now-closed company address.",
        "A_r5", "2025-07-01T19:20:33+09:00", addr(ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
        alt(t), cc=ME_C, irt="A_ask3", refs=["A_reopen", "A_ask3"], style="gmail")

    # ------------------------------------------------------------------ 047
    t = """** Address not found **

Your message wasn't delivered to t.sakuragi@hoshizora-tech.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <t.sakuragi@hoshizora-tech.co.jp>: Recipient address rejected: User unknown in virtual mailbox table
"""
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: %s

Final-Recipient: rfc822; t.sakuragi@hoshizora-tech.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.hoshizora-tech.co.jp. (203.0.113.25, the server for the domain hoshizora-tech.co.jp.)
Diagnostic-Code: smtp; 550 5.1.1 <t.sakuragi@hoshizora-tech.co.jp>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: %s
""" % (when("2025-07-01T19:20:34+09:00"), when("2025-07-01T19:20:36+09:00"))
    rh = """Date: %s
From: Tomoe Sakuragi <%s>
To: %s
Cc: %s
Subject: Re: RE:%s
Message-ID: %s
""" % (when("2025-07-01T19:20:33+09:00"), ME_P, FORM, ME_C, SUBJ_A, IDS["A_r5"])
    part = multi("report", [leaf(t, cte="7bit", charset="us-ascii"),
                            raw("Content-Type: message/delivery-status\n", ds),
                            leaf(rh, "rfc822-headers", "us-ascii", "7bit")])
    add("unrelated", False, CA, [], "Bounce (multipart/report) of the owner's case-A reply from the closed company mailbox. No action on the case; labelled with case A because the bounced mail is part of that thread.",
        None, "2025-07-01T19:20:36+09:00", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
        "Delivery Status Notification (Failure)", part,
        extra=[("Auto-Submitted", "auto-replied")], irt="A_r5", refs=["A_r5"], style="mx.google.com")

    # ------------------------------------------------------------------ 048
    t = """Hi Tomoe,

That was it. The registration number led me to a third certification account:

Account #3
Login email: tomoe.s@mail.kansei-u.ac.jp
Certification notification email: tomoe.s@mail.kansei-u.ac.jp
Candidate ID: %s
Exam history: AWS Certified Cloud Practitioner (CLF-C01), 18 March 2021

As this is a separate account, I need your explicit agreement before I fold it into Account #1
(%s). Do you confirm that Account #3 is yours and should be merged into Account #1?

Tomasz K.
AWS Training and Certification Customer Service
""" % (ID_UNI, ID_NEW)
    add("confirmation_request", True, CA, [ID_UNI, ID_NEW], "Case A: a third account found; support asks for explicit confirmation to merge it ('Do you confirm ...?'). Plain text, CRLF.",
        "A_conf3", "2025-07-02T01:05:09+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        leaf(t, charset="us-ascii", cte="7bit"), transport=ses_in(ME_P, "2025-07-02T01:05:12+00:00"), irt="A_r5",
        refs=["A_ask3", "A_r5"], crlf=True)

    # ------------------------------------------------------------------ 049
    t = """Yes, Account #3 is mine too. Go ahead and merge it into Account #1.

Thanks a lot!
Tomoe

On Wed, Jul 2, 2025 at 10:05 AM Amazon Web Services <%s> wrote:
> Hi Tomoe,
>
> That was it. The registration number led me to a third certification account:
>
> Account #3
> Login email: tomoe.s@mail.kansei-u.ac.jp
> Certification notification email: tomoe.s@mail.kansei-u.ac.jp
> Candidate ID: %s
> Exam history: AWS Certified Cloud Practitioner (CLF-C01), 18 March 2021
>
> As this is a separate account, I need your explicit agreement before I fold it into Account #1
> (%s). Do you confirm that Account #3 is yours and should be merged into Account #1?
""" % (FORM, ID_UNI, ID_NEW)
    add("user_reply", False, CA, [], "Owner's short confirmation for the third account; the quoted request holds both IDs and the question.",
        "A_r6", "2025-07-02T12:31:40+09:00", addr(ME_NAME, ME_P), FORM, "Re: RE:" + SUBJ_A,
        leaf(t, cte="quoted-printable"), irt="A_conf3", refs=["A_r5", "A_conf3"], style="gmail")

    # ------------------------------------------------------------------ 050
    t = """Hi Tomoe,

Done. Account #3 has been merged into Account #1, and your exam history now lists the Cloud
Practitioner exam from 18 March 2021 next to the others. I've set the case back to resolved.

Best regards,
Tomasz K.
AWS Training and Certification Customer Service
"""
    add("resolved", False, CA, [], "Case A resolved a second time (third account merged). Very short ('Done.').",
        "A_done2", "2025-07-03T00:16:22+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_A,
        alt(t), transport=ses_in(ME_P, "2025-07-03T00:16:25+00:00"), irt="A_r6", refs=["A_conf3", "A_r6"])

    # ------------------------------------------------------------------ 051
    new = """自分用メモ。

2021年にも大学アドレスのアカウントで氏名のことを問い合わせていた（ケース %s）。
そのときの回答を転送しておく。今回マージしたアカウントの証明書も名前のつづりがおかしいので、
同じ流れで直してもらうつもり。
""" % CF
    t = (new + "\n---------- Forwarded message ---------\nFrom: <aws-cs-trainingcertification-form@amazon.com>\nDate: Wed, Apr 14, 2021 at 3:12 AM\n"
         "Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification\nTo: <tomoe.s@mail.kansei-u.ac.jp>\n\n" % CF
         + """Hello,

We have updated the name on candidate record %s to "Tomoe Sakuragi" as requested. The change
is reflected on new certificates; previously downloaded PDFs keep the old spelling.

Best regards,
AWS Training and Certification
""" % ID_UNI)
    add("user_reply", False, CF, [], "Owner's note to herself (Japanese) forwarding a 2021 resolution of a 10-digit case; the candidate ID is only in the forwarded part.",
        "F_note", "2025-07-04T08:05:17+09:00", addr(ME_NAME, ME_P), addr(ME_NAME, ME_P),
        "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CF,
        leaf(t, cte="base64"), style="gmail")

    # ------------------------------------------------------------------ 052
    h = """<html><body style="font-family:Arial,sans-serif">
<p>Dear Tomoe Sakuragi,</p>
<p>Thank you for testing with Pearson VUE on 5 July 2025. Please tell us about your experience at the test center. The survey takes about three minutes.</p>
<p><a href="https://pearsonvue.qualtrics.com/jfe/form/SV_4Zk1?reg=482619037">Take the survey</a></p>
<p>Your exam results will be delivered by the exam sponsor. Pearson VUE cannot answer questions about scores.</p>
<p>Pearson VUE</p>
</body></html>
"""
    add("unrelated", False, None, [], "Exam vendor testing-experience survey: a survey, but not about an AWS support case.",
        None, "2025-07-05T07:44:08+00:00", addr("Pearson VUE", "pearsonvue@email.pearsonvue.com"), ME_P,
        "How was your testing experience?", leaf(h, "html", cte="quoted-printable"),
        transport=inbound(ME_P, "2025-07-05T07:44:11+00:00", "mta-12.email.pearsonvue.com", "13.111.62.12",
                          "bounce-24_HTML-9081733-44172-51@bounce.email.pearsonvue.com", "email.pearsonvue.com"),
        style="email.pearsonvue.com")

    # ------------------------------------------------------------------ 053
    t = """Congratulations, Tomoe!

You have passed the AWS Certified Security - Specialty exam and are now AWS Certified.

Candidate ID: %s
Certification: AWS Certified Security - Specialty
Achieved: 2025-07-05
Valid through: 2028-07-05

Your digital certificate and a 50%% discount voucher for your next exam are in your AWS
Certification Account under Certifications and Benefits. Your Credly badge will follow shortly.

AWS Certification
""" % ID_NEW
    add("certification", False, None, [ID_NEW], "Exam passed notice from CertMetrics with candidate ID and voucher mention.",
        None, "2025-07-06T16:02:47+00:00", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Congratulations, you are AWS Certified!", alt(t),
        transport=inbound(ME_P, "2025-07-06T16:02:50+00:00", "o7.mail.certmetrics.com", "168.245.21.72",
                          "bounces+2209817-91cc-tomoe.sakuragi.k=gmail.com@mail.certmetrics.com", "certmetrics.com"),
        style="mail.certmetrics.com", crlf=True)

    # ------------------------------------------------------------------ 054
    t = """Tomoe, you've earned a new badge!

Amazon Web Services Training and Certification has issued you:
AWS Certified Security - Specialty

Claim it here: https://www.credly.com/badges/a9c3e71d-0b58-4e2f-9d15-73e6b8f2c041/accept

Credly
"""
    add("badge", False, None, [], "Credly badge for the new exam.",
        None, "2025-07-07T03:31:26+00:00", addr("Credly", "admin@credly.com"), ME_P,
        "You've earned a badge from Amazon Web Services Training and Certification", alt(t, cte="base64"),
        transport=inbound(ME_P, "2025-07-07T03:31:29+00:00", "o1.email.credly.com", "149.72.180.21",
                          "bounces+1877203-ab12-tomoe.sakuragi.k=gmail.com@email.credly.com", "credly.com"),
        style="credly.com")

    # ------------------------------------------------------------------ 055
    t = """Dear Amazon Web Services customer,

We have opened case %s for your inquiry. The details are below.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (form case %s), the 50%% exam
voucher from my former account %s no longer shows under Benefits on %s. The
voucher was valid until 31 December 2025. Could it be restored?

Thank you,
Amazon Web Services

%s
""" % (CC, CC, SUBJ_C, CA, ID_OLD, ID_NEW, console_footer(CC))
    add("acknowledgement", False, CC, [ID_OLD, ID_NEW], "Console case C opened. Echo of the owner's text (with a question and two candidate IDs and case A's number) follows the 'details' header; the footer says replies by e-mail are not possible. Candidate IDs sit in the echo, which is not marked as quoted: listed as own text.",
        "C_ack", "2025-07-08T06:21:54+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "Amazon Web Services: New Support case: %s" % CC, leaf(t, cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-07-08T06:21:57+00:00"), crlf=True)

    # ------------------------------------------------------------------ 056
    t = """Hello,

Thank you for contacting AWS Training and Certification.

Vouchers that come with a certification are tied to the exam that earned them. During a merge,
unused vouchers normally move to the remaining account, but a voucher that was already applied to
a booking stays with that booking, even if the booking was made after the merge.

To trace yours, I'll need:
- the voucher code as it appeared on the former account, if you noted it down, and
- whether you applied any voucher when you booked the Security - Specialty exam for 5 July.

Replies sent by e-mail do not reach us, so add the answer to the case in the Support Center using
the link below.

Best regards,
Natalia M.
Amazon Web Services

%s
""" % console_footer(CC)
    add("info_request", True, CC, [], "Console case C: request as a bullet list after an explanation; must be answered in the Support Center, not by e-mail.",
        "C_ask", "2025-07-09T08:10:32+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CC, SUBJ_C), leaf(t, cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-07-09T08:10:35+00:00"), crlf=True)

    # ------------------------------------------------------------------ 057
    t = """このメールは送信専用アドレスから自動送信されています。

AWS トレーニングと認定へのお問い合わせを受け付けました。

ケース番号: %s

担当者より、通常 24 時間以内にご連絡いたします。確認に時間を要する内容の場合は、
これより長くお時間をいただくことがございます。
同じ内容のお問い合わせを重ねて送信されますと、かえって回答が遅れる場合がございますので、
追加のご連絡はこのケースへのご返信でお願いいたします。

お問い合わせ内容:
認定証と Credly バッジの氏名が「Tomoe Sakuraki」と表示されています。
正しくは「Tomoe Sakuragi」です。修正をお願いします。
候補 ID: %s

AWS トレーニングと認定 カスタマーサポート
""" % (CD, ID_NEW)
    add("acknowledgement", False, CD, [ID_NEW], "Case D (name correction) acknowledged in Japanese, multipart/alternative UTF-8 base64; echo of the request includes the candidate ID and 'お願いします' from the owner.",
        "D_ack", "2025-07-10T07:05:24+00:00", addr("Amazon Web Services", FORM), ME_P, SUBJ_D,
        alt(t, cte="base64"), transport=ses_in(ME_P, "2025-07-10T07:05:27+00:00"))

    # ------------------------------------------------------------------ 058
    req_d = """桜木 巴 様

AWS トレーニングと認定カスタマーサポートの佐伯でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証に記載される氏名を変更する際は、公的な本人確認書類に記載の氏名と一致していることを
確認させていただいております。

お手数をおかけいたしますが、パスポートまたは運転免許証に記載されているローマ字表記の氏名を、
姓と名に分けて本メールにご返信いただけますでしょうか。書類の画像を添付していただく必要は
ございません。

また、修正の対象となる候補 ID が %s で相違ないか、あわせてご確認のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサポート
""" % ID_NEW
    add("info_request", True, CD, [ID_NEW], "Case D: Japanese keigo request (〜いただけますでしょうか, 〜のほどよろしくお願いいたします) for the passport spelling and a check of the candidate ID; ISO-2022-JP.",
        "D_ask", "2025-07-11T01:14:06+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_D,
        leaf(req_d, charset="iso-2022-jp", cte="7bit"), transport=ses_in(ME_P, "2025-07-11T01:14:09+00:00"),
        irt="D_ack", crlf=True)

    # ------------------------------------------------------------------ 059
    new = """佐伯様

ご連絡ありがとうございます。
パスポートの記載は SAKURAGI TOMOE です（姓: SAKURAGI、名: TOMOE）。
候補 ID は %s で間違いありません。

どうぞよろしくお願いいたします。

桜木 巴
""" % ID_NEW
    t = new + "\n2025年7月11日(金) 10:14 Amazon Web Services <%s>:\n\n" % FORM + quote(req_d) + "\n"
    add("user_reply", False, CD, [ID_NEW], "Owner's Japanese reply with the passport spelling (Gmail Japanese quote header, UTF-8 base64).",
        "D_r1", "2025-07-11T12:40:51+09:00", addr(ME_JA, ME_P), FORM, "Re: RE:" + SUBJ_D,
        alt(t, cte="base64"), irt="D_ask", refs=["D_ack", "D_ask"], style="gmail")

    # ------------------------------------------------------------------ 060
    t = """Hello,

We haven't heard from you on this case since 9 July. If we don't receive a reply in the Support
Center, the case will be resolved automatically in 3 days. A resolved case can be reopened from
the Support Center within 14 days; after that a new case is needed.

Best regards,
Amazon Web Services

%s
""" % console_footer(CC)
    add("closing_notice", True, CC, [], "Console case C will be auto-resolved in 3 days without a reply in the Support Center.",
        "C_close", "2025-07-12T08:11:02+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CC, SUBJ_C), leaf(t, charset="us-ascii", cte="7bit"),
        transport=ses_in(ME_P, "2025-07-12T08:11:05+00:00"))

    # ------------------------------------------------------------------ 061
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://credly-badgecenter.com/img/logo.png" alt="Credly" width="120">
<h2>Your AWS badges will be revoked in 48 hours</h2>
<p>Hello,</p>
<p>Because your AWS Certification account was recently merged, your badges from Amazon Web Services Training and Certification must be re-validated.
Unvalidated badges are revoked automatically.</p>
<p><a href="https://credly-badgecenter.com/revalidate?id=8f2c1a77d0" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Re-validate my badges</a></p>
<p>You will need your AWS Builder ID sign-in details.</p>
<p>The Credly Team</p></div></body></html>
"""
    add("suspicious", False, None, [], "Fake Credly from a lookalike domain (dkim=none, spf softfail, dmarc none) referring to the recent merge and asking for Builder ID sign-in details.",
        None, "2025-07-12T11:38:44+00:00", addr("Credly", "notifications@credly-badgecenter.com"), ME_P,
        "Action needed: re-validate your AWS badges", leaf(h, "html", cte="quoted-printable"),
        transport=inbound(ME_P, "2025-07-12T11:38:47+00:00", "mail.credly-badgecenter.com", "91.215.85.140",
                          "notifications@credly-badgecenter.com", "credly-badgecenter.com", dkim="none", spf="softfail",
                          dmarc="none", dmarc_pol="p=NONE sp=NONE dis=NONE", from_dom="credly-badgecenter.com"),
        style="credly-badgecenter.com")

    # ------------------------------------------------------------------ 062
    t = """Hello,

Thank you for adding the voucher code and the booking details to the case.

I've passed them to our Certification Benefits team, which is the team that can reissue exam
vouchers. They have acknowledged the request and usually complete it within 3 to 5 business days.
I'll update this case as soon as I hear from them.

Best regards,
Natalia M.
Amazon Web Services

%s
""" % console_footer(CC)
    add("case_update", False, CC, [], "Console case C: the owner answered in the Support Center (no mail of hers); support hands it to the Benefits team. Footer still says replies by mail are impossible.",
        "C_upd", "2025-07-13T03:02:19+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CC, SUBJ_C), leaf(t, cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-07-13T03:02:22+00:00"), crlf=True)

    # ------------------------------------------------------------------ 063
    t = """Hello Tomoe,

Thank you for the details; the spelling matches what you entered on the form.

The name printed on your certificates is taken from your exam delivery profile, which Pearson VUE
maintains. I have asked them to correct it to "Tomoe Sakuragi". Until they confirm the change on
their side, I have to keep this case on hold; their updates normally take 3 to 5 business days.

No further action is required from you at this time. I'll let you know as soon as the new spelling
shows on your certificates.

Kind regards,
Ryo Saeki
AWS Training and Certification Customer Service
"""
    add("on_hold", False, CD, [], "Case D on hold waiting for the exam vendor; says explicitly that nothing is needed from the owner (written in English although the case started in Japanese).",
        "D_hold", "2025-07-14T02:25:38+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_D,
        alt(t), transport=ses_in(ME_P, "2025-07-14T02:25:41+00:00"), irt="D_r1", refs=["D_ask", "D_r1"])

    # ------------------------------------------------------------------ 064
    t = """Hello,

We have approved and processed your request to increase the service quota "Running On-Demand
Standard (A, C, D, H, I, M, R, T, Z) instances" in Asia Pacific (Tokyo) to 64 vCPUs for account
804215576631. It can take up to 30 minutes for the new value to be available.

Since the request is complete, we will resolve this case. If you need anything else, you are
welcome to reopen it from the Support Center.

Best regards,
Amazon Web Services

%s
""" % console_footer(CQ)
    add("unrelated", False, CQ, [], "Console case of the owner's own AWS account about a service quota: same sender and footer as case C, 'resolve this case', 12-digit account ID; not Training and Certification, so unrelated. Case number kept.",
        None, "2025-07-15T05:48:10+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] Limit Increase: EC2 Instances" % CQ, leaf(t, charset="us-ascii", cte="7bit"),
        transport=ses_in(ME_P, "2025-07-15T05:48:13+00:00"))

    # ------------------------------------------------------------------ 065
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;line-height:1.6">
<h1 style="font-size:20px">クラウド実践ニュース 第 88 号</h1>
<h2 style="font-size:16px">1. 転職前にやっておきたい AWS 認定アカウントの統合</h2>
<p>会社アドレスで作った認定アカウントは、退職後にサインインできなくなることがあります。フォームから統合を依頼し、サポートから確認のメールが届いたら、残すアカウントを明記して返信しましょう。返信しないままだと、数日でケースがクローズされてしまいます。</p>
<h2 style="font-size:16px">2. Security Specialty 合格体験記</h2>
<p>読者の方から寄せられた学習方法を紹介します。</p>
<p style="font-size:12px;color:#888">配信停止をご希望の方は<a href="https://cloud-jissen.jp/unsubscribe">こちら</a>から手続きをお願いいたします。ご意見・ご感想がございましたら、本メールにご返信ください。</p>
</body></html>
"""
    add("unrelated", False, None, [], "Japanese newsletter (HTML only) explaining the merge process and that unanswered cases get closed; ends with a conditional invitation to reply.",
        None, "2025-07-16T00:30:00+00:00", addr("クラウド実践ニュース", "news@cloud-jissen.jp"), ME_P,
        "クラウド実践ニュース 第88号: 転職前の AWS 認定アカウント統合", leaf(h, "html", cte="quoted-printable"),
        transport=inbound(ME_P, "2025-07-16T00:30:03+00:00", "mail.cloud-jissen.jp", "203.0.113.80",
                          "news@cloud-jissen.jp", "cloud-jissen.jp"),
        extra=[("List-Unsubscribe", "<https://cloud-jissen.jp/unsubscribe>"), ("Precedence", "bulk")],
        style="cloud-jissen.jp")

    # ------------------------------------------------------------------ 066
    t = """Hello,

Good news: the Certification Benefits team has issued a new 50%% exam discount voucher to
candidate %s. You'll find it under Benefits in your AWS Certification Account; it is valid
until 31 December 2025.

With that, everything you asked for is in place, so I'm marking this case as resolved.

We value your feedback. Please rate this correspondence, and any others on the case, by choosing
the stars in its top-right corner in the Support Center.

Best regards,
Natalia M.
Amazon Web Services

%s
""" % (ID_NEW, console_footer(CC))
    add("resolved", False, CC, [ID_NEW], "Console case C resolved (voucher reissued); feedback footer asks to rate in the Support Center.",
        "C_done", "2025-07-17T06:55:31+00:00", addr("Amazon Web Services", CONSOLE), ME_P,
        "RE:[CASE %s] %s" % (CC, SUBJ_C), leaf(t, cte="quoted-printable"),
        transport=ses_in(ME_P, "2025-07-17T06:55:34+00:00"), crlf=True)

    # ------------------------------------------------------------------ 067
    t = """桜木 巴 様

お待たせいたしました。佐伯でございます。

Pearson VUE 側での更新が完了し、認定アカウントおよびデジタル証明書の氏名を「Tomoe Sakuragi」に
修正いたしました。Credly バッジへの反映には、最大で 48 時間ほどかかる場合がございます。

本件はこれにて完了とさせていただきます。
その他ご不明な点がございましたら、本メールにご返信くださいませ。

佐伯
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
""" + req_d
    add("resolved", False, CD, [], "Case D resolved in Japanese (ISO-2022-JP) with the earlier keigo request (and its candidate ID) quoted under '-----Original Message-----' without '>' marks; conditional 〜がございましたら.",
        "D_done", "2025-07-18T04:40:12+00:00", addr("Amazon Web Services", FORM), ME_P, "RE:" + SUBJ_D,
        leaf(t, charset="iso-2022-jp", cte="7bit"), transport=ses_in(ME_P, "2025-07-18T04:40:15+00:00"),
        irt="D_hold", refs=["D_ask", "D_r1", "D_hold"])

    # ------------------------------------------------------------------ 068
    t = """Hi Tomoe,

The details of one or more of your badges from Amazon Web Services Training and Certification have
been updated by the issuer. Your badges now show the name: Tomoe Sakuragi.

View your badges: https://www.credly.com/users/tomoe-sakuragi/badges

Credly
"""
    add("badge", False, None, [], "Credly: badge details updated (name fixed after case D); 'updated by the issuer'.",
        None, "2025-07-19T02:11:09+00:00", addr("Credly", "admin@credly.com"), ME_P,
        "Your badge information has been updated", alt(t),
        transport=inbound(ME_P, "2025-07-19T02:11:12+00:00", "o1.email.credly.com", "149.72.180.21",
                          "bounces+1877203-ab12-tomoe.sakuragi.k=gmail.com@email.credly.com", "credly.com"),
        style="credly.com")

    # ------------------------------------------------------------------ 069
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;font-size:14px">
<p>いつも AWS をご利用いただき、ありがとうございます。</p>
<p>先日お問い合わせいただいたケース %s について、担当者の対応はいかがでしたでしょうか。
サービス向上のため、アンケートへのご協力をお願いいたします（所要時間: 約 2 分）。</p>
<p><a href="https://survey.aws.training/cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="color:#777;font-size:12px">このメールは送信専用です。ご返信いただいてもお答えできませんので、あらかじめご了承ください。</p>
</body></html>
""" % (CD, CD)
    add("survey", False, CD, [], "Japanese satisfaction survey for case D (HTML only, base64) with a question and a polite 'お願いいたします'; send-only address.",
        None, "2025-07-20T01:00:27+00:00", addr("AWS トレーニングと認定", "aws-cs-survey@amazon.com"), ME_P,
        "カスタマーサポートに関するアンケートのお願い（ケース %s）" % CD, leaf(h, "html", cte="base64"),
        transport=ses_in(ME_P, "2025-07-20T01:00:30+00:00"))

    # ------------------------------------------------------------------ 070
    t = """Hello Tomoe,

This is a reminder that your AWS Certified Developer - Associate certification expires in 60 days,
on 8 September 2025.

Candidate ID: %s

To recertify, pass the current version of the exam before that date. You can use the 50%% discount
voucher in your AWS Certification Account.

AWS Certification
""" % ID_NEW
    add("certification", False, None, [ID_NEW], "Expiry reminder, now addressed to the personal account after the merge (candidate ID of the kept account).",
        None, "2025-07-21T02:30:55+00:00", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
        "Your AWS Certification expires in 60 days", alt(t, cte="base64"),
        transport=inbound(ME_P, "2025-07-21T02:30:58+00:00", "o7.mail.certmetrics.com", "168.245.21.72",
                          "bounces+2209817-a40d-tomoe.sakuragi.k=gmail.com@mail.certmetrics.com", "certmetrics.com"),
        style="mail.certmetrics.com", crlf=True)


def main():
    build()
    write_all()


if __name__ == "__main__":
    main()
