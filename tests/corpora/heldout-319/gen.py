#!/usr/bin/env python3
"""Generate the blind e-mail corpus (blind-319).

Standard library only. Writes NNN-msg.eml and NNN-msg.json next to this script and prints
the count per kind. Everything is deterministic: running it twice gives the same bytes.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PDT = timezone(timedelta(hours=-7))
CDT = timezone(timedelta(hours=-5))

# ---------------------------------------------------------------- people and numbers
ME_NAME = "Daichi Kuroiwa"
ME_JA = "黒岩 大地"
ME_P = "daichi.kuroiwa.k@gmail.com"          # personal
ME_C = "d-kuroiwa@minatobay-tech.co.jp"       # company (closes 2025-04-30)
NEW_WORK = "d.kuroiwa@shirakaba-cloud.jp"     # new employer, only ever a recipient

TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
CERTM = "do-not-reply@certmetrics.com"
CREDLY = "admin@credly.com"

CID_CO = "AWS03817264"    # company certification account
CID_ME = "AWS05529180"    # personal certification account
CID_OLD = "AWS01190457"   # merged away in 2021 (only ever in quoted history)

CASE_A = "174459315700318"   # account merge, T&C form, filed from the company address
CASE_B = "174459565000952"   # duplicate form of the same merge, filed in the Japanese UI
CASE_C = "14261379058"       # Support Center (console) case: exam result missing
CASE_D = "174882426500127"   # Japanese case: name spelling on the certification record
CASE_E = "8274019365"        # 2021 merge case, only seen in a forwarded note
CASE_F = "174762412400764"   # exam voucher case, closed for no answer

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- MIME helpers
def leaf(body, subtype="plain", charset="utf-8", cte="quoted-printable", name=None,
         disposition=None, raw_bytes=None, ctype=None, extra=None):
    return {"type": "leaf", "body": body, "subtype": subtype, "charset": charset, "cte": cte,
            "name": name, "disposition": disposition, "raw": raw_bytes, "ctype": ctype,
            "extra": extra or []}


def multi(subtype, parts, boundary, params="", preamble=None):
    return {"type": "multi", "subtype": subtype, "parts": parts, "boundary": boundary,
            "params": params, "preamble": preamble}


def embedded(ctype, text):
    """message/rfc822, message/delivery-status, text/rfc822-headers: already rendered 7bit text"""
    return {"type": "embedded", "ctype": ctype, "text": text}


def encode_payload(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    raise ValueError(cte)


def render(part):
    """return (list of header lines, body text)"""
    if part["type"] == "leaf":
        if part["raw"] is not None:
            data = part["raw"]
            ctype = part["ctype"]
        else:
            if not part["body"].endswith("\n"):
                part["body"] += "\n"
            data = part["body"].encode(part["charset"])
            ctype = 'text/%s; charset="%s"' % (part["subtype"], part["charset"])
            if part["charset"] in ("iso-2022-jp",):
                ctype = "text/%s; charset=ISO-2022-JP" % part["subtype"]
            if part["charset"] == "shift_jis":
                ctype = "text/%s; charset=Shift_JIS" % part["subtype"]
        if part["name"]:
            ctype += '; name="%s"' % part["name"]
        hdrs = ["Content-Type: " + ctype]
        cte = part["cte"]
        if cte == "8bit":
            assert part["charset"] == "utf-8"
            payload = part["body"]
        else:
            payload = encode_payload(data, cte)
        hdrs.append("Content-Transfer-Encoding: " + cte)
        if part["disposition"]:
            hdrs.append("Content-Disposition: " + part["disposition"])
        hdrs.extend(part["extra"])
        if not payload.endswith("\n"):
            payload += "\n"
        return hdrs, payload
    if part["type"] == "embedded":
        t = part["text"]
        if not t.endswith("\n"):
            t += "\n"
        return ["Content-Type: " + part["ctype"]], t
    # multipart
    b = part["boundary"]
    hdrs = ['Content-Type: multipart/%s; %sboundary="%s"' % (
        part["subtype"], part["params"] + "; " if part["params"] else "", b)]
    out = []
    if part["preamble"]:
        out.append(part["preamble"] + "\n")
    for p in part["parts"]:
        h, body = render(p)
        out.append("--%s\n%s\n\n%s" % (b, "\n".join(h), body))
    out.append("--%s--\n" % b)
    return hdrs, "".join(out)


def eh(s, charset="utf-8"):
    """encode a header value if it is not ASCII"""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    return formataddr((name, mail), charset=charset)


def fold_refs(ids):
    return "\n ".join(ids)


def h8(seed, n=40):
    return hashlib.sha1(("blind319-" + str(seed)).encode()).hexdigest()[:n]


def mid_ses(seed, region="email.amazonses.com"):
    h = h8(seed)
    return "<01000196%s-%s-%s-%s-%s-000000@%s>" % (h[:8], h[8:16], h[16:20], h[20:24], h[24:36], region)


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha256(("g" + str(seed)).encode()).digest()).decode()
    h = h.replace("/", "_").replace("+", "-")[:40]
    return "<CAJ%s@mail.gmail.com>" % h


def mid_outlook(seed):
    h = h8(seed, 24).upper()
    return "<TYWPR01MB%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:14], h[14:18])


def mid_other(seed, domain):
    return "<%s.%s@%s>" % (h8(seed, 16), h8("x" + str(seed), 8), domain)


def dt(y, mo, d, hh, mm, ss=0, tz=JST):
    return datetime(y, mo, d, hh, mm, ss, tzinfo=tz)


def fdate(d):
    return format_datetime(d)


def recv_gmail(host, ip, rcpt, when):
    w = when.astimezone(PDT)
    return ("Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            "        %s (PDT)" % (host, host, ip, h8(host + str(when), 20), rcpt, fdate(w)))


def auth_gmail(from_dom, mailfrom, ip, dkim=("pass",), dkim_dom=None, spf="pass", dmarc="pass",
               policy="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    dkim_dom = dkim_dom or from_dom
    lines = ["Authentication-Results: mx.google.com;"]
    for i, res in enumerate(dkim):
        d = dkim_dom if i == 0 else "amazonses.com"
        lines.append("       dkim=%s header.i=@%s header.s=%s header.b=%s;" % (
            res, d, h8(d, 6), h8("b" + d + res, 8)))
    if spf == "pass":
        lines.append("       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;" % (mailfrom, ip, mailfrom))
    else:
        lines.append("       spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;" % (spf, mailfrom, ip, mailfrom))
    lines.append("       dmarc=%s (%s) header.from=%s" % (dmarc, policy, from_dom))
    return "\n".join(lines)


def auth_m365(from_dom, mailfrom_dom, ip, ok=True):
    if ok:
        return ("Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, mailfrom_dom, from_dom, from_dom))
    return ("Authentication-Results: spf=none (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=none action=none header.from=%s;" % (ip, mailfrom_dom, from_dom))


def ses_headers(rcpt, when, seed, company=False):
    """Received + Authentication-Results for mail sent by Amazon SES for amazon.com"""
    ip = "54.240.%d.%d" % (8 + seed % 3, 20 + seed % 60)
    host = "a%d-%d.smtp-out.amazonses.com" % (8 + seed % 3, 20 + seed % 60)
    mailfrom = "01000196%s@amazonses.com" % h8(seed, 12)
    if company:
        return [
            "Received: from %s (%s) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com (2603:1096:400:3c1::9) with\n Microsoft SMTP Server id 15.20.8632.25; %s" % (host, ip, fdate(when.astimezone(UTC))),
            auth_m365("amazon.com", "amazonses.com", ip),
            "Return-Path: %s" % mailfrom,
        ]
    return [
        "Return-Path: <%s>" % mailfrom,
        recv_gmail(host, ip, rcpt, when),
        auth_gmail("amazon.com", mailfrom, ip, dkim=("pass", "pass")),
    ]


def html_page(body_html, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (lang, body_html))


def text_to_html(text):
    """paragraphs -> <p>, lines starting with '>' -> blockquote"""
    out = []
    quote = []
    para = []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(q[1:].lstrip() if q.startswith(">") else q for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + text_to_html(inner) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
            continue
        flush_quote()
        if not line.strip():
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l.strip() else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- message store
MSGS = []
MID = {}


def add(key, kind, needs, case, cands, note, headers, body, crlf=False):
    MSGS.append({"key": key, "kind": kind, "needs": needs, "case": case, "cands": cands,
                 "note": note, "headers": headers, "body": body, "crlf": crlf})


def build(m):
    bh, bb = render(m["body"])
    lines = [h for h in m["headers"] if h]
    lines.append("MIME-Version: 1.0")
    lines.extend(bh)
    text = "\n".join(lines) + "\n\n" + bb
    if m["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def std(frm, to, subj, when, mid, cc=None, irt=None, refs=None, extra_top=None, extra=None,
        subj_charset="utf-8"):
    hs = list(extra_top or [])
    hs.append("Date: " + fdate(when))
    hs.append("From: " + frm)
    hs.append("To: " + to)
    if cc:
        hs.append("Cc: " + cc)
    hs.append("Message-ID: " + mid)
    if irt:
        hs.append("In-Reply-To: " + irt)
    if refs:
        hs.append("References: " + fold_refs(refs))
    hs.append("Subject: " + eh(subj, subj_charset))
    hs.extend(extra or [])
    return hs


def alt_of(text, boundary, cte="quoted-printable", charset="utf-8", html_text=None, lang="en",
           html_cte=None):
    return multi("alternative", [
        leaf(text, "plain", charset, cte),
        leaf(html_page(html_text if html_text is not None else text_to_html(text), lang), "html", "utf-8",
             html_cte or ("quoted-printable" if charset != "utf-8" else cte)),
    ], boundary)


def b_ses(seed):
    return "----=_Part_%d_%d.%d" % (100000 + seed * 7919 % 899999, 1000000 + seed * 104729 % 8999999,
                                    1744000000000 + seed * 86400013)


def b_gmail(seed):
    return "0000000000" + h8("gb" + str(seed), 16)


def b_outlook(seed):
    return "_000_TYWPR01MB%s_" % h8("ob" + str(seed), 16).upper()


# ======================================================================== messages
# ---- 001  AWS billing statement (company address)
w = dt(2025, 4, 7, 16, 2, 11, UTC)
t = f"""Hello,

Your Amazon Web Services statement for the billing period March 1 - March 31, 2025 is ready.

Account: 486213907755 (minatobay-shared-services)
Amount due: USD 1,284.37

The charge will be made to the payment method on file within the next few days. To see
charges by service, open the Bills page of the AWS Billing and Cost Management console.

Questions about this statement can be raised with AWS Support from the console under
"Account and billing".

Amazon Web Services

This notice was sent by Amazon Web Services, Inc. Messages sent to this address are not read.
"""
add("bill", "unrelated", False, None, [], "AWS billing statement from no-reply-aws@amazon.com (same sender as console cases); 12-digit account ID; tells the reader to raise a case.",
    ses_headers(ME_C, w, 1, company=True) + std(addr("Amazon Web Services", NOREPLY), ME_C,
        "Amazon Web Services Billing Statement Available [Account: 486213907755]", w, mid_ses(1)),
    alt_of(t, b_ses(1)), crlf=True)

# ---- 002  CertMetrics program survey (not a support case)
w = dt(2025, 4, 8, 9, 30, 0, CDT)
t = f"""Hi Daichi,

You hold one or more active AWS Certifications, so your experience with our exams and
program matters. We are running a short survey (about 8 minutes) on how you prepare,
how you schedule, and which benefits you actually use.

Take the survey: https://survey.certmetrics.com/aws/2025-q2?c={CID_CO}

Your answers are anonymous and are not linked to your exam results.

Thank you,
AWS Certification

Candidate ID: {CID_CO}
You are receiving this because you opted in to AWS Certification research.
Manage preferences: https://www.certmetrics.com/amazon/candidate/preferences
"""
add("cm-survey", "certification", False, None, [CID_CO],
    "AWS Certification program survey from CertMetrics. Looks like a survey and asks for feedback, but it is not about a support case, so it is 'certification', not 'survey'.",
    ["Return-Path: <bounce-" + h8(2, 10) + "@certmetrics.com>",
     "Received: from mta-112.certmetrics.com (mta-112.certmetrics.com [198.21.6.112]) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with Microsoft SMTP Server; " + fdate(w.astimezone(UTC)),
     auth_m365("certmetrics.com", "certmetrics.com", "198.21.6.112")]
    + std(addr("AWS Certification", CERTM), ME_C, "AWS Certification wants to hear from you", w,
          mid_other(2, "certmetrics.com")),
    alt_of(t, "b1_" + h8("cm2", 24)), crlf=True)

# ---- 003  colleague: farewell party (ISO-2022-JP)
w = dt(2025, 4, 9, 11, 48, 20)
t = """黒岩さん

お疲れさまです。佐々木です。
黒岩さんの送別会を下記のとおり開催します。

日時: 4月25日(金) 19:00〜
場所: 浜松町「炉端 みなと」 (会社から徒歩5分)
会費: 4,000円 (黒岩さんは無料です)

お手数ですが、4月18日(金)までに出欠をこのメールに返信してください。
アレルギー等あればあわせて教えてください。

佐々木 美穂
ミナトベイ・テクノロジーズ株式会社 クラウド推進部
"""
add("farewell", "unrelated", False, None, [],
    "Colleague's farewell-party invitation in ISO-2022-JP asking for a reply by a date: a real request, but not from support.",
    ["Received: from TYWPR01MB10044.jpnprd01.prod.outlook.com (2603:1096:400:1b2::6) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with HTTPS; " + fdate(w.astimezone(UTC)),
     auth_m365("minatobay-tech.co.jp", "minatobay-tech.co.jp", "10.22.4.18", ok=False)]
    + std(addr("佐々木 美穂", "m-sasaki@minatobay-tech.co.jp", "iso-2022-jp"),
          addr("黒岩 大地", ME_C, "iso-2022-jp"), "送別会のご案内(4/25)", w, mid_outlook(3),
          cc="cloud-team@minatobay-tech.co.jp", subj_charset="iso-2022-jp",
          extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP", "Thread-Index: AdupB3" + h8(3, 14)]),
    leaf(t, "plain", "iso-2022-jp", "7bit"), crlf=True)

# ---- 004  note to self: Outlook forward of the 2021 merge case
w = dt(2025, 4, 10, 19, 5, 42)
old = f"""Hello Daichi,

Thanks for confirming. Account {CID_OLD} has now been merged into {CID_CO}; all exam history
and your AWS Certified Cloud Practitioner certification are on {CID_CO}.

Please let us know if you need anything else regarding this merge.

Best regards,
Hiroshi
AWS Training and Certification Customer Support
"""
t = f"""自分用メモ(退職前の控え)

・会社メールの認定アカウント: {CID_CO}
・保有: SAA-C03 (2026/02 まで), DVA-C02 (2025/07/24 まで)
・特典: 50%割引バウチャー 1件 (2025/09/30 まで)
・証明書PDFは個人のGoogleドライブに保存済み

2021年に一度アカウントを統合してもらったときのメールも念のため転送しておく。

________________________________
差出人: AWS Training and Certification <{TC}>
送信日時: 2021年7月8日 12:41
宛先: 黒岩 大地 <{ME_C}>
件名: RE:[CASE {CASE_E}] {SUBJ_FORM}

{old}"""
add("note2021", "user_reply", False, CASE_E, [CID_CO],
    "Owner's note to self from the company address, forwarding (Japanese Outlook header block) the 2021 'merged' mail of an old 10-digit case. Own text has one candidate ID; the forwarded part has another that must not be listed.",
    ["Return-Path: <" + ME_C + ">",
     recv_gmail("mail-tyzapc01on2112.outbound.protection.outlook.com", "40.107.117.112", ME_P, w),
     auth_gmail("minatobay-tech.co.jp", ME_C, "40.107.117.112", dkim_dom="minatobay-tech.co.jp",
                policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("黒岩 大地", ME_C), ME_P, f"FW: RE:[CASE {CASE_E}] {SUBJ_FORM}", w, mid_outlook(4),
          extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: ja-JP",
                 "X-MS-Has-Attach: ", "Thread-Topic: RE:[CASE %s] %s" % (CASE_E, SUBJ_FORM)]),
    alt_of(t, b_outlook(4), lang="ja"), crlf=True)

# ---- 005  Builder ID verification code
w = dt(2025, 4, 11, 13, 20, 5, UTC)
t = """AWS Builder ID

Verify your email address

Enter this code to finish creating your AWS Builder ID:

    582019

The code stops working in 10 minutes. If you did not start creating a Builder ID, you can
ignore this message; nothing will be set up without the code.

Amazon Web Services will never ask you to share this code by phone or email.
"""
add("builderid", "unrelated", False, None, [],
    "Builder ID one-time code (6 digits) from no-reply@signin.aws.",
    ["Return-Path: <0101019622" + h8(5, 10) + "@us-west-2.amazonses.com>",
     recv_gmail("a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", ME_P, w),
     auth_gmail("signin.aws", "us-west-2.amazonses.com", "54.240.27.14", dkim=("pass", "pass"))]
    + std(addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address", w,
          mid_ses(5, "us-west-2.amazonses.com")),
    alt_of(t, b_ses(5)))

# ---- 006  case A acknowledgement (company address)
w = dt(2025, 4, 14, 1, 12, 58, UTC)
t = f"""Hello,

We've received your message and opened case {CASE_A} for it. Someone from the AWS
Training and Certification team normally writes back within 24 hours; requests that
need another team can take a little longer.

Here is what you sent us:

  Inquiry type: Certification
  Additional details: Account Merge
  Name: Daichi Kuroiwa
  Email: {ME_C}
  Description:
    I am leaving Minato Bay Technologies at the end of April and would like my company
    certification account merged into my personal one.
    Addresses I have used: {ME_C}, {ME_P}
    Address to keep: {ME_P}
    Candidate IDs: {CID_CO} (company), {CID_ME} (personal)

To keep things moving, answer on this thread instead of sending the form again: a second
case about the same request joins the back of the queue.

Kind regards,
AWS Training and Certification Customer Support
"""
add("A-ack", "acknowledgement", False, CASE_A, [CID_CO, CID_ME],
    "Acknowledgement of the merge case, sent to the company address; echoes the form (both candidate IDs) and warns against duplicates ('answer on this thread' is not a request).",
    ses_headers(ME_C, w, 6, company=True)
    + std(addr(TC_NAME, TC), ME_C, f"[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(6)),
    alt_of(t, b_ses(6)), crlf=True)
MID["A-ack"] = mid_ses(6)

# ---- 007  case B acknowledgement (Japanese, duplicate form)
w = dt(2025, 4, 14, 1, 54, 31, UTC)
t = f"""AWS トレーニングと認定へお問い合わせいただき、ありがとうございます。
お問い合わせを受け付け、ケース {CASE_B} を作成しました。

担当者より通常24時間以内にご連絡いたします。内容によっては、他部署への確認のため
さらにお時間をいただく場合がございます。

■ ご入力内容
お問い合わせタイプ: AWS トレーニングと認定
問題タイプ: 認定
その他の詳細: アカウントの統合
メールアドレス: {ME_P}
お問い合わせ内容:
  転職のため、会社のメールアドレスで作成した認定アカウントを、個人のアカウント
  ({CID_ME})に統合したいです。

同じ内容のケースをすでにお持ちの場合は、新しいケースを作成せずにそのケースでお待ちください。
重複したケースは、回答が遅れる原因となります。

AWS トレーニングと認定 カスタマーサポート
"""
add("B-ack", "acknowledgement", False, CASE_B, [CID_ME],
    "Japanese acknowledgement (UTF-8 base64, encoded subject) of a second, duplicate form for the same merge.",
    ses_headers(ME_P, w, 7)
    + std(addr("AWS トレーニングと認定", TC), ME_P,
          f"[CASE {CASE_B}] [AWS トレーニングと認定フォームの送信] - account-assistance", w, mid_ses(7)),
    alt_of(t, b_ses(7), cte="base64", lang="ja"))
MID["B-ack"] = mid_ses(7)

# ---- 008  GitHub PR merged
w = dt(2025, 4, 14, 15, 31, 2, PDT)
t = """Merged #412 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/minatobay/infra-modules/pull/412#event-17283019471
You are receiving this because you authored the thread.
"""
hh = """<p>Merged <a href="https://github.com/minatobay/infra-modules/pull/412" class="issue-link">#412</a> into main.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/minatobay/infra-modules/pull/412#event-17283019471">view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>"""
add("gh-merged", "unrelated", False, None, [],
    "GitHub notification: 'Merged #412' about a pull request titled with 'account baseline'; the word merged is not about certification accounts.",
    ["Return-Path: <noreply@github.com>",
     "Received: from out-25.smtp.github.com (out-25.smtp.github.com [192.30.252.208]) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with Microsoft SMTP Server; " + fdate(w.astimezone(UTC)),
     auth_m365("github.com", "github.com", "192.30.252.208")]
    + std(addr("Kenji Aoyama", "notifications@github.com"), "minatobay/infra-modules <infra-modules@noreply.github.com>",
          "Re: [minatobay/infra-modules] Merge account-baseline module into main (PR #412)", w,
          "<minatobay/infra-modules/pull/412/issue_event/17283019471@github.com>",
          cc="Daichi Kuroiwa <author@noreply.github.com>, Mention <mention@noreply.github.com>",
          irt="<minatobay/infra-modules/pull/412@github.com>", refs=["<minatobay/infra-modules/pull/412@github.com>"],
          extra=["List-ID: minatobay/infra-modules <infra-modules.minatobay.github.com>",
                 "X-GitHub-Reason: author", "X-GitHub-Sender: kaoyama", "Precedence: list",
                 "Delivered-To: " + ME_C]),
    multi("alternative", [leaf(t, "plain", "utf-8", "quoted-printable"),
                          leaf(html_page(hh), "html", "utf-8", "7bit")], "--==_mimepart_" + h8(8, 20)), crlf=True)

# ---- 009  case B: confirmation request from a second agent (the duplicate is being worked)
w = dt(2025, 4, 15, 0, 20, 44, UTC)
t = f"""Hello Daichi,

I found two certification accounts that match the details in your request:

Account #1
Login email: {ME_P}
Training notification email: {ME_P}
Certification notification email: {ME_P}

Account #2
Login email: {ME_C}
Training notification email: {ME_C}
Certification notification email: {ME_C}

Are both of these yours, and is Account #1 the one that should remain once they are
combined? As soon as I have your answer I'll go ahead with the merge.

Jun
AWS Training and Certification
"""
add("B-confirm", "confirmation_request", True, CASE_B, [],
    "Confirmation request on the duplicate case: Account #1/#2 listing, asked only as two questions (no 'please', no 'confirm').",
    ses_headers(ME_P, w, 9)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_B}] {SUBJ_FORM}", w, mid_ses(9)),
    leaf(t, "plain", "utf-8", "7bit"))
MID["B-confirm"] = mid_ses(9)

# ---- 010  owner to case B: it's a duplicate
w = dt(2025, 4, 15, 12, 31, 9)
t = f"""Hi Jun,

Sorry, I sent the form twice by mistake. The same request is already open as case
{CASE_A} (filed from my company address). Could you close this one and keep
everything on that case? For the record, both accounts are mine and Account #1 is
the one to keep.

Thanks,
Daichi

On Tue, Apr 15, 2025 at 9:20 AM AWS Training and Certification <{TC}> wrote:

{quote(MSGS[-1]['body']['body'])}
"""
add("B-reply", "user_reply", False, CASE_B, [],
    "Owner replies on the duplicate: asks support to close it (a question from the owner, not from support), Gmail quoting of the Account #1/#2 listing.",
    std(addr(ME_NAME, ME_P), TC, f"Re: RE:[CASE {CASE_B}] {SUBJ_FORM}", w, mid_gmail(10),
        irt=MID["B-confirm"], refs=[MID["B-ack"], MID["B-confirm"]]),
    alt_of(t, b_gmail(10)))
MID["B-reply"] = mid_gmail(10)

# ---- 011  case B closed as duplicate
w = dt(2025, 4, 15, 6, 5, 12, UTC)
t = f"""Hi Daichi,

Understood. I've closed this case and copied your note into case {CASE_A}, so my
colleagues there have your confirmation. All further updates will come on that case;
nothing more is needed on this one.

Jun
AWS Training and Certification
"""
add("B-dup", "case_update", False, CASE_B, [],
    "Duplicate case closed and linked: the body names the other case number; says 'closed' but is neither a closing notice nor a resolution.",
    ses_headers(ME_P, w, 11)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_B}] {SUBJ_FORM}", w, mid_ses(11),
          irt=MID["B-reply"], refs=[MID["B-ack"], MID["B-confirm"], MID["B-reply"]]),
    leaf(t, "plain", "utf-8", "7bit"))

# ---- 012  case A: write from the address you keep (sent to company address)
w = dt(2025, 4, 15, 8, 40, 3, UTC)
t = f"""Hello Daichi,

Thank you for your patience.

I've looked at the two certification accounts you listed. Because this request came in from
{ME_C} while the account you want to keep is registered to {ME_P},
we have to hear from the owner of the destination address before anything is changed. This
protects both accounts from being combined without the owner's agreement, and we apply it to
every merge request, so please don't take it as a sign that something is wrong.

Please reply to this email from {ME_P} and keep the case number in the
subject line. You don't need to repeat the details: a short note saying that the address is
yours and that you want the accounts combined is enough.

Regards,
Ramya S.
AWS Training and Certification Customer Support
"""
add("A-fromaddr", "info_request", True, CASE_A, [],
    "Request to write back from the personal address, sent to the company address; the request comes after two paragraphs of explanation.",
    ses_headers(ME_C, w, 12, company=True)
    + std(addr(TC_NAME, TC), ME_C, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(12),
          irt=MID["A-ack"], refs=[MID["A-ack"]]),
    alt_of(t, b_ses(12)), crlf=True)
MID["A-fromaddr"] = mid_ses(12)
A_FROMADDR_TEXT = t

# ---- 013  owner writes from personal address
w = dt(2025, 4, 15, 21, 5, 30)
t = f"""Hello Ramya,

I'm writing from my personal address as you asked. {ME_P} is mine, and I would
like my company certification account ({CID_CO}) merged into this one ({CID_ME}).

Thank you,
Daichi Kuroiwa

On Tue, Apr 15, 2025 at 5:40 PM AWS Training and Certification <{TC}> wrote:

{quote(A_FROMADDR_TEXT)}
"""
add("A-reply1", "user_reply", False, CASE_A, [CID_CO, CID_ME],
    "Owner's reply from the personal address to a mail that went to the company address (so the thread crosses mailboxes).",
    std(addr(ME_NAME, ME_P), TC, f"Re: RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_gmail(13),
        irt=MID["A-fromaddr"], refs=[MID["A-ack"], MID["A-fromaddr"]]),
    alt_of(t, b_gmail(13)))
MID["A-reply1"] = mid_gmail(13)

# ---- 014  case A: thanks, reviewing
w = dt(2025, 4, 16, 0, 12, 50, UTC)
t = """Hi Daichi,

Thanks, that's exactly what I needed. I'm checking both accounts now and will come back to you
once I've reviewed them. There is nothing else to send us for the moment.

Ramya
"""
add("A-working", "case_update", False, CASE_A, [],
    "Very short 'got it, still working' note; mentions sending nothing more.",
    ses_headers(ME_P, w, 14)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(14),
          irt=MID["A-reply1"], refs=[MID["A-ack"], MID["A-fromaddr"], MID["A-reply1"]]),
    leaf(t, "plain", "utf-8", "7bit"))
MID["A-working"] = mid_ses(14)

# ---- 015  AWS Summit Japan marketing (HTML only, Japanese)
w = dt(2025, 4, 16, 2, 0, 0, UTC)
hh = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:16px">
<p>いつも AWS をご利用いただきありがとうございます。</p>
<p>日本最大の AWS を学ぶイベント「AWS Summit Japan 2025」の参加登録を受け付けています。
6月25日(水)・26日(木)、幕張メッセにて 150 以上のセッション、AWS 認定者向けラウンジ、
ハンズオンをご用意しています。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/summits/japan/?trk=em_ja_2025" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">今すぐ登録する</a></p>
<p>ご不明な点がございましたら、イベント事務局までお問い合わせください。</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">このメールは配信専用です。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア</td></tr>
</table>"""
add("summit", "unrelated", False, None, [],
    "AWS marketing (HTML only, UTF-8 base64, Japanese) mentioning AWS Certification holders; calls to action but no case.",
    ["Return-Path: <bounce-" + h8(15, 10) + "@mktomail.aws.com>",
     "Received: from mktomail.aws.com (mktomail.aws.com [199.15.214.77]) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with Microsoft SMTP Server; " + fdate(w),
     auth_m365("amazon.com", "mktomail.aws.com", "199.15.214.77")]
    + std(addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_C,
          "【AWS Summit Japan 2025】参加登録受付中 – 6月25日・26日 幕張メッセ", w, mid_other(15, "mktomail.aws.com"),
          extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?id=" + h8(15, 12) + ">",
                 "Precedence: bulk"]),
    leaf(html_page(hh, "ja"), "html", "utf-8", "base64"), crlf=True)

# ---- 016  case A: on hold (APN), question buried in the middle
w = dt(2025, 4, 17, 3, 27, 16, UTC)
t = f"""Hello Daichi,

My name is Tomasz and I'm taking over this case from my colleague Ramya.

While reviewing the two accounts I found that the certification account under
{ME_C} ({CID_CO}) is connected to an AWS Partner Network organization,
Minato Bay Technologies K.K. Certifications held on a partner-linked account count toward
that company's partner tiers, so we don't move them out while the connection is in place.
I have therefore put the merge on hold. The link has to be released first, either by the
partner's administrator or by our partner operations team on their behalf.

One thing would help me decide how to go on: are you still employed by Minato Bay
Technologies, and if you are leaving, what is your last working day? When employment ends
soon, partner operations can release the account from that date.

Until then the case stays on hold; your personal account is not affected and you can keep
using it.

Kind regards,
Tomasz W.
AWS Training and Certification
"""
add("A-hold-q", "on_hold", True, CASE_A, [CID_CO],
    "APN partner hold. The question (still employed? last day?) sits in the middle, between the hold explanation and a reassuring closing paragraph.",
    ses_headers(ME_P, w, 16)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(16),
          irt=MID["A-working"], refs=[MID["A-ack"], MID["A-fromaddr"], MID["A-reply1"], MID["A-working"]]),
    alt_of(t, b_ses(16)))
MID["A-hold-q"] = mid_ses(16)
A_HOLDQ_TEXT = t

# ---- 017  phishing: lookalike domain
w = dt(2025, 4, 17, 10, 2, 33, UTC)
hh = f"""<div style="max-width:560px;margin:auto;border-top:4px solid #ff9900;padding:18px">
<img src="https://aws-certification-desk.com/img/aws-logo.png" alt="aws" width="60">
<h2 style="font-size:18px">Action required: verify ownership to continue your account merge</h2>
<p>Dear Candidate,</p>
<p>We received a request to merge AWS Certification accounts associated with this email address.
For your security, the merge will be <b>cancelled and your certifications suspended</b> unless ownership
is verified within 24 hours.</p>
<p style="text-align:center"><a href="https://aws-certification-desk.com/verify?case=8837201945&amp;u=ZGFpY2hp" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Verify account ownership</a></p>
<p>You will be asked to sign in with your AWS Builder ID and confirm a payment card for identity purposes (no charge will be made).</p>
<p>Case reference: 8837201945</p>
<p>Regards,<br>AWS Training &amp; Certification Support Team</p>
</div>"""
add("phish-desk", "suspicious", False, None, [],
    "Credential phishing from a lookalike domain (aws-certification-desk.com) that passes its own SPF/DKIM/DMARC; RE:[CASE ...] subject, urgent request, fake 10-digit case number.",
    ["Return-Path: <case-notify@aws-certification-desk.com>",
     recv_gmail("mail.aws-certification-desk.com", "185.234.72.19", ME_P, w),
     auth_gmail("aws-certification-desk.com", "aws-certification-desk.com", "185.234.72.19",
                policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("AWS Training & Certification", "case-notify@aws-certification-desk.com"), ME_P,
          "RE:[CASE 8837201945] Action required: verify ownership to continue your account merge", w,
          mid_other(17, "aws-certification-desk.com")),
    leaf(html_page(hh), "html", "utf-8", "quoted-printable"))

# ---- 018  Pearson VUE booking confirmation
w = dt(2025, 4, 18, 4, 15, 9, UTC)
t = f"""Pearson VUE Confirmation of Booking

Dear Daichi Kuroiwa,

Thank you for scheduling your exam with Pearson VUE. Keep this email for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Appointment: Tuesday, May 13, 2025 at 10:00 AM Japan Standard Time
Delivery: OnVUE online proctored exam
Language: English
Registration ID: 482917365
Candidate ID: {CID_ME}

Check in up to 30 minutes before your appointment. Run the system test on the computer you
will use on exam day. You can reschedule or cancel up to 24 hours before the appointment
from your AWS Certification account.

Pearson VUE
"""
add("pv-booking", "unrelated", False, None, [CID_ME],
    "Exam vendor booking with a 9-digit registration ID and a candidate ID (which must still be listed).",
    ["Return-Path: <bounce@pearson.com>",
     recv_gmail("mx-out-3.pearson.com", "159.182.4.21", ME_P, w),
     auth_gmail("pearson.com", "pearson.com", "159.182.4.21", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Pearson VUE", "donotreply@pearson.com"), ME_P, "Pearson VUE Confirmation of Booking", w,
          mid_other(18, "pearson.com")),
    alt_of(t, "=_pvue_" + h8(18, 20)))

# ---- 019  case A: closing notice (after the hold question went unanswered)
w = dt(2025, 4, 21, 2, 0, 7, UTC)
t = f"""Hello,

We are following up on case {CASE_A}: our last message is still waiting for an
answer from you.

If we don't hear back within 3 business days, the case will be closed. Replying to this
email, even briefly, keeps it open.

AWS Training and Certification Customer Support

---------- Previous message ----------
{A_HOLDQ_TEXT}"""
add("A-closing", "closing_notice", True, CASE_A, [],
    "Templated closing warning; the whole earlier hold message (with its question and a candidate ID) is appended below a '---------- Previous message ----------' line without '>' marks, so the ID is history, not new text.",
    ses_headers(ME_P, w, 19)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(19),
          irt=MID["A-hold-q"], refs=[MID["A-ack"], MID["A-fromaddr"], MID["A-reply1"], MID["A-working"], MID["A-hold-q"]]),
    leaf(t, "plain", "utf-8", "quoted-printable"))
MID["A-closing"] = mid_ses(19)
A_CLOSING_TEXT = t

# ---- 020  owner answers: last day April 30 (top-posted over nested history)
w = dt(2025, 4, 21, 22, 47, 55)
t = f"""Hi Tomasz,

Sorry for the slow reply. Yes, I'm still at Minato Bay Technologies; my last working day is
April 30, 2025, and the company mailbox will be shut down that day. Please ask partner
operations to release the account from then. I'd like everything moved to my personal
account as planned.

Best regards,
Daichi

On Mon, Apr 21, 2025 at 11:00 AM AWS Training and Certification <{TC}> wrote:

{quote(A_CLOSING_TEXT)}
"""
add("A-reply2", "user_reply", False, CASE_A, [],
    "Owner's answer top-posted over the closing notice, which itself contains the whole hold message.",
    std(addr(ME_NAME, ME_P), TC, f"Re: RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_gmail(20),
        irt=MID["A-closing"], refs=[MID["A-ack"], MID["A-fromaddr"], MID["A-reply1"], MID["A-working"], MID["A-hold-q"], MID["A-closing"]]),
    alt_of(t, b_gmail(20)))
MID["A-reply2"] = mid_gmail(20)

# ---- 021  case A: passed to partner operations
w = dt(2025, 4, 22, 5, 33, 40, UTC)
t = f"""Hi Daichi,

Thanks for confirming the date. I've passed the case to our partner operations team along
with your last working day. They will contact the administrator of the Minato Bay
Technologies partner account about releasing {CID_CO}; I'll write again when they are done.

Tomasz
"""
add("A-partnerops", "case_update", False, CASE_A, [CID_CO],
    "Handed to another team; a promise to write later.",
    ses_headers(ME_P, w, 21)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(21),
          irt=MID["A-reply2"], refs=[MID["A-ack"], MID["A-hold-q"], MID["A-closing"], MID["A-reply2"]]),
    leaf(t, "plain", "utf-8", "7bit"))
MID["A-partnerops"] = mid_ses(21)

# ---- 022  Skill Builder receipt with PDF
w = dt(2025, 4, 22, 9, 12, 0, UTC)
t = """Thanks for your order

Order number: SB-7F3K2-88410
Order date: April 22, 2025

AWS Skill Builder Individual subscription (monthly)    JPY 4,950
Consumption tax (10%)                                    JPY   495
Total charged                                          JPY 5,445

Next renewal: May 22, 2025. You can cancel any time under Account > Subscription.
Your receipt is attached as a PDF.

AWS Skill Builder
"""
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<<>>>>endobj\n"
       b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 20 100 Td (Receipt SB-7F3K2-88410) Tj ET\nendstream endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
add("sb-receipt", "unrelated", False, None, [],
    "Skill Builder receipt (multipart/mixed with a PDF attachment) from no-reply@aws.training.",
    ["Return-Path: <01010196" + h8(22, 10) + "@us-west-2.amazonses.com>",
     recv_gmail("a27-33.smtp-out.us-west-2.amazonses.com", "54.240.27.33", ME_P, w),
     auth_gmail("aws.training", "us-west-2.amazonses.com", "54.240.27.33", dkim=("pass", "pass"))]
    + std(addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder order receipt (SB-7F3K2-88410)", w,
          mid_ses(22, "us-west-2.amazonses.com")),
    multi("mixed", [alt_of(t, b_ses(220)),
                    leaf(None, raw_bytes=pdf, ctype="application/pdf", cte="base64", name="receipt-SB-7F3K2-88410.pdf",
                         disposition='attachment; filename="receipt-SB-7F3K2-88410.pdf"')], b_ses(22)))

# ---- 023  case A: on hold, nothing needed
w = dt(2025, 4, 23, 7, 41, 19, UTC)
t = f"""Hello Daichi,

A short status note on case {CASE_A}: it remains on hold while the AWS Partner Network
organization connected to your company account completes its part. Partner operations have
contacted the organization's administrator, and until the link is removed we cannot merge the
accounts.

No action is needed from you right now. Once the hold clears I'll send you the account details
to look over.

Tomasz W.
AWS Training and Certification
"""
add("A-hold", "on_hold", False, CASE_A, [],
    "Pure hold: waiting for the partner; says no action is needed and announces a later mail to review.",
    ses_headers(ME_P, w, 23)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(23),
          irt=MID["A-partnerops"], refs=[MID["A-ack"], MID["A-hold-q"], MID["A-reply2"], MID["A-partnerops"]]),
    alt_of(t, b_ses(23)))
MID["A-hold"] = mid_ses(23)

# ---- 024  colleague out-of-office
w = dt(2025, 4, 24, 8, 3, 1)
t = """お疲れさまです。佐々木です。

4月24日(木)〜4月28日(月)は休暇のため不在にしております。
期間中のメールは確認できませんので、お急ぎの場合はクラウド推進部
(cloud-team@minatobay-tech.co.jp)までご連絡ください。

I am out of the office from April 24 to April 28 with no access to email.
For anything urgent please write to cloud-team@minatobay-tech.co.jp.

佐々木 美穂
"""
add("ooo", "unrelated", False, None, [],
    "Colleague's automatic out-of-office reply (Auto-Submitted) in Japanese and English, pointing to another address.",
    ["Received: from TYWPR01MB10044.jpnprd01.prod.outlook.com (2603:1096:400:1b2::6) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with HTTPS; " + fdate(w.astimezone(UTC)),
     auth_m365("minatobay-tech.co.jp", "minatobay-tech.co.jp", "10.22.4.18", ok=False)]
    + std(addr("佐々木 美穂", "m-sasaki@minatobay-tech.co.jp"), addr("黒岩 大地", ME_C),
          "自動応答: RE: 送別会のご案内(4/25)", w, mid_outlook(24),
          extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                 "X-MS-Exchange-Inbox-Rules-Loop: m-sasaki@minatobay-tech.co.jp", "Content-Language: ja-JP"]),
    leaf(t, "plain", "utf-8", "base64"), crlf=True)

# ---- 025  certification expiry reminder (company address)
w = dt(2025, 4, 25, 8, 0, 0, CDT)
t = f"""Hi Daichi,

Your AWS Certified Developer - Associate certification expires on July 24, 2025.

To keep it active, pass the current version of the exam (or a higher-level exam that
recertifies it) before that date. Once it expires, the certification, its digital badge
and related benefits become inactive.

Sign in to your AWS Certification account to schedule an exam or review your options.

Candidate ID: {CID_CO}

AWS Certification
"""
add("cm-expiry", "certification", False, None, [CID_CO],
    "Certification expiry reminder to the company address; tells the reader to act (recertify) but is program mail, not a case.",
    ["Return-Path: <bounce-" + h8(25, 10) + "@certmetrics.com>",
     "Received: from mta-112.certmetrics.com (mta-112.certmetrics.com [198.21.6.112]) by\n TYWPR01MB11820.jpnprd01.prod.outlook.com with Microsoft SMTP Server; " + fdate(w.astimezone(UTC)),
     auth_m365("certmetrics.com", "certmetrics.com", "198.21.6.112")]
    + std(addr("AWS Certification", CERTM), ME_C, "Your AWS Certification expires in 90 days", w,
          mid_other(25, "certmetrics.com")),
    alt_of(t, "b1_" + h8("cm25", 24)), crlf=True)

# ---- 026  other vendor: request closed for no response
w = dt(2025, 4, 28, 6, 17, 45, UTC)
t = """##- Please type your reply above this line -##

Hello Daichi,

We have not heard back from you about transferring your IntelliJ IDEA Ultimate license from
your company JetBrains Account to your personal one, so we are closing this request for now.

If you still need help, just reply to this email within 14 days and the request will reopen
automatically.

Kind regards,
Marta Nowak
JetBrains Sales Support

Request #4829117
"""
add("jb-closed", "unrelated", False, None, [],
    "Another vendor's Zendesk-style 'closing for no response, reply to reopen' about moving a license from a company account to a personal one: looks exactly like a closing notice.",
    ["Return-Path: <support+id4829117@jetbrains.zendesk.com>",
     recv_gmail("out-8.smtp.zendesk.com", "192.161.156.8", ME_P, w),
     auth_gmail("jetbrains.com", "jetbrains.zendesk.com", "192.161.156.8", dkim_dom="jetbrains.com",
                policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Marta Nowak (JetBrains Sales Support)", "sales@jetbrains.com"), ME_P,
          "[JetBrains] Re: License transfer to personal account", w, "<XK7P2R8MVQ_6807" + h8(26, 8) + "_sprut@zendesk.com>",
          extra=["X-Mailer: Zendesk Mailer"]),
    alt_of(t, "--==_mimepart_" + h8(26, 20)))

# ---- 027  case A: hold lifted (subject changed, no case number anywhere)
w = dt(2025, 4, 30, 0, 10, 22, UTC)
t = """Hi Daichi,

Good news: partner operations tell me the Minato Bay Technologies partner organization has
released your company certification account as of today. The hold on your request is lifted,
and I'm putting together the summary of both accounts. It will follow in a separate message
shortly.

Tomasz
"""
add("A-unhold", "case_update", False, CASE_A, [],
    "Hold lifted. Support changed the subject and wrote no case number: the case is only found through In-Reply-To/References.",
    ses_headers(ME_P, w, 27)
    + std(addr(TC_NAME, TC), ME_P, "Your certification account merge - hold released", w, mid_ses(27),
          irt=MID["A-hold"], refs=[MID["A-ack"], MID["A-hold-q"], MID["A-reply2"], MID["A-partnerops"], MID["A-hold"]]),
    leaf(t, "plain", "utf-8", "7bit"))
MID["A-unhold"] = mid_ses(27)

# ---- 028  case A: confirmation request (HTML only, table)
w = dt(2025, 4, 30, 7, 32, 5, UTC)
rows = [("Candidate ID", CID_ME, CID_CO), ("Login email", ME_P, ME_C),
        ("Training notification email", ME_P, ME_C), ("Certification notification email", ME_P, ME_C),
        ("Active certifications", "none", "SAA-C03, DVA-C02"), ("Benefits", "none", "50% exam discount (1)")]
tab = "\n".join('<tr><td style="border:1px solid #aab;padding:4px 8px"><b>%s</b></td><td style="border:1px solid #aab;padding:4px 8px">%s</td><td style="border:1px solid #aab;padding:4px 8px">%s</td></tr>' % r for r in rows)
hh = f"""<div>Hello Daichi,</div><div><br></div>
<div>Below are the two certification accounts I found for you. When they are merged, only one of them stays
active, and the exam history, certifications and benefits of the other one move into it.</div><div><br></div>
<table style="border-collapse:collapse;font-size:13px">
<tr><th style="border:1px solid #aab;padding:4px 8px"></th><th style="border:1px solid #aab;padding:4px 8px">Account #1</th><th style="border:1px solid #aab;padding:4px 8px">Account #2</th></tr>
{tab}
</table><div><br></div>
<div>Following your form, I have marked <b>Account #1</b> as the account to keep. A merge cannot be reversed, so
before I start I need you to confirm two things: that both accounts belong to you, and that Account #1 is the
right one to keep. A reply such as "Confirmed, merge into Account #1" is enough.</div><div><br></div>
<div>Kind regards,<br>Tomasz W.<br>AWS Training and Certification</div>"""
add("A-confirm", "confirmation_request", True, CASE_A, [CID_ME, CID_CO],
    "HTML-only confirmation request with an Account #1/#2 table (candidate IDs in table order), 'I need you to confirm' after the table.",
    ses_headers(ME_P, w, 28)
    + std(addr(TC_NAME, TC), ME_P, f"RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(28),
          irt=MID["A-unhold"], refs=[MID["A-ack"], MID["A-hold-q"], MID["A-reply2"], MID["A-hold"], MID["A-unhold"]]),
    leaf(html_page(hh), "html", "utf-8", "quoted-printable"))
MID["A-confirm"] = mid_ses(28)
A_CONFIRM_PLAIN = f"""Hello Daichi,

Below are the two certification accounts I found for you. When they are merged, only one of them stays
active, and the exam history, certifications and benefits of the other one move into it.

                                  Account #1                    Account #2
Candidate ID                      {CID_ME}                   {CID_CO}
Login email                       {ME_P}    {ME_C}
Training notification email       {ME_P}    {ME_C}
Certification notification email  {ME_P}    {ME_C}
Active certifications             none                          SAA-C03, DVA-C02
Benefits                          none                          50% exam discount (1)

Following your form, I have marked Account #1 as the account to keep. A merge cannot be reversed, so
before I start I need you to confirm two things: that both accounts belong to you, and that Account #1 is the
right one to keep. A reply such as "Confirmed, merge into Account #1" is enough.

Kind regards,
Tomasz W.
AWS Training and Certification"""

# ---- 029  owner confirms
w = dt(2025, 5, 1, 8, 2, 40)
t = f"""Confirmed, please merge into Account #1 ({ME_P}). Both accounts are mine.

Thanks,
Daichi

On Wed, Apr 30, 2025 at 4:32 PM AWS Training and Certification <{TC}> wrote:

{quote(A_CONFIRM_PLAIN)}
"""
add("A-confirmed", "user_reply", False, CASE_A, [],
    "Owner's one-line confirmation; the quoted table carries both candidate IDs, which are history only.",
    std(addr(ME_NAME, ME_P), TC, f"Re: RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_gmail(29),
        irt=MID["A-confirm"], refs=[MID["A-ack"], MID["A-hold"], MID["A-unhold"], MID["A-confirm"]]),
    alt_of(t, b_gmail(29)))
MID["A-confirmed"] = mid_gmail(29)
A_CONFIRMED_TEXT = t

# ---- 030  AWS Educate case (other program) asking for something
w = dt(2025, 5, 1, 1, 44, 12, UTC)
t = f"""Hello,

Thank you for applying to AWS Educate as an educator.

Before we can approve the application we need to verify your teaching role at Shirakaba
College of Information Technology. Please reply to this email from your school-issued
email address, or attach a document (a class schedule or an appointment letter) that shows
your name and the school's name.

If we do not receive this within 10 days, the application will be withdrawn.

Regards,
AWS Educate Support
"""
add("educate", "unrelated", False, None, [],
    "AWS Educate form case (aws-cs-educate-form@amazon.com, RE:[CASE ...] subject, 15-digit number) with a real request: same machinery, different program, so not a T&C case.",
    ses_headers(ME_P, w, 30)
    + std(addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
          "RE:[CASE 174602771300245] [AWS Educate Form Submission] - educator-application", w, mid_ses(30)),
    alt_of(t, b_ses(30)))

# ---- 031  case A resolved (quotes the confirmation request)
w = dt(2025, 5, 1, 4, 44, 18, UTC)
t = f"""Hello Daichi,

Thank you for confirming. I have merged your accounts: everything from {CID_CO} is now on
Account #1, which keeps the candidate ID {CID_ME} and signs in with {ME_P}.
The former company account has been deactivated.

Please sign out of AWS Training and Certification and of your AWS Builder ID, sign back in, and
check Exam history, Certifications and Benefits. Digital badges are reissued to the remaining
account automatically; Credly usually sends them within a day. Partner-side profiles can take
up to a week to catch up.

Best regards,
Tomasz W.
AWS Training and Certification

--- Original message ---
From: {ME_NAME} <{ME_P}>
Sent: 5/1/2025 8:02 AM (GMT+09:00)
Subject: Re: RE: [CASE {CASE_A}] {SUBJ_FORM}

{A_CONFIRMED_TEXT}"""
add("A-merged", "resolved", False, CASE_A, [CID_CO, CID_ME],
    "Merge done; the owner's confirmation and the whole confirmation request (with 'I need you to confirm') are quoted below an '--- Original message ---' line.",
    ses_headers(ME_P, w, 31)
    + std(addr(TC_NAME, TC), ME_P, f"RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(31),
          irt=MID["A-confirmed"], refs=[MID["A-ack"], MID["A-unhold"], MID["A-confirm"], MID["A-confirmed"]]),
    alt_of(t, b_ses(31)))
MID["A-merged"] = mid_ses(31)
A_MERGED_TEXT = t

# ---- 032  Credly badge SAA
w = dt(2025, 5, 1, 4, 58, 2, UTC)
t = """Congratulations, Daichi!

Amazon Web Services Training and Certification has issued you a badge:

AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it:
https://www.credly.com/badges/3f6c2a91-7d04-4b8e-9a55-0c1e2f7b8d43/accept

Credly by Pearson
"""
add("credly-saa", "badge", False, None, [],
    "Credly badge issued right after the merge (badge UUID in the link).",
    ["Return-Path: <bounces+2281934-" + h8(32, 6) + "@email.credly.com>",
     recv_gmail("o3.email.credly.com", "167.89.101.25", ME_P, w),
     auth_gmail("credly.com", "email.credly.com", "167.89.101.25", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Credly", CREDLY), ME_P, "You've earned a badge from Amazon Web Services Training and Certification", w,
          mid_other(32, "geopod-ismtpd-3.credly.com")),
    alt_of(t, b_gmail(320)))

# ---- 033  case A survey
w = dt(2025, 5, 2, 3, 0, 0, UTC)
t = f"""Hello,

Your case {CASE_A} was recently resolved. Would you answer two quick questions about
how it was handled? It takes less than a minute.

How satisfied are you with the support you received?
  Very satisfied:      https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tc?c={CASE_A}&r=5
  Satisfied:           https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tc?c={CASE_A}&r=4
  Neutral:             https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tc?c={CASE_A}&r=3
  Dissatisfied:        https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tc?c={CASE_A}&r=2
  Very dissatisfied:   https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tc?c={CASE_A}&r=1

Replies to this message are not read.

AWS Training and Certification
"""
add("A-survey", "survey", False, CASE_A, [],
    "Satisfaction survey for the merge case, from the case address, with the case number in the subject and body.",
    ses_headers(ME_P, w, 33)
    + std(addr(TC_NAME, TC), ME_P, f"[CASE {CASE_A}] Tell us how we did", w, mid_ses(33)),
    alt_of(t, b_ses(33)))

# ---- 034  bounce of a forward to the ex-manager (typo in the domain)
w = dt(2025, 5, 2, 10, 21, 4)
fw_mid = mid_gmail(340)
fw = f"""大野さん

お疲れさまです。黒岩です。在職中はお世話になりました。
認定アカウントの個人側への統合が完了しましたのでご報告します。
パートナー側の表示が更新されるまで1週間ほどかかるそうです。

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, May 1, 2025 at 1:44 PM
Subject: RE: [CASE {CASE_A}] {SUBJ_FORM}
To: <{ME_P}>

{A_MERGED_TEXT}"""
fw_rendered_h, fw_rendered_b = render(leaf(fw, "plain", "utf-8", "quoted-printable"))
inner = "\n".join(["Date: " + fdate(dt(2025, 5, 2, 10, 20, 51)), "From: " + addr(ME_NAME, ME_P),
                   "To: k-ohno@minatobay-tech.com", "Message-ID: " + fw_mid,
                   "Subject: Fwd: RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), "MIME-Version: 1.0"]
                  + fw_rendered_h) + "\n\n" + fw_rendered_b
dsn_text = """** Address not found **

Your message wasn't delivered to k-ohno@minatobay-tech.com because the domain
minatobay-tech.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response from the remote server was:
DNS Error: DNS type 'mx' lookup of minatobay-tech.com responded with code NXDOMAIN
Domain name not found: minatobay-tech.com
"""
status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: {fdate(dt(2025, 5, 2, 10, 20, 51).astimezone(PDT))}
X-Original-Message-ID: {fw_mid}

Final-Recipient: rfc822; k-ohno@minatobay-tech.com
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS type 'mx' lookup of minatobay-tech.com responded with code NXDOMAIN
Last-Attempt-Date: {fdate(w.astimezone(PDT))}
"""
add("bounce", "unrelated", False, None, [],
    "Delivery failure (multipart/report) for the owner's forward of the merge mail to a mistyped address; the returned message carries the 'merged' mail and, under it, the quoted confirmation request.",
    ["Return-Path: <>",
     "Received: by 2002:a05:6a10:9e8c:b0:5f1:2c3d:4e5f with SMTP id " + h8(34, 16) + ";\n        " + fdate(w.astimezone(PDT)) + " (PDT)"]
    + std(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
          "Delivery Status Notification (Failure)", w, mid_other(34, "mx.google.com"),
          irt=fw_mid, refs=[fw_mid], extra=["Auto-Submitted: auto-replied"]),
    multi("report", [leaf(dsn_text, "plain", "utf-8", "7bit"),
                     embedded("message/delivery-status", status),
                     embedded("message/rfc822", inner)], b_gmail(34), params="report-type=delivery-status"))

# ---- 035  Credly lookalike phishing
w = dt(2025, 5, 3, 14, 9, 51, UTC)
hh = """<div style="font-family:Helvetica,Arial;max-width:580px;margin:auto">
<div style="background:#ff6b00;color:#fff;padding:12px;font-weight:bold">Credly</div>
<p>Hi,</p>
<p>Your AWS certification account was recently merged. Badges attached to merged accounts must be re-verified,
otherwise they are <b>revoked in 48 hours</b>.</p>
<p>Sign in with your AWS Builder ID to keep your badges:</p>
<p><a href="https://credly-badgehub.com/aws/reverify?id=3f6c2a91" style="background:#ff6b00;color:#fff;padding:9px 20px;text-decoration:none">Keep my badges</a></p>
<p>Credly Trust &amp; Safety</p></div>"""
add("phish-credly", "suspicious", False, None, [],
    "Credly lookalike (credly-badgehub.com) timed after a merge, threatening revocation and asking for a Builder ID sign-in.",
    ["Return-Path: <notify@credly-badgehub.com>",
     recv_gmail("vps-4471.hostcloud-eu.net", "91.215.85.140", ME_P, w),
     auth_gmail("credly-badgehub.com", "credly-badgehub.com", "91.215.85.140", policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("Credly", "notify@credly-badgehub.com"), ME_P, "Action needed: your AWS badges will be revoked in 48 hours", w,
          mid_other(35, "credly-badgehub.com")),
    leaf(html_page(hh), "html", "utf-8", "base64"))

# ---- 036  Credly reminder DVA
w = dt(2025, 5, 4, 5, 0, 12, UTC)
t = """Hi Daichi,

A badge from Amazon Web Services Training and Certification is still waiting for you:

AWS Certified Developer - Associate

Accept it to show it on your profile, add it to LinkedIn, or share a verified link:
https://www.credly.com/badges/9b1d7e44-21a3-4f0c-8e6d-5a7f90c3b112/accept

You can also decline, or accept it and keep it private.

Credly by Pearson
"""
add("credly-dva", "badge", False, None, [],
    "Credly reminder to accept a badge ('still waiting for you' and an imperative): badge, not a request from support.",
    ["Return-Path: <bounces+2281934-" + h8(36, 6) + "@email.credly.com>",
     recv_gmail("o3.email.credly.com", "167.89.101.25", ME_P, w),
     auth_gmail("credly.com", "email.credly.com", "167.89.101.25", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Credly", CREDLY), ME_P, "Reminder: your AWS Certified Developer - Associate badge is waiting", w,
          mid_other(36, "geopod-ismtpd-1.credly.com")),
    alt_of(t, b_gmail(360)))

# ---- 037  owner forwards the merged mail to the new work address
w = dt(2025, 5, 5, 9, 15, 0)
t = f"""新しい職場用に控えておく。認定は個人アカウント {CID_ME} に統合済み。

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, May 1, 2025 at 1:44 PM
Subject: RE: [CASE {CASE_A}] {SUBJ_FORM}
To: <{ME_P}>

{A_MERGED_TEXT}"""
add("A-fwd", "user_reply", False, CASE_A, [CID_ME],
    "Owner forwards the 'merged' mail (which itself quotes the confirmation request) to the new work address with a one-line Japanese note.",
    std(addr(ME_NAME, ME_P), NEW_WORK, f"Fwd: RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_gmail(37)),
    alt_of(t, b_gmail(37), lang="ja"))

# ---- 038  new colleague asks for certification details
w = dt(2025, 5, 6, 10, 2, 33)
t = """黒岩さん

白樺クラウドの高原です。入社手続きお疲れさまでした!

弊社のAWSパートナー登録に、黒岩さんの認定を紐づけたいので、
お持ちのAWS認定の名称と検証番号(validation number)、候補IDを
今週金曜までに送っていただけますか?

よろしくお願いします。

高原 恵美 / Emi Takahara
Shirakaba Cloud Inc. Partner Alliance
"""
add("newcol-ask", "unrelated", False, None, [],
    "New employer's colleague asks (Japanese, question form, deadline) for certification details: a request, but not from support.",
    ["Return-Path: <e.takahara@shirakaba-cloud.jp>",
     recv_gmail("mail-pl1-f171.google.com", "209.85.214.171", ME_P, w),
     auth_gmail("shirakaba-cloud.jp", "e.takahara@shirakaba-cloud.jp", "209.85.214.171", policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("高原 恵美", "e.takahara@shirakaba-cloud.jp"), ME_P, "AWS認定情報のご提供のお願い", w, mid_gmail(38)),
    alt_of(t, b_gmail(38), lang="ja"))
MID["newcol"] = mid_gmail(38)
NEWCOL_TEXT = t

# ---- 039  owner answers the colleague
w = dt(2025, 5, 6, 18, 40, 2)
t = f"""高原さん

ご連絡ありがとうございます。以下のとおりです。

候補ID: {CID_ME}
- AWS Certified Solutions Architect - Associate / 検証番号 7QJ3K1ZC9E14QW5N
- AWS Certified Developer - Associate / 検証番号 Q2XG8H4LK1V4Q3MS

前職のアカウントを個人アカウントに統合したばかりなので、
パートナー側で反映されていなければ教えてください。

黒岩

2025年5月6日(火) 10:02 高原 恵美 <e.takahara@shirakaba-cloud.jp>:
{quote(NEWCOL_TEXT)}
"""
add("newcol-reply", "user_reply", False, None, [CID_ME],
    "Owner's reply to a colleague (not to support), Japanese Gmail quoting header; own text carries the candidate ID.",
    std(addr(ME_NAME, ME_P), addr("高原 恵美", "e.takahara@shirakaba-cloud.jp"),
        "Re: AWS認定情報のご提供のお願い", w, mid_gmail(39), irt=MID["newcol"], refs=[MID["newcol"]]),
    alt_of(t, b_gmail(39), lang="ja"))

# ---- 040  owner reopens case A (benefit missing)
w = dt(2025, 5, 7, 9, 58, 12)
t = f"""Hello Tomasz,

Thank you for merging the accounts. Exam history and certifications look right, but one thing
is missing: my old account had a 50% exam discount benefit (valid until September 30, 2025),
and it does not appear under Benefits on {CID_ME}. Could you check whether it can be moved too?

Best regards,
Daichi Kuroiwa

On Thu, May 1, 2025 at 1:44 PM AWS Training and Certification <{TC}> wrote:

{quote(A_MERGED_TEXT)}
"""
add("A-reopen-ask", "user_reply", False, CASE_A, [CID_ME],
    "Owner replies on the resolved case to reopen it: a question from the owner; the quoted history contains support's old confirmation request twice-nested.",
    std(addr(ME_NAME, ME_P), TC, f"Re: RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_gmail(40),
        irt=MID["A-merged"], refs=[MID["A-ack"], MID["A-confirm"], MID["A-confirmed"], MID["A-merged"]]),
    alt_of(t, b_gmail(40)))
MID["A-reopen-ask"] = mid_gmail(40)

# ---- 041  case A reopened
w = dt(2025, 5, 8, 1, 26, 37, UTC)
t = f"""Hello Daichi,

I've reopened case {CASE_A} and passed your question about the 50% exam discount to our
certification benefits team, who handle moving vouchers between accounts. They usually answer
within 3 to 5 business days, and I'll update you here as soon as they do.

Best regards,
Priya N.
AWS Training and Certification
"""
add("A-reopened", "case_update", False, CASE_A, [],
    "Reopened case, handed to the benefits team.",
    ses_headers(ME_P, w, 41)
    + std(addr(TC_NAME, TC), ME_P, f"RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(41),
          irt=MID["A-reopen-ask"], refs=[MID["A-ack"], MID["A-merged"], MID["A-reopen-ask"]]),
    alt_of(t, b_ses(41)))
MID["A-reopened"] = mid_ses(41)

# ---- 042  newsletter
w = dt(2025, 5, 9, 0, 30, 0, UTC)
t = """CLOUD NATIVE WEEKLY JAPAN - No. 214

1. Changing jobs? Take your AWS Certifications with you
   A reader walks through merging a company certification account into a personal one:
   file the form, wait for support to list Account #1 and Account #2, reply to confirm,
   and check your benefits afterwards. "Answer support's confirmation mail quickly:
   if you don't, they close the case," she writes.

2. EKS Auto Mode after six months in production

3. Terraform 1.12: what changed for providers

You are receiving this because you subscribed at cloudnative-weekly.jp.
Unsubscribe: https://cloudnative-weekly.jp/unsubscribe?u=8c1f02
"""
add("newsletter", "unrelated", False, None, [],
    "Newsletter (8bit UTF-8) summarising the merge process in support-like words (Account #1/#2, reply to confirm, close the case).",
    ["Return-Path: <bounce@mail.cloudnative-weekly.jp>",
     recv_gmail("mail.cloudnative-weekly.jp", "203.0.113.45", ME_P, w),
     auth_gmail("cloudnative-weekly.jp", "mail.cloudnative-weekly.jp", "203.0.113.45", policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("Cloud Native Weekly Japan", "newsletter@cloudnative-weekly.jp"), ME_P,
          "Cloud Native Weekly Japan #214: take your certifications with you", w, mid_other(42, "cloudnative-weekly.jp"),
          extra=["List-Unsubscribe: <https://cloudnative-weekly.jp/unsubscribe?u=8c1f02>", "Precedence: bulk"]),
    leaf(t, "plain", "utf-8", "8bit"))

# ---- 043  case A resolved again (benefit restored)
w = dt(2025, 5, 12, 6, 3, 55, UTC)
t = f"""Hi Daichi,

The benefits team has finished: the 50% exam discount from your former account is now listed
under Benefits on {CID_ME}, with its original expiry date of September 30, 2025. It can be
used once, on any AWS Certification exam you book through your account.

With that, everything on this case is complete and I'm marking it resolved. Should anything
else come up about the merge, answering this email will bring it back to us.

Kind regards,
Priya N.
AWS Training and Certification
"""
add("A-benefit", "resolved", False, CASE_A, [CID_ME],
    "Second resolution after the reopen; ends with a conditional invitation to answer.",
    ses_headers(ME_P, w, 43)
    + std(addr(TC_NAME, TC), ME_P, f"RE: [CASE {CASE_A}] {SUBJ_FORM}", w, mid_ses(43),
          irt=MID["A-reopened"], refs=[MID["A-ack"], MID["A-merged"], MID["A-reopen-ask"], MID["A-reopened"]]),
    alt_of(t, b_ses(43)))

# ---- 044  CertMetrics: new benefit
w = dt(2025, 5, 12, 2, 10, 0, CDT)
t = f"""Hi Daichi,

A new benefit has been added to your AWS Certification account:

  50% discount on your next AWS Certification exam
  Expires: September 30, 2025

Find it under Benefits after you sign in. The discount is applied when you schedule an exam.

Candidate ID: {CID_ME}

AWS Certification
"""
add("cm-benefit", "certification", False, None, [CID_ME],
    "Program mail about a benefit that arrived because of the case; not case mail.",
    ["Return-Path: <bounce-" + h8(44, 10) + "@certmetrics.com>",
     recv_gmail("mta-112.certmetrics.com", "198.21.6.112", ME_P, w),
     auth_gmail("certmetrics.com", "certmetrics.com", "198.21.6.112", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("AWS Certification", CERTM), ME_P, "A new benefit is available in your AWS Certification account", w,
          mid_other(44, "certmetrics.com")),
    alt_of(t, "b1_" + h8("cm44", 24)))

# ---- 045  Pearson VUE: thank you for testing
w = dt(2025, 5, 13, 4, 12, 44, UTC)
t = """Dear Daichi Kuroiwa,

Thank you for testing with Pearson VUE today.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Registration ID: 482917365

Your result will be sent to AWS Certification. You can normally see it in your AWS
Certification account within 5 business days. Pearson VUE cannot give out results.

Pearson VUE
"""
add("pv-thanks", "unrelated", False, None, [],
    "Exam vendor 'thank you for testing' with the 9-digit registration ID.",
    ["Return-Path: <bounce@pearson.com>",
     recv_gmail("mx-out-3.pearson.com", "159.182.4.21", ME_P, w),
     auth_gmail("pearson.com", "pearson.com", "159.182.4.21", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Pearson VUE", "donotreply@pearson.com"), ME_P, "Thank you for testing with Pearson VUE", w,
          mid_other(45, "pearson.com")),
    alt_of(t, "=_pvue_" + h8(45, 20)))

# ---- 046  console case C: new support case
w = dt(2025, 5, 16, 1, 3, 29, UTC)
con_foot = f"""To view this case or add a reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en

This mailbox does not receive messages; replies sent to it are not delivered to AWS Support.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
[AWS ID 209384756120]"""
t = f"""Hello,

A support case has been opened for you.

Case ID: {CASE_C}
Subject: SAP-C02 result not showing in certification account
Severity: General guidance
Category: Certification, Exam results
Correspondence:
  I took SAP-C02 on May 13 via OnVUE. Pearson VUE said the result would appear within
  5 business days but nothing shows in Exam history yet. Candidate ID {CID_ME}.

{con_foot}
"""
add("C-ack", "acknowledgement", False, CASE_C, [CID_ME],
    "Support Center (console) 'New Support case' notice from no-reply-aws@amazon.com, 11-digit case, 12-digit AWS account ID in the footer.",
    ses_headers(ME_P, w, 46)
    + std(addr("Amazon Web Services", NOREPLY), ME_P, f"Amazon Web Services: New Support case: {CASE_C}", w, mid_ses(46)),
    alt_of(t, b_ses(46)))
MID["C-ack"] = mid_ses(46)

# ---- 047  console case C: info needed, answer in Support Center
w = dt(2025, 5, 17, 2, 48, 10, UTC)
t = f"""Hello,

Thank you for contacting AWS. My name is Andrés and I'll be looking into your exam record.

Results normally reach the certification account within 5 business days of the exam. Since
yours hasn't appeared, I'd like to trace the attempt with our testing partner. For that I need
the 9-digit Pearson VUE registration number from your booking confirmation, and your name
exactly as it was written on the ID you showed on exam day.

Kindly add both in a reply to this case from the Support Center. Answers sent by email
can't reach me.

Best regards,
Andrés P.
Amazon Web Services

Your opinion matters to us: rate this reply with the links below.
  Excellent  https://console.aws.amazon.com/support/feedback?c={CASE_C}&r=5
  Poor       https://console.aws.amazon.com/support/feedback?c={CASE_C}&r=1

{con_foot}
"""
add("C-ask", "info_request", True, CASE_C, [],
    "Console-case request ('Kindly add...') that must be answered in the Support Center, not by email, with a rating footer and a no-reply footer.",
    ses_headers(ME_P, w, 47)
    + std(addr("Amazon Web Services", NOREPLY), ME_P,
          f"RE:[CASE {CASE_C}] SAP-C02 result not showing in certification account", w, mid_ses(47),
          irt=MID["C-ack"], refs=[MID["C-ack"]]),
    alt_of(t, b_ses(47)))
MID["C-ask"] = mid_ses(47)

# ---- 048  AWS marketing English (HTML only)
w = dt(2025, 5, 18, 16, 0, 0, UTC)
hh = """<table width="600" align="center"><tr><td style="padding:20px">
<h1 style="font-size:22px">New on AWS Skill Builder: AI Practitioner learning plan</h1>
<p>Get ready for the AWS Certified AI Practitioner exam with 12 hours of free digital training, practice questions,
and a hands-on lab in a live AWS environment.</p>
<p><a href="https://skillbuilder.aws/learning-plan/ai-practitioner?trk=em_2025_05" style="background:#ff9900;color:#000;padding:10px 20px;text-decoration:none">Start learning</a></p>
<p>Have a question about exams? Visit the AWS Certification FAQ.</p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. | 410 Terry Avenue North, Seattle, WA 98109<br>
<a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a> | Do not reply to this email.</p>
</td></tr></table>"""
add("mkt-en", "unrelated", False, None, [],
    "English AWS marketing (HTML only) about Skill Builder and certification exams.",
    ["Return-Path: <bounce-" + h8(48, 10) + "@mktomail.aws.com>",
     recv_gmail("mktomail.aws.com", "199.15.214.77", ME_P, w),
     auth_gmail("amazon.com", "mktomail.aws.com", "199.15.214.77")]
    + std(addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
          "New: prepare for AWS Certified AI Practitioner for free", w, mid_other(48, "mktomail.aws.com"),
          extra=["List-Unsubscribe: <https://pages.awscloud.com/unsubscribe?id=" + h8(48, 12) + ">", "Precedence: bulk"]),
    leaf(html_page(hh), "html", "utf-8", "quoted-printable"))

# ---- 049  case F acknowledgement (HTML only)
w = dt(2025, 5, 19, 3, 9, 20, UTC)
hh = f"""<p>Hello Daichi,</p>
<p>Thanks for reaching out to AWS Training and Certification. Your request is now case <b>{CASE_F}</b>.</p>
<table style="border-collapse:collapse;font-size:13px">
<tr><td style="padding:3px 10px;background:#f2f3f3">Inquiry type</td><td style="padding:3px 10px">Certification</td></tr>
<tr><td style="padding:3px 10px;background:#f2f3f3">Additional details</td><td style="padding:3px 10px">Exam vouchers</td></tr>
<tr><td style="padding:3px 10px;background:#f2f3f3">Candidate ID</td><td style="padding:3px 10px">{CID_ME}</td></tr>
<tr><td style="padding:3px 10px;background:#f2f3f3">Description</td><td style="padding:3px 10px">A voucher bought through Skill Builder is rejected at checkout with "This code is not valid".</td></tr>
</table>
<p>We aim to reply within one business day. There's no need to submit the form again; doing so opens a separate case and slows things down.</p>
<p>AWS Training and Certification Customer Support</p>"""
add("F-ack", "acknowledgement", False, CASE_F, [CID_ME],
    "HTML-only acknowledgement with a details table, different wording from the other acknowledgements.",
    ses_headers(ME_P, w, 49)
    + std(addr(TC_NAME, TC), ME_P, f"[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification-exam-vouchers", w, mid_ses(49)),
    leaf(html_page(hh), "html", "utf-8", "quoted-printable"))
MID["F-ack"] = mid_ses(49)

# ---- 050  console case C: closing (auto-resolve) notice
w = dt(2025, 5, 20, 2, 50, 1, UTC)
t = f"""Hello,

We haven't yet received the details requested on May 17 for case {CASE_C}.

Without a reply in the Support Center, this case will be resolved automatically in 3 days.
A resolved case can be reopened from the Support Center for 14 days.

Amazon Web Services

{con_foot}
"""
add("C-closing", "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning; the reply must go through the Support Center.",
    ses_headers(ME_P, w, 50)
    + std(addr("Amazon Web Services", NOREPLY), ME_P,
          f"RE:[CASE {CASE_C}] SAP-C02 result not showing in certification account", w, mid_ses(50),
          irt=MID["C-ask"], refs=[MID["C-ack"], MID["C-ask"]]),
    alt_of(t, b_ses(50)))
MID["C-closing"] = mid_ses(50)

# ---- 051  case F: info needed (no 'please')
w = dt(2025, 5, 20, 5, 31, 47, UTC)
t = f"""Hello Daichi,

I'm Chen and I'll be handling your voucher case.

Vouchers bought through Skill Builder are tied to the buyer's account and to one exam
family, so "not valid" usually means one of those two doesn't match. To look this up we'll
need the order number from the purchase receipt and the last four characters of the voucher
code. Which exam were you trying to book when the error appeared?

Chen L.
AWS Training and Certification Customer Support
"""
add("F-ask", "info_request", True, CASE_F, [],
    "Request without 'please': 'we'll need ...' plus a direct question at the end.",
    ses_headers(ME_P, w, 51)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification-exam-vouchers", w,
          mid_ses(51), irt=MID["F-ack"], refs=[MID["F-ack"]]),
    alt_of(t, b_ses(51)))
MID["F-ask"] = mid_ses(51)
F_ASK_TEXT = t

# ---- 052  console case C resolved
w = dt(2025, 5, 21, 0, 10, 33, UTC)
t = f"""Hello,

Thank you for adding the registration number. Our testing partner had filed your attempt
under a profile with a different spelling of your name (Daiti). It is now linked to
{CID_ME}, and the result shows in Exam history.

I'm marking this case resolved. If anything is still missing you can reopen it from the
Support Center within 14 days.

Best regards,
Andrés P.
Amazon Web Services

Your opinion matters to us: rate this reply with the links below.
  Excellent  https://console.aws.amazon.com/support/feedback?c={CASE_C}&r=5
  Poor       https://console.aws.amazon.com/support/feedback?c={CASE_C}&r=1

{con_foot}
"""
add("C-resolved", "resolved", False, CASE_C, [CID_ME],
    "Console case resolved (the owner answered in the console, so no mail from them); rating links and reopen wording.",
    ses_headers(ME_P, w, 52)
    + std(addr("Amazon Web Services", NOREPLY), ME_P,
          f"RE:[CASE {CASE_C}] SAP-C02 result not showing in certification account", w, mid_ses(52),
          irt=MID["C-closing"], refs=[MID["C-ack"], MID["C-ask"], MID["C-closing"]]),
    alt_of(t, b_ses(52)))

# ---- 053  CertMetrics: new certification
w = dt(2025, 5, 20, 19, 40, 0, CDT)
t = f"""Congratulations, Daichi!

You are now AWS Certified Solutions Architect - Professional.

Certification date: May 13, 2025
Expiration date: May 13, 2028
Validation number: 8ZB1MCW2HNE4QJ3P
Candidate ID: {CID_ME}

Download your certificate and see your benefits in your AWS Certification account. A digital
badge will follow by email from Credly.

AWS Certification
"""
add("cm-sap", "certification", False, None, [CID_ME],
    "New certification notice (validation number, candidate ID); arrives minutes after the console case is resolved.",
    ["Return-Path: <bounce-" + h8(53, 10) + "@certmetrics.com>",
     recv_gmail("mta-112.certmetrics.com", "198.21.6.112", ME_P, w),
     auth_gmail("certmetrics.com", "certmetrics.com", "198.21.6.112", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("AWS Certification", CERTM), ME_P, "Congratulations on earning your AWS Certification!", w,
          mid_other(53, "certmetrics.com")),
    alt_of(t, "b1_" + h8("cm53", 24)))

# ---- 054  Credly SAP badge
w = dt(2025, 5, 21, 1, 15, 7, UTC)
t = """Daichi, you've earned a badge!

Amazon Web Services Training and Certification issued you:
AWS Certified Solutions Architect - Professional

Accept your badge: https://www.credly.com/badges/c0a8e1f2-6b3d-4a9e-b7c5-1d2e3f405162/accept

Credly by Pearson
"""
add("credly-sap", "badge", False, None, [],
    "Credly badge for the new certification.",
    ["Return-Path: <bounces+2281934-" + h8(54, 6) + "@email.credly.com>",
     recv_gmail("o3.email.credly.com", "167.89.101.25", ME_P, w),
     auth_gmail("credly.com", "email.credly.com", "167.89.101.25", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Credly", CREDLY), ME_P, "You've earned a badge from Amazon Web Services Training and Certification", w,
          mid_other(54, "geopod-ismtpd-2.credly.com")),
    alt_of(t, b_gmail(540)))

# ---- 055  console case C survey
w = dt(2025, 5, 23, 4, 0, 0, UTC)
hh = f"""<p>Hello,</p>
<p>Your recent support case <b>{CASE_C}</b> has been resolved. How would you rate your experience with AWS Support?</p>
<p><a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&amp;s=5">Very good</a> &middot;
<a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&amp;s=4">Good</a> &middot;
<a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&amp;s=3">Fair</a> &middot;
<a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&amp;s=2">Poor</a> &middot;
<a href="https://console.aws.amazon.com/support/survey?c={CASE_C}&amp;s=1">Very poor</a></p>
<p>Your feedback helps us improve. This mailbox does not receive messages.</p>
<p>Amazon Web Services</p>"""
add("C-survey", "survey", False, CASE_C, [],
    "Console support survey (multipart, HTML with rating links).",
    ses_headers(ME_P, w, 55)
    + std(addr("Amazon Web Services", NOREPLY), ME_P, f"How was your experience with AWS Support? (Case {CASE_C})", w, mid_ses(55)),
    multi("alternative", [leaf(f"Your recent support case {CASE_C} has been resolved. Rate your experience with AWS Support:\n"
                               f"https://console.aws.amazon.com/support/survey?c={CASE_C}\n\nAmazon Web Services\n",
                               "plain", "utf-8", "7bit"),
                          leaf(html_page(hh), "html", "utf-8", "quoted-printable")], b_ses(55)))

# ---- 056  phishing with dmarc=fail on amazon.com
w = dt(2025, 5, 26, 11, 37, 2, UTC)
t = f"""Hello,

Your certification account merge has been processed, but one last step is required before
your certifications become visible again.

Please sign in and re-confirm your login details within 48 hours:
https://aws-training.account-verify-center.com/signin?ref=174621508800431

If the step is not completed, the merged account and all certifications will be removed.

Regards,
AWS Training and Certification Customer Support
"""
add("phish-dmarc", "suspicious", False, None, [],
    "Looks exactly like case mail (real From address, RE:[CASE ...] form subject with a 15-digit number) but DKIM, SPF and DMARC fail for amazon.com; link to a foreign domain.",
    ["Return-Path: <bounce@mx7.sendmail-fast.top>",
     recv_gmail("mx7.sendmail-fast.top", "45.146.164.77", ME_P, w),
     auth_gmail("amazon.com", "mx7.sendmail-fast.top", "45.146.164.77", dkim=("fail",), spf="fail",
                dmarc="fail", policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE")]
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE 174621508800431] {SUBJ_FORM}", w, mid_other(56, "mx7.sendmail-fast.top")),
    alt_of(t, b_ses(56)))

# ---- 057  console case about an EC2 quota (not T&C) asking for details
w = dt(2025, 5, 27, 1, 22, 40, UTC)
t = f"""Hello,

Thank you for your request to raise the Running On-Demand Standard instances quota in
ap-northeast-1 to 256 vCPUs.

To review it we need a short description of the workload, the instance types you expect to
use, and whether the capacity is needed all the time or only for peaks. Please reply to this
case in the Support Center with these details.

Best regards,
Keisha M.
Amazon Web Services

To view this case or add a reply, sign in to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=14270842316&language=en

This mailbox does not receive messages; replies sent to it are not delivered to AWS Support.
[AWS ID 209384756120]
"""
add("quota", "unrelated", False, None, [],
    "Console support case with a real request, same sender and template as the certification console case, but about an EC2 quota: not a Training and Certification case.",
    ses_headers(ME_P, w, 57)
    + std(addr("Amazon Web Services", NOREPLY), ME_P, "RE:[CASE 14270842316] Limit Increase: EC2 Instances", w, mid_ses(57)),
    alt_of(t, b_ses(57)))

# ---- 058  case F closed for no answer
w = dt(2025, 5, 27, 6, 0, 12, UTC)
t = f"""Hello Daichi,

We closed case {CASE_F} today because we had no answer to our message of May 20.

If you still need help with the voucher, reply to this email within 14 days and the case will
reopen with your reply attached. After that, please submit a new request.

AWS Training and Certification Customer Support

{quote(F_ASK_TEXT)}
"""
add("F-closed", "closing_notice", True, CASE_F, [],
    "Closing notice in the past tense ('we closed ... today'); an answer reopens it. Quoted request underneath.",
    ses_headers(ME_P, w, 58)
    + std(addr(TC_NAME, TC), ME_P, f"RE:[CASE {CASE_F}] [AWS Training and Certification Form Submission] - certification-exam-vouchers", w,
          mid_ses(58), irt=MID["F-ask"], refs=[MID["F-ack"], MID["F-ask"]]),
    leaf(t, "plain", "utf-8", "quoted-printable"))

# ---- 059  case D acknowledgement (ISO-2022-JP)
w = dt(2025, 6, 2, 0, 31, 40, UTC)
t = f"""黒岩 大地 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でお問い合わせを承りました。

ケース ID: {CASE_D}
お問い合わせタイプ: 認定
その他の詳細: 氏名の変更
候補ID: {CID_ME}
お問い合わせ内容:
  認定アカウントの氏名が「Daiti Kuroiwa」になっています。パスポートと同じ
  「Daichi Kuroiwa」に修正をお願いします。

通常、1営業日以内に担当者よりご連絡いたします。
同一の内容で複数のケースを作成されますと、回答が遅れる場合がございますのでご注意ください。

AWS トレーニングと認定 カスタマーサポート
"""
add("D-ack", "acknowledgement", False, CASE_D, [CID_ME],
    "Japanese acknowledgement in ISO-2022-JP (subject and body); the echoed form text contains 'お願いします' from the owner.",
    ses_headers(ME_P, w, 59)
    + std(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          f"[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_ses(59),
          subj_charset="iso-2022-jp"),
    leaf(t, "plain", "iso-2022-jp", "7bit"))
MID["D-ack"] = mid_ses(59)

# ---- 060  case D: request (Shift_JIS, keigo)
w = dt(2025, 6, 3, 5, 5, 18, UTC)
t = """黒岩様

お世話になっております。AWS トレーニングと認定サポートの山本でございます。

認定アカウントのお名前の修正につきまして、ご本人様確認のため、
お手数ではございますが以下の2点をご返信いただけますでしょうか。

1. パスポート等の公的身分証明書に記載されているとおりのローマ字氏名
2. 修正対象の認定アカウントにご登録のメールアドレス

なお、身分証明書の画像をお送りいただく必要はございません。
ご確認のほど、よろしくお願いいたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
add("D-ask", "info_request", True, CASE_D, [],
    "Japanese keigo request (〜いただけますでしょうか, ご確認のほどよろしくお願いいたします) in Shift_JIS base64; a 'no need to send' sentence next to it.",
    ses_headers(ME_P, w, 60)
    + std(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          f"RE:[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_ses(60),
          irt=MID["D-ack"], refs=[MID["D-ack"]], subj_charset="iso-2022-jp"),
    leaf(t, "plain", "shift_jis", "base64"))
MID["D-ask"] = mid_ses(60)
D_ASK_TEXT = t

# ---- 061  case D: closing notice (Japanese, plain 〜ください)
w = dt(2025, 6, 6, 0, 12, 9, UTC)
t = f"""黒岩様

AWS トレーニングと認定サポートでございます。

6月3日にお送りしたご本人様確認のご依頼について、まだご返信を確認できておりません。
6月9日(月)までにご返信がない場合、本ケース({CASE_D})はクローズいたします。
引き続き対応をご希望の場合は、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
"""
add("D-closing", "closing_notice", True, CASE_D, [],
    "Japanese closing notice with a date and a plain 〜ください (UTF-8 QP, multipart).",
    ses_headers(ME_P, w, 61)
    + std(addr("AWS トレーニングと認定", TC), ME_P,
          f"RE:[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_ses(61),
          irt=MID["D-ask"], refs=[MID["D-ack"], MID["D-ask"]]),
    alt_of(t, b_ses(61), lang="ja"))
MID["D-closing"] = mid_ses(61)

# ---- 062  owner answers case D (ISO-2022-JP, Japanese Gmail quote header)
w = dt(2025, 6, 6, 12, 40, 31)
t = f"""山本様

ご連絡が遅くなり申し訳ありません。

1. DAICHI KUROIWA
2. {ME_P} (候補ID: {CID_ME})

よろしくお願いいたします。
黒岩 大地

2025年6月3日(火) 14:05 AWS トレーニングと認定 <{TC}>:
{quote(D_ASK_TEXT)}
"""
add("D-reply", "user_reply", False, CASE_D, [CID_ME],
    "Owner's Japanese answer in ISO-2022-JP replying to the request (not to the closing notice); quotes the keigo request.",
    std(addr("黒岩 大地", ME_P, "iso-2022-jp"), TC,
        f"Re: RE:[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_gmail(62),
        irt=MID["D-ask"], refs=[MID["D-ack"], MID["D-ask"]], subj_charset="iso-2022-jp"),
    leaf(t, "plain", "iso-2022-jp", "7bit"))
MID["D-reply"] = mid_gmail(62)
D_REPLY_TEXT = t

# ---- 063  case D: passed to the team (Japanese)
w = dt(2025, 6, 9, 2, 2, 50, UTC)
t = """黒岩様

ご返信いただき、ありがとうございます。
いただいた内容をもとに、氏名の修正を担当チームへ依頼いたしました。
反映までに数営業日かかる場合がございます。

現時点で、お客様に追加でご対応いただくことはございません。
完了しましたら、あらためてご連絡いたします。

山本
AWS トレーニングと認定 カスタマーサポート
"""
add("D-update", "case_update", False, CASE_D, [],
    "Japanese update: sent to another team, explicitly nothing to do.",
    ses_headers(ME_P, w, 63)
    + std(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          f"RE:[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_ses(63),
          irt=MID["D-reply"], refs=[MID["D-ack"], MID["D-ask"], MID["D-reply"]], subj_charset="iso-2022-jp"),
    leaf(t, "plain", "iso-2022-jp", "7bit"))
MID["D-update"] = mid_ses(63)

# ---- 064  CertMetrics recertification
w = dt(2025, 6, 9, 10, 0, 0, CDT)
t = f"""Hi Daichi,

You've recertified AWS Certified Developer - Associate by passing a qualifying exam.

New expiration date: May 13, 2028
Candidate ID: {CID_ME}

Your updated certificate is available in your AWS Certification account.

AWS Certification
"""
add("cm-recert", "certification", False, None, [CID_ME],
    "Recertification notice.",
    ["Return-Path: <bounce-" + h8(64, 10) + "@certmetrics.com>",
     recv_gmail("mta-112.certmetrics.com", "198.21.6.112", ME_P, w),
     auth_gmail("certmetrics.com", "certmetrics.com", "198.21.6.112", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("AWS Certification", CERTM), ME_P, "You have recertified your AWS Certification", w,
          mid_other(64, "certmetrics.com")),
    alt_of(t, "b1_" + h8("cm64", 24)))

# ---- 065  case D resolved (Japanese; quotes the request; conditional invitation)
w = dt(2025, 6, 11, 6, 30, 4, UTC)
t = f"""黒岩様

お待たせいたしました。
認定アカウントのお名前を「Daichi Kuroiwa」に修正いたしました。

認定証を再度ダウンロードいただくと、新しい表記で発行されます。
Credly のデジタルバッジは24時間以内に更新される予定です。

その他ご不明な点がございましたら、本メールにご返信ください。

山本
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
{quote(D_REPLY_TEXT)}
"""
hj = text_to_html(t)
add("D-resolved", "resolved", False, CASE_D, [],
    "Japanese resolution (ISO-2022-JP plain + UTF-8 HTML) with a conditional 〜がございましたら invitation; the owner's answer and the original keigo request are quoted below.",
    ses_headers(ME_P, w, 65)
    + std(addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
          f"RE:[CASE {CASE_D}] [AWS トレーニングと認定フォームの送信] - certification", w, mid_ses(65),
          irt=MID["D-update"], refs=[MID["D-ack"], MID["D-ask"], MID["D-reply"], MID["D-update"]], subj_charset="iso-2022-jp"),
    multi("alternative", [leaf(t, "plain", "iso-2022-jp", "7bit"),
                          leaf(html_page(hj, "ja"), "html", "utf-8", "quoted-printable")], b_ses(65)))

# ---- 066  case D survey (Japanese)
w = dt(2025, 6, 12, 1, 0, 0, UTC)
t = f"""黒岩 大地 様

先日はAWS トレーニングと認定サポートをご利用いただき、ありがとうございました。
ケース {CASE_D} の対応について、簡単なアンケートにご協力いただけますと幸いです。
(所要時間は1分程度です)

アンケートに回答する:
https://survey.amazon-tc.qualtrics.com/jfe/form/SV_tcja?c={CASE_D}

※本メールは送信専用のため、ご返信いただいてもお答えできません。

AWS トレーニングと認定
"""
add("D-survey", "survey", False, CASE_D, [],
    "Japanese survey request for the name case ('ご協力いただけますと幸いです' reads like a request).",
    ses_headers(ME_P, w, 66)
    + std(addr("AWS トレーニングと認定", TC), ME_P, f"【アンケートのお願い】ケース {CASE_D} のサポートについて", w,
          mid_ses(66)),
    alt_of(t, b_ses(66), cte="base64", lang="ja"))

# ---- 067  Credly badge updated (name)
w = dt(2025, 6, 12, 3, 44, 18, UTC)
t = """Hi Daichi,

Amazon Web Services Training and Certification has updated 3 of your badges. The recipient
name now reads "Daichi Kuroiwa".

View your badges: https://www.credly.com/users/daichi-kuroiwa/badges

Credly by Pearson
"""
add("credly-upd", "badge", False, None, [],
    "Credly notice that badges were updated after the name correction.",
    ["Return-Path: <bounces+2281934-" + h8(67, 6) + "@email.credly.com>",
     recv_gmail("o3.email.credly.com", "167.89.101.25", ME_P, w),
     auth_gmail("credly.com", "email.credly.com", "167.89.101.25", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Credly", CREDLY), ME_P, "Your badges from Amazon Web Services Training and Certification were updated", w,
          mid_other(67, "geopod-ismtpd-4.credly.com")),
    alt_of(t, b_gmail(670)))

# ---- 068  exam-vendor lookalike phishing
w = dt(2025, 6, 13, 7, 19, 55, UTC)
t = f"""Dear Candidate,

Our records show an unpaid balance for your recent AWS Certification exam appointment
(Registration 482917365). To avoid cancellation of your exam result and certification,
update your payment details within 24 hours:

https://pearsonvue-candidate.com/billing/update?reg=482917365

Candidate ID: {CID_ME}

Pearson VUE Candidate Services
"""
add("phish-pv", "suspicious", False, None, [CID_ME],
    "Exam-vendor lookalike (pearsonvue-candidate.com) demanding payment, with the real registration and candidate IDs (so the candidate ID is still listed).",
    ["Return-Path: <billing@pearsonvue-candidate.com>",
     recv_gmail("smtp.pearsonvue-candidate.com", "193.29.13.201", ME_P, w),
     auth_gmail("pearsonvue-candidate.com", "pearsonvue-candidate.com", "193.29.13.201", dkim=("none",),
                spf="softfail", dmarc="none", policy="p=NONE sp=NONE dis=NONE")]
    + std(addr("Pearson VUE", "billing@pearsonvue-candidate.com"), ME_P, "Action required: payment issue with your exam appointment", w,
          mid_other(68, "pearsonvue-candidate.com")),
    leaf(t, "plain", "utf-8", "7bit"))

# ---- 069  GitHub issue closed as duplicate
w = dt(2025, 6, 13, 2, 55, 41, PDT)
t = """Closed #23 as duplicate of #18.

@dkuroiwa this is the same case as #18 (cert expiry dates off by one day); let's keep the
discussion there. Could you add your repro steps to #18 when you get a chance?

—
Reply to this email directly, view it on GitHub:
https://github.com/shirakaba-cloud/cert-tracker/issues/23#event-18003920117
You are receiving this because you were mentioned.
"""
add("gh-dup", "unrelated", False, None, [],
    "GitHub: issue closed as a duplicate, with a request to the owner; words 'case', 'duplicate', 'closed', 'cert' but nothing to do with support.",
    ["Return-Path: <noreply@github.com>",
     recv_gmail("out-25.smtp.github.com", "192.30.252.208", ME_P, w),
     auth_gmail("github.com", "github.com", "192.30.252.208", policy="p=REJECT sp=REJECT dis=NONE")]
    + std(addr("Ryo Matsuda", "notifications@github.com"), "shirakaba-cloud/cert-tracker <cert-tracker@noreply.github.com>",
          "Re: [shirakaba-cloud/cert-tracker] Expiry date shown one day early (Issue #23)", w,
          "<shirakaba-cloud/cert-tracker/issues/23/issue_event/18003920117@github.com>",
          cc="Daichi Kuroiwa <mention@noreply.github.com>",
          irt="<shirakaba-cloud/cert-tracker/issues/23@github.com>", refs=["<shirakaba-cloud/cert-tracker/issues/23@github.com>"],
          extra=["List-ID: shirakaba-cloud/cert-tracker <cert-tracker.shirakaba-cloud.github.com>",
                 "X-GitHub-Reason: mention", "Precedence: list", "Delivered-To: " + ME_P]),
    multi("alternative", [leaf(t, "plain", "utf-8", "quoted-printable"),
                          leaf(html_page(text_to_html(t)), "html", "utf-8", "quoted-printable")], "--==_mimepart_" + h8(69, 20)))


# ======================================================================== write
def ordered():
    from email.utils import parsedate_to_datetime
    def when(m):
        for h in m["headers"]:
            if h.startswith("Date: "):
                return parsedate_to_datetime(h[6:])
        raise ValueError(m["key"])
    return sorted(MSGS, key=when)


def main():
    for name in os.listdir(OUT):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(OUT, name))
    counts = Counter()
    for i, m in enumerate(ordered(), 1):
        data = build(m)
        n = "%03d" % i
        with open(os.path.join(OUT, n + "-msg.eml"), "wb") as f:
            f.write(data)
        label = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, n + "-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        counts[m["kind"]] += 1
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(1 for m in MSGS if m["needs"])))


if __name__ == "__main__":
    if "--table" in sys.argv:
        for i, m in enumerate(ordered(), 1):
            print("| %03d | %s | %s | %s |" % (i, m["kind"], "yes" if m["needs"] else "no", m["note"]))
    else:
        main()
