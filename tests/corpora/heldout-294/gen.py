#!/usr/bin/env python3
"""Generate the blind-294 corpus: NNN-msg.eml + NNN-msg.json, and README.md.
Standard library only. Run from anywhere: files are written next to this script."""
import base64, hashlib, json, os, quopri, re, sys
from collections import Counter, OrderedDict
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.arakawa.jp@gmail.com"
ME_C = "k.arakawa@tsubame-cloudworks.co.jp"
ME_NAME = "Kenta Arakawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_X = "13198457201"        # 2023, 11 digits, duplicate accounts on one address
CASE_A = "174398707200513"    # 2025, 15 digits, company -> personal merge, APN hold, reopened for voucher
CASE_B = "174398734000871"    # 2025, 15 digits, duplicate form of CASE_A
CASE_C = "5519327740"         # 2025 console case, 10 digits, voucher not applied at checkout
CASE_D = "174953280300264"    # 2025, 15 digits, name correction on certification record
CASE_EDU = "174546060000192"  # AWS Educate form case (other programme)
FAKE = "174412866000377"      # number used by a spoofed mail

TC_SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
BY_KEY = {}


def h(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def hdr(value, charset="utf-8"):
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
        return formataddr((name, email), charset=charset)


def text_to_html(text):
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines if l.strip()):
            inner = "\n".join(re.sub(r"^> ?", "", l) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + text_to_html(inner) + "</blockquote>")
        else:
            out.append("<div>" + "<br>\n".join(escape(l) for l in lines) + "</div><div><br></div>")
    return "\n".join(out)


def wrap_html(inner, lang="en"):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n' % (lang, inner))


def encode_part(ctype, text, charset, cte):
    """Return (headers list, body str) for one leaf part."""
    if charset.lower() == "iso-2022-jp":
        data = text.encode("iso-2022-jp")
        if cte == "base64":
            body = base64.encodebytes(data).decode("ascii")
        else:
            cte = "7bit"
            body = data.decode("ascii")
    else:
        data = text.encode(charset)
        if cte == "base64":
            body = base64.encodebytes(data).decode("ascii")
        elif cte == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
        else:
            try:
                body = data.decode("ascii")
                cte = "7bit"
            except UnicodeDecodeError:
                body = data.decode(charset)
                cte = "8bit"
    hs = [("Content-Type", '%s; charset="%s"' % (ctype, charset)), ("Content-Transfer-Encoding", cte)]
    return hs, body


def gmail_auth(domain, mailfrom, ok=True, note=""):
    sel = "224i4yxa5dv7c2xz3womw6peuasteono" if domain == "amazon.com" else "s" + h(domain, 6)
    if ok:
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (domain, sel, h(domain + mailfrom, 8), mailfrom, len(domain) % 40, len(mailfrom) * 3 % 250, mailfrom, domain))
    return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=fail (google.com: domain of %s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (domain, sel, h(note + domain, 8), mailfrom, mailfrom, domain))


def m365_auth(domain, ok=True):
    if ok:
        return ("spf=pass (sender IP is 54.240.48.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (len(domain) * 7 % 250, domain, domain, domain))
    return ("spf=fail (sender IP is 45.133.1.77) smtp.mailfrom=%s; dkim=none (message not signed)\n"
            " header.d=none;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (domain, domain))


def msgid_for(key, style, date):
    x = h(key, 32)
    if style == "ses":
        return "<0100%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (x[:12], x[12:16], x[16:20], x[20:24], x[24:32] + "abcd")
    if style == "gmail":
        return "<CAF%s%s@mail.gmail.com>" % (base64.b32encode(bytes.fromhex(x)).decode().rstrip("=").lower()[:22], x[:10].upper())
    if style == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4].upper(), x[4:24].upper(), x[:4].upper())
    if style == "github":
        return "<kenta-arakawa/%s/pull/%s@github.com>" % (key.split(":")[0], key.split(":")[-1])
    return "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), x[:20], style)


def add(key, kind, reply, case, cands, *, frm, to, subj, date, text=None, html=None, html_only=False,
        charset="utf-8", cte="quoted-printable", mid_style="ses", reply_to=None, auth=None,
        extra=(), crlf=False, note="", what="", lang="en", raw_body=None, cc=None, received=True, alt=False):
    d = when(date)
    mid = msgid_for(key, mid_style, d)
    headers = []
    sender_domain = re.search(r"@([^>]+)>?$", frm).group(1).lower()
    incoming = not (ME_P in frm or ME_C in frm)
    to_addr = re.search(r"[\w.+-]+@[\w.-]+", to).group(0)
    if incoming:
        rp = extra_rp = None
        for k, v in extra:
            if k == "Return-Path":
                extra_rp = v
        rp = extra_rp or ("<0100%s@amazonses.com>" % h(key, 20) if sender_domain.endswith("amazon.com")
                          else "<bounces+%s@%s>" % (h(key, 8), sender_domain))
        if not extra_rp:
            headers.append(("Return-Path", rp))
        if to_addr == ME_P:
            headers.append(("Delivered-To", ME_P))
        if received:
            if to_addr == ME_P:
                headers.append(("Received", "from %s (%s [54.240.8.%d])\n        by mx.google.com with ESMTPS id %s\n"
                                "        for <%s>;\n        %s" % ("a8-%d.smtp-out.amazonses.com" % (len(key) * 11 % 99) if "amazon" in sender_domain else "mail." + sender_domain,
                                                                  "mail." + sender_domain, len(key) * 5 % 250, h(key + "r", 18), ME_P, format_datetime(d))))
            else:
                headers.append(("Received", "from OS0P286MB0%s.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::8) by\n"
                                " TYCPR01MB8%s.jpnprd01.prod.outlook.com with HTTPS; %s" % (h(key, 3).upper(), h(key, 2), h(key, 3).upper(), format_datetime(d))))
        if auth is not None:
            headers.append(("Authentication-Results", auth))
        elif to_addr == ME_P:
            mf = rp.strip("<>")
            headers.append(("Authentication-Results", gmail_auth(sender_domain if not sender_domain.endswith("amazon.com") else "amazon.com", mf)))
        else:
            headers.append(("Authentication-Results", m365_auth(sender_domain)))
    headers += [("Message-ID", mid), ("Date", format_datetime(d)), ("From", frm), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers.append(("Subject", hdr(subj, "iso-2022-jp" if charset.lower() == "iso-2022-jp" else "utf-8")))
    if reply_to:
        parent = BY_KEY[reply_to]
        refs = (parent["refs"] + " " if parent["refs"] else "") + parent["mid"]
        headers.append(("In-Reply-To", parent["mid"]))
        headers.append(("References", "\n ".join(refs.split())))
    else:
        refs = ""
    headers.append(("MIME-Version", "1.0"))
    for k, v in extra:
        if k == "Return-Path":
            headers.insert(0, (k, v))
        else:
            headers.append((k, v))

    boundary = "----=_Part_%s" % h(key + "b", 20)
    if raw_body is not None:
        ctype_hdrs, body = raw_body
    elif html_only:
        hs, b = encode_part("text/html", html, charset, cte)
        ctype_hdrs, body = hs, b
    elif html is not None or alt:
        hs1, b1 = encode_part("text/plain", text, charset, cte)
        hs2, b2 = encode_part("text/html", html if html else wrap_html(text_to_html(text), lang), charset, cte)
        ctype_hdrs = [("Content-Type", 'multipart/alternative; boundary="%s"' % boundary)]
        parts = []
        for hs, b in ((hs1, b1), (hs2, b2)):
            parts.append("--%s\n%s\n\n%s" % (boundary, "\n".join("%s: %s" % kv for kv in hs), b.rstrip("\n")))
        body = "This is a multi-part message in MIME format.\n\n" + "\n".join(parts) + "\n--%s--\n" % boundary
    else:
        ctype_hdrs, body = encode_part("text/plain", text, charset, cte)
    headers += ctype_hdrs
    raw = "\n".join("%s: %s" % kv for kv in headers) + "\n\n" + body
    if not raw.endswith("\n"):
        raw += "\n"
    nl = "\r\n" if crlf else "\n"
    raw = raw.replace("\r\n", "\n").replace("\n", nl)
    enc = "utf-8"
    rec = dict(key=key, kind=kind, needs_reply=reply, case=case, cands=cands, raw=raw.encode(enc),
               mid=mid, refs=refs, text=text, what=what, note=note)
    MSGS.append(rec)
    BY_KEY[key] = rec
    return rec


def gq(line, text):
    """Gmail-style quote."""
    return line + "\n" + "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def oq(frm, sent, to, subj, text):
    """Outlook-style quote (no prefix)."""
    return ("\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, text.strip("\n")))


def sq(who, date, text):
    """Quote style used by the AWS T&C form tool."""
    return "\n\n-------- Original Message --------\nFrom: %s\nSent: %s\n\n%s" % (who, date, text.strip("\n"))


TCN = "AWS Training and Certification"
F_TC = addr(TCN, TC)
F_NR = addr("Amazon Web Services", NOREPLY)
F_ME_P = addr(ME_NAME, ME_P)
F_ME_C = addr("Arakawa Kenta (荒川 健太)", ME_C)


# =====================================================================================
# 2023 — case X (11 digits): two certification accounts on one address, Credly not syncing
# =====================================================================================

add("pvue-2023", "unrelated", False, None, ["AWS02283914"],
    frm=addr("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=F_ME_P,
    subj="Pearson VUE Confirmation of Booking", date="2023-09-18 06:14:09 +0000", alt=True, crlf=True,
    mid_style="pearson.com",
    text="""Dear Kenta Arakawa,

Thank you for scheduling your exam with Pearson VUE. Keep this e-mail for your records.

Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Delivery: OnVUE online proctored
Appointment: Wednesday, October 4, 2023, 10:00 AM Asia/Tokyo
Registration ID: 482913067
Candidate ID: AWS02283914

Check in can start 30 minutes before the appointment. Run the system test on the computer you will use
on exam day. To reschedule or cancel, sign in to your profile at least 24 hours before the appointment;
changes made later than that forfeit the exam fee.

Sincerely,
Pearson VUE
""",
    what="Pearson VUE booking for an AWS exam", note="exam vendor, 9-digit registration ID next to a candidate ID; not a case")

add("bill-2023-09", "unrelated", False, None, [],
    frm=addr("Amazon Web Services", "aws-billing@amazon.com"), to=F_ME_P,
    subj="Amazon Web Services Billing Statement Available [Account: 318274650912]", date="2023-10-03 03:20:45 +0000",
    cte="7bit",
    text="""Greetings from Amazon Web Services,

Your AWS statement for the billing period September 1 - September 30, 2023 is now available in the
Billing and Cost Management console.

Account ID: 318274650912
Total: USD 4.87

To see the itemised charges, sign in and open Bills. You are receiving this message because you are the
root user of the account. This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Ave. North, Seattle, WA 98109-5210.
""",
    what="AWS monthly bill notice", note="amazon.com sender, 12-digit account number in subject")

add("cm-pass-2023", "certification", False, None, ["AWS02283914"],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="Congratulations, you passed: AWS Certified Solutions Architect - Professional", date="2023-10-05 21:02:11 +0000",
    html_only=True, mid_style="certmetrics.com",
    html=wrap_html("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:18px">AWS Certification</td></tr>
<tr><td style="padding:20px">
<p>Hello Kenta,</p>
<p>Your result for <b>AWS Certified Solutions Architect - Professional</b> (exam taken 4 October 2023) is in, and you passed. Well done!</p>
<p>Candidate ID: <b>AWS02283914</b><br>Validation number: 8QW2R4KLD1E4QF3N<br>Valid through: 4 October 2026</p>
<p>Your score report, certificate and benefits are in your AWS Certification Account. A digital badge invitation from Credly follows within five business days.</p>
<p>The AWS Certification team</p>
</td></tr></table>"""),
    what="exam pass notice from CertMetrics", note="HTML only; certificate mail, not a case")

ack_x = """荒川 健太 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、以下のとおりケースを作成いたしました。

  ケース ID: 13198457201
  お問い合わせタイプ: 認定
  その他の詳細: アカウントの統合
  受付日時: 2023/10/09 22:47 (JST)

担当者からのご連絡まで、通常 1 営業日ほどお時間をいただいております。調査の内容によっては、さらにお時間を頂戴する場合がございます。

同じ内容のお問い合わせをフォームから重ねて送信されますと、別のケースとして扱われ、かえって回答が遅れることがございます。補足事項がございましたら、このメールへの返信でお知らせください。

AWS トレーニングと認定 カスタマーサポート
"""
add("x-ack", "acknowledgement", False, CASE_X, [],
    frm=F_TC, to=F_ME_P, subj="[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-09 13:48:02 +0000",
    text=ack_x, charset="iso-2022-jp", lang="ja",
    what="case X acknowledgement in Japanese", note="ISO-2022-JP; '補足事項がございましたら…返信' is conditional")

add("connpass-2023", "unrelated", False, None, [],
    frm=addr("connpass", "no-reply@connpass.com"), to=F_ME_P,
    subj="【connpass】「JAWS-UG 東京 #58 認定資格LT大会」への参加登録が完了しました", date="2023-10-10 09:31:40 +0000",
    alt=True, cte="base64", lang="ja", mid_style="connpass.com",
    text="""荒川 健太 さん

以下のイベントへの参加登録が完了しました。

イベント: JAWS-UG 東京 #58 認定資格LT大会
日時: 2023/10/26(木) 19:00 〜 21:00
会場: オンライン (YouTube Live)
受付番号: 2011894

登録内容の確認・キャンセルはイベントページから行えます。
当日の URL は開始 1 時間前にお送りします。

connpass
""",
    what="community event registration", note="Japanese, base64 multipart; mentions certification")

req_x = """Hello Kenta,

Thanks for getting in touch about your certification profiles.

I searched our records for kenta.arakawa.jp@gmail.com and two separate certification accounts come back
under that one address. Both of them have exam activity on them, so before anything is combined I have to
be certain which record is which.

Every certification account shows its candidate ID (the letters AWS followed by eight digits) in the top
right corner once you are signed in. Sign in to each account in turn and send me both IDs, together with
the name of the most recent exam you took on each of them.

Best regards,
Marisol D.
AWS Training and Certification Customer Support
"""
add("x-req", "info_request", True, CASE_X, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-11 07:42:19 +0000",
    text=req_x, reply_to="x-ack",
    what="agent asks for both candidate IDs and latest exams", note="request is an imperative without 'please', after an explanation")

close_x = """Hello,

This is a follow-up on case 13198457201. On 11 October we asked for some details that we need in order to
continue, and we have not received them yet.

The case will be closed automatically if no reply arrives within the next 72 hours. Answering this
message keeps it open; if it has already been closed by then, your answer re-opens it.

Regards,
AWS Training and Certification Customer Support"""
add("x-close", "closing_notice", True, CASE_X, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-14 01:05:33 +0000",
    text=close_x + sq("Marisol D.", "Wed, 11 Oct 2023 07:42 UTC", req_x), cte="7bit", crlf=True, reply_to="x-req",
    what="72-hour closing notice over quoted request", note="no explicit question of its own; CRLF")

rep_x = """Hi Marisol,

Sorry for the slow reply. Here are the two IDs:

- AWS02283914 : last exam SAP-C02 on 4 Oct 2023 (passed)
- AWS07710356 : last exam CLF-C01 in March 2021. I think this one was created by mistake when the
  Amazon-account sign-in was retired.

The first one is the one I actually use.

Thanks,
Kenta Arakawa

"""
add("x-rep1", "user_reply", False, CASE_X, ["AWS02283914", "AWS07710356"],
    frm=F_ME_P, to=F_TC, subj="Re: RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-14 21:03:57 +0900",
    mid_style="gmail", alt=True, reply_to="x-close",
    text=rep_x + gq("2023年10月14日(土) 10:05 AWS Training and Certification <%s>:" % TC, close_x),
    what="owner sends the two candidate IDs", note="owner's own mail; Japanese Gmail quote header")

upd_x = """Hi Kenta,

Thank you for the candidate IDs; that is exactly what was missing.

Combining two records that share one e-mail address has to be carried out by our certification
operations team rather than by front-line support, so I have handed your case over to them. They are
working through a larger queue than usual this week and it may take several days before they reach it.
You will hear from them on this same thread.

Kind regards,
Marisol D.
AWS Training and Certification Customer Support
"""
add("x-upd", "case_update", False, CASE_X, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-16 05:51:00 +0000",
    text=upd_x + sq("kenta.arakawa.jp@gmail.com", "Sat, 14 Oct 2023 12:03 UTC", rep_x), reply_to="x-rep1",
    what="handed to operations team, backlog", note="candidate IDs appear only in the quoted reply")

add("gh-2023", "unrelated", False, None, [],
    frm=addr("Daisuke Ono", "notifications@github.com"), to=addr("tsubame-cloudworks/infra-modules", "infra-modules@noreply.github.com"),
    subj="Re: [tsubame-cloudworks/infra-modules] Add VPC endpoints for SSM (PR #87)", date="2023-10-17 02:12:48 +0000",
    mid_style="github", alt=True, cc=addr(ME_NAME, ME_P) + ", Review requested <review_requested@noreply.github.com>",
    extra=[("X-GitHub-Reason", "review_requested"), ("List-ID", "tsubame-cloudworks/infra-modules <infra-modules.tsubame-cloudworks.github.com>")],
    text="""Merged #87 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsubame-cloudworks/infra-modules/pull/87#event-10671203
You are receiving this because your review was requested.
""",
    what="GitHub PR merged", note="'Merged' wording, not an account merge")

conf_x = """Hello Kenta,

I'm with the certification operations team and have picked up your case. Sorry it took a while.

These are the two records I found:

Account #1
  Candidate ID: AWS02283914
  Login email: kenta.arakawa.jp@gmail.com
  Training notification email: kenta.arakawa.jp@gmail.com
  Certification notification email: kenta.arakawa.jp@gmail.com

Account #2
  Candidate ID: AWS07710356
  Login email: kenta.arakawa.jp@gmail.com
  Training notification email: kenta.arakawa.jp@gmail.com
  Certification notification email: (not set)

After a merge, Account #2 can no longer be signed in to, and its exam history shows up under
Account #1. Can you confirm that both records belong to you and that Account #1 is the one to keep?
I'll go ahead as soon as I have your OK.

Thanks,
Hiroshi T.
AWS Certification Operations
"""
add("x-conf", "confirmation_request", True, CASE_X, ["AWS02283914", "AWS07710356"],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-19 00:28:14 +0000",
    text=conf_x, alt=True, reply_to="x-upd",
    what="Account #1 / #2 listing, asks which to keep", note="classic confirmation; multipart/alternative")

rep2_x = """Yes, both are mine. Please keep Account #1 (AWS02283914) and merge the other one into it.

Kenta

"""
add("x-rep2", "user_reply", False, CASE_X, ["AWS02283914"],
    frm=F_ME_P, to=F_TC, subj="Re: RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-19 12:40:02 +0900",
    mid_style="gmail", cte="7bit", reply_to="x-conf",
    text=rep2_x + gq("On Thu, Oct 19, 2023 at 9:28 AM AWS Training and Certification <%s> wrote:" % TC, conf_x),
    what="owner confirms", note="short confirmation; quoted listing underneath")

res_x = """荒川 様

いつもお世話になっております。AWS 認定オペレーションの高橋です。

ご確認いただきありがとうございました。AWS07710356 の受験履歴と認定資格を AWS02283914 へ移し、アカウントの統合が完了いたしました。今後 AWS07710356 ではサインインできませんのでご留意ください。

Credly のデジタルバッジは、統合後の記録をもとに数時間以内に改めて発行される見込みです。

そのほかご不明な点がございましたら、本メールにご返信ください。

今後ともどうぞよろしくお願いいたします。

高橋 宏
AWS Certification Operations

"""
add("x-res", "resolved", False, CASE_X, ["AWS07710356", "AWS02283914"],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_X, TC_SUBJ), date="2023-10-20 02:15:37 +0000",
    text=res_x + gq("On 2023/10/19 12:40, kenta.arakawa.jp@gmail.com wrote:", rep2_x + gq("On Thu, Oct 19, 2023 AWS Training and Certification wrote:", conf_x)),
    cte="base64", lang="ja", reply_to="x-rep2",
    what="merge done (Japanese) over quoted confirmation request", note="base64 UTF-8; conditional invitation; quoted 'Can you confirm' below")

add("credly-2023", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=F_ME_P,
    subj="Amazon Web Services Training and Certification sent you a badge", date="2023-10-20 05:03:26 +0000",
    mid_style="credly.com", alt=True,
    text="""Hi Kenta,

Amazon Web Services Training and Certification has issued you a new badge:

  AWS Certified Solutions Architect - Professional

Accept your badge to add it to your profile and share it:
https://www.credly.com/badges/5c1e0a77-3b9f-4d1e-9a3c-0f6e2b8d41a2

Questions? Visit https://support.credly.com

Credly, Inc., 1 World Trade Center, New York, NY
""",
    what="Credly badge issued", note="asks to accept a badge; not a support request")

add("x-survey", "survey", False, CASE_X, [],
    frm=F_TC, to=F_ME_P, subj="[CASE %s] How did we do?" % CASE_X, date="2023-10-22 09:00:12 +0000",
    html_only=True,
    html=wrap_html("""<p>Hello,</p>
<p>Your recent case with AWS Training and Certification (case 13198457201) has been marked as resolved.</p>
<p>Would you spare a minute to tell us how it went? Your answers go straight to the team that handled it.</p>
<table cellpadding="6"><tr><td>How satisfied are you with the support you received?</td></tr>
<tr><td><a href="https://survey.aws.training/r/13198457201?s=5">Very satisfied</a> |
<a href="https://survey.aws.training/r/13198457201?s=4">Satisfied</a> |
<a href="https://survey.aws.training/r/13198457201?s=3">Neutral</a> |
<a href="https://survey.aws.training/r/13198457201?s=2">Dissatisfied</a> |
<a href="https://survey.aws.training/r/13198457201?s=1">Very dissatisfied</a></td></tr></table>
<p style="font-size:11px;color:#666">This survey is sent once per case. Please do not reply to this message.</p>"""),
    what="satisfaction survey on case X", note="HTML only, question-shaped sentences but a survey")

# =====================================================================================
# 2024 — quiet year
# =====================================================================================

add("phish-2024", "suspicious", False, None, [],
    frm=addr("AWS Certification", "no-reply@aws-certification-verify.com"), to=F_ME_P,
    subj="Action required: verify your AWS Certification account by 15 February", date="2024-02-12 18:44:03 +0000",
    html_only=True, mid_style="aws-certification-verify.com",
    auth=gmail_auth("aws-certification-verify.com", "bounce@aws-certification-verify.com"),
    html=wrap_html("""<p>Dear Candidate,</p>
<p>Our systems found more than one AWS Certification account registered to your e-mail address. Duplicate accounts
are being merged automatically. To keep your certifications active you must verify your identity before
<b>15 February 2024</b>.</p>
<p>Reply to this e-mail with your candidate ID and the password of your AWS Builder ID, or verify online:</p>
<p><a href="http://aws-certification-verify.com/merge/confirm?u=kenta.arakawa.jp">Verify my account</a></p>
<p>Accounts that are not verified will be suspended and certifications revoked.</p>
<p>AWS Training &amp; Certification Security Team</p>"""),
    what="lookalike domain asking for password", note="talks about merging duplicate accounts; passes auth for its own domain")

add("sb-2024", "unrelated", False, None, [],
    frm=addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), to=F_ME_P,
    subj="Your AWS Skill Builder receipt", date="2024-06-03 00:10:51 +0000", alt=True, mid_style="skillbuilder.aws",
    text="""Thanks for your purchase, Kenta.

Order number: SB-2024-06-0398817
Item: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: June 3 - July 2, 2024

Your subscription renews automatically. Manage or cancel it any time under Subscriptions in your
Skill Builder profile.

AWS Skill Builder
""",
    what="Skill Builder subscription receipt", note="AWS training mail, not a case")

add("cm-expiry-2024", "certification", False, None, ["AWS02283914"],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="Your AWS Certification expires in 8 months", date="2024-11-04 15:30:00 +0000",
    html_only=True, mid_style="certmetrics.com",
    html=wrap_html("""<p>Hello Kenta Arakawa (AWS02283914),</p>
<p>Your <b>AWS Certified SysOps Administrator - Associate</b> certification expires on <b>30 June 2025</b>.</p>
<p>To stay certified, pass the current version of the exam before the expiry date. Recertifying also extends the validity of
lower-level certifications in the same path. You can use the 50% discount benefit in your AWS Certification Account toward the exam.</p>
<p>Thank you for being part of the AWS Certified community.</p>
<p>AWS Certification</p>"""),
    what="expiry reminder", note="candidate ID in the greeting; mentions a voucher benefit")

# =====================================================================================
# 2025 — case A (company account -> personal), duplicate case B
# =====================================================================================

add("hr-2025", "unrelated", False, None, [],
    frm=addr("総務部 中村 由美", "soumu@tsubame-cloudworks.co.jp", "iso-2022-jp"), to=F_ME_C,
    subj="【ご連絡】退職に伴うお手続きについて", date="2025-04-03 10:02:00 +0900",
    charset="iso-2022-jp", mid_style="outlook", lang="ja",
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", hdr("【ご連絡】退職に伴うお手続きについて", "iso-2022-jp"))],
    text="""荒川さん

お疲れさまです。総務部の中村です。
退職に伴うお手続きについてご案内します。

・最終出社日: 4月25日(金)
・退職日: 4月30日(水)
・社用メールアカウント: 4月30日 23:59 に停止します
・貸与PC、入館証は最終出社日に情報システム部へ返却してください

社用アドレスで登録している外部サービスがあれば、停止前に変更をお願いします。
ご不明点がございましたら、総務部までご連絡ください。

中村
""",
    what="HR leaving procedure at the company", note="ISO-2022-JP; a colleague asks things, not support")

note_me = """自分用メモ(会社PCから転送)

会社の認定アカウント
  Candidate ID: AWS05561207
  ログイン: k.arakawa@tsubame-cloudworks.co.jp (APN 連携あり)
  保有: SAA-C03, DVA-C02, ANS-C01
  特典: 50% 割引バウチャー 末尾 7Q2F / 期限 2025-09-30

個人の認定アカウント
  Candidate ID: AWS02283914 (gmail)

フォーム: Certification > Account Merge、残すのは gmail 側。
"""
add("me-note", "user_reply", False, None, ["AWS05561207", "AWS02283914"],
    frm=F_ME_C, to=F_ME_P, subj="認定アカウント移行メモ", date="2025-04-07 09:31:12 +0900",
    mid_style="outlook", alt=True, cte="base64", lang="ja",
    extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    text=note_me,
    what="owner's note to self before filing", note="owner's own mail; carries candidate IDs; no case yet")

add("bid-code", "unrelated", False, None, [],
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=F_ME_P,
    subj="Verify your AWS Builder ID email address", date="2025-04-07 00:38:20 +0000", cte="7bit", mid_style="signin.aws",
    text="""Hello,

Use this code to finish verifying your email address for AWS Builder ID:

    418290

The code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""",
    what="Builder ID one-time code", note="6-digit number, no case")

def ack_a(case, when_txt):
    return """Hello,

Thank you for writing to AWS Training and Certification. Your request is now logged as case %s.

Case summary
  Case ID: %s
  Inquiry type: Certification
  Additional detail: Account Merge
  Submitted: %s
  Contact: kenta.arakawa.jp@gmail.com

An agent normally answers within one business day, although some requests need more research.
Please don't submit the form again for this request: a second case is handled separately and slows
both down. Anything you want to add can go in a reply to this message.

AWS Training and Certification
""" % (case, case, when_txt)

add("a-ack", "acknowledgement", False, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-07 00:51:40 +0000",
    text=ack_a(CASE_A, "2025-04-07 00:51 UTC"), alt=True,
    what="case A acknowledgement", note="'Anything you want to add can go in a reply' is not a request")

add("b-ack", "acknowledgement", False, CASE_B, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), date="2025-04-07 00:56:02 +0000",
    text=ack_a(CASE_B, "2025-04-07 00:55 UTC"), alt=True,
    what="second acknowledgement four minutes later: duplicate form", note="same template, different 15-digit case number")

add("mkt-summit", "unrelated", False, None, [],
    frm=addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), to=F_ME_P,
    subj="【参加登録受付中】AWS Summit Japan 2025 — 6月25日・26日 幕張メッセ", date="2025-04-08 01:00:00 +0000",
    html_only=True, cte="base64", lang="ja",
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=kenta.arakawa.jp>")],
    html=wrap_html("""<table width="640" align="center"><tr><td style="padding:24px">
<h2>AWS Summit Japan 2025 の参加登録を開始しました</h2>
<p>200 を超えるセッション、認定者ラウンジ、ハンズオンをご用意しています。AWS 認定をお持ちの方は、会場の認定者ラウンジをご利用いただけます。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#777">本メールは配信専用です。配信停止をご希望の場合はこちらから手続きしてください。</p>
</td></tr></table>""", "ja"),
    what="AWS marketing (Japanese HTML)", note="amazon.com sender, mentions certification")

dup_b = """Hello Kenta,

It looks like the form went in twice a few minutes apart. This case, 174398734000871, duplicates case
174398707200513, which is already with our team, so I have closed this one. Everything about your
merge is handled on 174398707200513 and nothing is needed from you here.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
"""
add("b-dup", "case_update", False, CASE_B, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_B, TC_SUBJ), date="2025-04-08 03:17:45 +0000",
    text=dup_b, reply_to="b-ack",
    what="duplicate case B closed in favour of A", note="mentions both case numbers; 'closed' but not a closing notice")

hold_a = """Hi Kenta,

Thanks for your patience.

I looked up the two certification accounts named in your request. The one registered to
k.arakawa@tsubame-cloudworks.co.jp is linked to an AWS Partner Network organization (Tsubame
Cloudworks K.K.). Certifications on a partner-linked account count toward that company's partner
standing, so we can't move them while the link is active. The association has to be removed on the
partner side, either by the company's Partner Central administrator or automatically once your
employment there is recorded as ended.

I've put the case on hold until that happens. When it has been cleared we'll resume and contact you
about the merge itself.

One thing would help us plan: what is your last working day at Tsubame Cloudworks?

Best,
Aditi S.
AWS Training and Certification Customer Support
"""
add("a-hold", "on_hold", True, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-09 02:02:31 +0000",
    text=hold_a, crlf=True, reply_to="a-ack",
    what="APN partner hold with a buried question", note="hold explanation; the only question is near the end")

rep_a1 = """Hi Aditi,

My last working day is 30 April 2025. After that this mailbox will be deleted, so please use
kenta.arakawa.jp@gmail.com for anything further.
I have also asked our partner admin to remove the association.

Best regards,
Kenta Arakawa
Tsubame Cloudworks K.K. | Cloud Solutions Dept.
"""
add("a-rep1", "user_reply", False, CASE_A, [],
    frm=F_ME_C, to=F_TC, subj="RE: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-09 13:15:09 +0900",
    mid_style="outlook", alt=True, reply_to="a-hold",
    extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)), ("Thread-Index", "AQHbqP3x" + h("ti", 12) + "=="),
           ("X-MS-Exchange-Organization-SCL", "-1")],
    text=rep_a1 + oq("AWS Training and Certification <%s>" % TC, "Wednesday, April 9, 2025 11:02 AM", ME_P,
                     "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), hold_a),
    what="owner answers from the company address (Outlook)", note="Outlook quoting, sent from the wrong mailbox")

wrong_a = """Hello Kenta,

Thank you for the update about your last day.

Your message came from k.arakawa@tsubame-cloudworks.co.jp, which is the address on the account that
would be merged away. To protect your certification records we only act on instructions received from
the address that will stay on file, so I'm unable to record the details above yet. Send the same
answer again from kenta.arakawa.jp@gmail.com; replying to this thread from that mailbox is enough.

Regards,
Aditi S.
AWS Training and Certification Customer Support
"""
add("a-wrongaddr", "info_request", True, CASE_A, [],
    frm=F_TC, to=F_ME_C, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-10 00:44:50 +0000",
    text=wrong_a, reply_to="a-rep1",
    what="support asks to write again from the personal address", note="arrives at the company address; the ask is 'send the same answer again from'")

rep_a2 = """Hello Aditi,

Writing from my personal address as you asked. My last working day at Tsubame Cloudworks is
30 April 2025, and kenta.arakawa.jp@gmail.com is the address I want to keep.

Thank you,
Kenta

"""
add("a-rep2", "user_reply", False, CASE_A, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-10 19:22:41 +0900",
    mid_style="gmail", alt=True, reply_to="a-wrongaddr",
    text=rep_a2 + gq("On Thu, Apr 10, 2025 at 9:44 AM AWS Training and Certification <%s> wrote:" % TC, wrong_a),
    what="owner repeats answer from gmail", note="owner's own mail")

hold2_a = """Hi Kenta,

Got it, thank you. That's noted on the case.

The case stays on hold until the partner association on the Tsubame Cloudworks account is removed. We
review partner-linked cases regularly, so there is nothing you need to do in the meantime. We'll pick it
up again after 30 April and write to you here.

If your leaving date changes, feel free to let us know on this thread.

Aditi S.
AWS Training and Certification Customer Support
"""
add("a-hold2", "on_hold", False, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-04-11 01:09:05 +0000",
    text=hold2_a + sq("kenta.arakawa.jp@gmail.com", "Thu, 10 Apr 2025 10:22 UTC", rep_a2), reply_to="a-rep2",
    what="hold confirmed, nothing to do", note="conditional 'if your date changes, let us know'")

add("apn-colleague", "unrelated", False, None, [],
    frm=addr("Mori Takuya", "t.mori@tsubame-cloudworks.co.jp"), to=F_ME_C,
    subj="Re: Partner Central の紐付け解除", date="2025-04-11 17:40:22 +0900",
    cte="base64", mid_style="outlook", lang="ja",
    text="""荒川さん

アライアンス担当の森です。
Partner Central 上の荒川さんのユーザーは、退職日の 4/30 付けで削除する予定です。
削除すると認定の紐付けも外れるので、AWS 側のアカウント統合はそのあとに進むはずです。

統合が終わったら、念のため Partner Central の認定者数が減っているかこちらで確認します。
ほかに何かあれば声をかけてください。

森
""",
    what="colleague (partner admin) about removing the APN link", note="talks about the merge and the hold; not from support")

add("gh-2025", "unrelated", False, None, [],
    frm=addr("dependabot[bot]", "notifications@github.com"), to=addr("kenta-arakawa/dotfiles", "dotfiles@noreply.github.com"),
    subj="Re: [kenta-arakawa/dotfiles] Bump boto3 from 1.37.18 to 1.37.30 (PR #14)", date="2025-04-14 08:03:12 +0000",
    mid_style="github", alt=True, cc=addr(ME_NAME, ME_P) + ", Author <author@noreply.github.com>",
    extra=[("X-GitHub-Reason", "author")],
    text="""Merged #14 into main.

The pull request has been merged and the branch dependabot/pip/boto3-1.37.30 can be deleted.

--
Reply to this email directly or view it on GitHub:
https://github.com/kenta-arakawa/dotfiles/pull/14#event-17232611
""",
    what="GitHub merged notification", note="'merged' wording")

add("spoof-2025", "suspicious", False, None, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] Account merge - final confirmation needed" % FAKE, date="2025-04-15 16:20:44 +0000",
    alt=True, mid_style="mail-relay.click",
    extra=[("Return-Path", "<support@mail-relay.click>")],
    auth=gmail_auth("amazon.com", "support@mail-relay.click", ok=False, note="spoof"),
    text="""Hello,

Your certification account merge is almost complete. Before we finalise it, confirm ownership of both
accounts by signing in through the secure page below within 24 hours. If we do not receive your
confirmation the request will be cancelled and the certifications on the old account may be lost.

https://aws-training-verify.co/merge/confirm?case=174412866000377

Please reply to this e-mail with your AWS Builder ID password if the link does not open.

AWS Training and Certification Customer Support
""",
    what="spoofed T&C mail, dmarc=fail", note="real sender address and subject shape, but SPF/DKIM/DMARC fail; asks for password")

add("dd-ticket", "unrelated", False, None, [],
    frm=addr("Datadog Support", "support@datadoghq.com"), to=F_ME_C,
    subj="[Datadog Support] Re: Ticket #1849932 - Agent not reporting from ECS tasks", date="2025-04-16 06:31:27 +0000",
    alt=True, mid_style="zendesk.com",
    text="""##- Please type your reply above this line -##

Your request (1849932) has been solved. We'll close it automatically in 4 days if we don't hear back.
To reopen it, simply reply to this e-mail.

Sam (Datadog)
Apr 16, 2025, 15:31 JST

Hi Kenta, the missing metrics came from the DD_SITE variable being unset in the task definition. After
setting it to ap1.datadoghq.com the agent reports normally. Glad we got it sorted!
""",
    what="other vendor ticket solved, auto-close warning", note="reads like a closing notice but another vendor")

add("ooo-colleague", "unrelated", False, None, [],
    frm=addr("Sakamoto Rie", "r.sakamoto@tsubame-cloudworks.co.jp"), to=F_ME_C,
    subj="自動応答: 来週の定例について", date="2025-04-18 11:05:03 +0900",
    charset="iso-2022-jp", mid_style="outlook", lang="ja",
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""お疲れさまです。坂本です。
4/18(金)〜4/22(火)は休暇をいただいております。
4/23(水)以降に順次返信いたします。お急ぎの場合は山田までご連絡ください。
""",
    what="colleague out-of-office", note="auto-reply")

add("cm-voice", "certification", False, None, [],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="AWS Certification would like your opinion", date="2025-04-22 16:00:00 +0000",
    html_only=True, mid_style="certmetrics.com",
    html=wrap_html("""<p>Hello Kenta,</p>
<p>You told us you were willing to help shape AWS Certification. We are running a short study on how candidates prepare for
Professional-level exams and would value your view.</p>
<p>The questionnaire takes about 10 minutes: <a href="https://www.surveymonkey.com/r/awscert-prep-2025">start here</a>.
It closes on 6 May 2025.</p>
<p>Thank you,<br>AWS Certification</p>"""),
    what="certification programme feedback request", note="feedback request, but about the programme, not a case")

add("edu-case", "unrelated", False, CASE_EDU, [],
    frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=F_ME_P,
    subj="RE:[CASE %s] [AWS Educate Form Submission] - account-access" % CASE_EDU, date="2025-04-24 04:37:58 +0000",
    cte="quoted-printable",
    text="""Hi Kenta,

Thanks for contacting AWS Educate. We can move your educator profile to a new e-mail address, but
first we have to verify the original registration. Could you tell us which address you signed up with
and roughly when (month and year)?

Thank you,
Priya
AWS Educate Support
""",
    what="AWS Educate form case asking a question", note="same form-case shape and amazon.com sender, different programme")

add("qiita-2025", "unrelated", False, None, [],
    frm=addr("Qiita", "info@qiita.com"), to=F_ME_P,
    subj="今週のトレンド記事: AWS認定アカウントを統合した話 ほか", date="2025-04-28 23:00:00 +0000",
    html_only=True, cte="base64", lang="ja", mid_style="qiita.com",
    html=wrap_html("""<h3>今週のトレンド</h3><ul>
<li><a href="https://qiita.com/">退職前にやっておくべき AWS 認定アカウントの統合手順</a> (LGTM 412)</li>
<li><a href="https://qiita.com/">Bedrock Agents で社内 FAQ ボットを作った</a> (LGTM 388)</li>
<li><a href="https://qiita.com/">Terraform 1.11 の新機能まとめ</a> (LGTM 251)</li></ul>
<p style="font-size:11px">配信設定はマイページから変更できます。</p>""", "ja"),
    what="tech newsletter", note="subject about merging certification accounts")

lift_a = """Hello Kenta,

Good news: the partner association on your Tsubame Cloudworks certification account was removed
yesterday, so I've taken this case off hold.

I have passed the merge to our account operations team to prepare. They'll write to you on this thread
shortly with the account details for your review.

Best regards,
Aditi S.
AWS Training and Certification Customer Support
"""
add("a-lift", "case_update", False, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-01 02:26:10 +0000",
    text=lift_a, reply_to="a-hold2",
    what="hold lifted, passed to operations", note="announces a future review request; nothing to answer yet")

bounce_orig = "Subject: 引き継ぎ資料の置き場所\n\n坂本さん、共有ドライブの handover フォルダにまとめました。"
add("bounce", "unrelated", False, None, [],
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME_P,
    subj="Delivery Status Notification (Failure)", date="2025-05-01 10:12:45 +0000", mid_style="mx.google.com",
    extra=[("Auto-Submitted", "auto-replied")],
    raw_body=([("Content-Type", 'multipart/report; boundary="000000000000bounce294"; report-type=delivery-status')],
              """--000000000000bounce294
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to k.arakawa@tsubame-cloudworks.co.jp because the address couldn't be found,
or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.arakawa@tsubame-cloudworks.co.jp not found by SMTP address lookup

--000000000000bounce294
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Final-Recipient: rfc822; k.arakawa@tsubame-cloudworks.co.jp
Action: failed
Status: 5.1.10

--000000000000bounce294
Content-Type: text/rfc822-headers

From: Kenta Arakawa <kenta.arakawa.jp@gmail.com>
To: k.arakawa@tsubame-cloudworks.co.jp
Subject: =?UTF-8?B?5byV44GN57aZ44GO6LOH5paZ44Gu572u44GN5aC05omA?=
Date: Thu, 1 May 2025 19:12:40 +0900

--000000000000bounce294--
"""),
    what="bounce: old company mailbox is gone", note="delivery failure, not support")

conf_a_text = """Hello Kenta,

My name is Rafael and I'll be carrying out your account merge. Before I do, please look over the two
accounts below.

Account #1 - Candidate ID AWS02283914
  Login email: kenta.arakawa.jp@gmail.com
  Training notification email: kenta.arakawa.jp@gmail.com
  Certification notification email: kenta.arakawa.jp@gmail.com
Account #2 - Candidate ID AWS05561207
  Login email: k.arakawa@tsubame-cloudworks.co.jp
  Training notification email: k.arakawa@tsubame-cloudworks.co.jp
  Certification notification email: k.arakawa@tsubame-cloudworks.co.jp

Kindly confirm which of these should remain as your primary account. The other one is closed by the
merge, and its certifications, exam history and benefits move across.

Warm regards,
Rafael M.
AWS Training and Certification - Account Operations
"""
conf_a_html = wrap_html("""<div>Hello Kenta,</div><br>
<div>My name is Rafael and I'll be carrying out your account merge. Before I do, please look over the two accounts below.</div><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f2f2f2"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS02283914</td><td>AWS05561207</td></tr>
<tr><td>Login email</td><td>kenta.arakawa.jp@gmail.com</td><td>k.arakawa@tsubame-cloudworks.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.arakawa.jp@gmail.com</td><td>k.arakawa@tsubame-cloudworks.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.arakawa.jp@gmail.com</td><td>k.arakawa@tsubame-cloudworks.co.jp</td></tr>
</table><br>
<div>Kindly confirm which of these should remain as your primary account. The other one is closed by the merge, and its
certifications, exam history and benefits move across.</div><br>
<div>Warm regards,<br>Rafael M.<br><span style="color:#777">AWS Training and Certification &ndash; Account Operations</span></div>""")
add("a-conf", "confirmation_request", True, CASE_A, ["AWS02283914", "AWS05561207"],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-02 07:58:33 +0000",
    html_only=True, html=conf_a_html, reply_to="a-lift",
    what="HTML-only table of Account #1/#2, 'Kindly confirm which…'", note="request lives in HTML only, inside a table layout")

add("phish-credly", "suspicious", False, None, [],
    frm=addr("Credly Badges", "notify@credly-badges.net"), to=F_ME_P,
    subj="Your AWS badges will be revoked in 48 hours", date="2025-05-03 04:11:19 +0000",
    html_only=True, mid_style="credly-badges.net",
    auth=gmail_auth("credly-badges.net", "notify@credly-badges.net"),
    html=wrap_html("""<p>Hi Kenta,</p>
<p>Amazon Web Services Training and Certification reported a change to your certification account (account merge).
For security, all badges linked to the old account must be re-verified.</p>
<p><b>Sign in with your Amazon credentials within 48 hours</b> to keep your badges, otherwise they will be revoked:</p>
<p><a href="https://credly-badges.net/verify?ref=aws-merge">Re-verify my badges</a></p>
<p>The Credly Team</p>"""),
    what="Credly lookalike domain", note="mentions the merge and AWS T&C; not credly.com")

close_a = """Dear Kenta,

We are still waiting for your confirmation on case 174398707200513. If we do not hear from you within
3 business days, we will assume the request is no longer needed and close the case.

A reply to this e-mail keeps the case open, and if it has already been closed, a reply reopens it.

Sincerely,
AWS Training and Certification Customer Support"""
add("a-close", "closing_notice", True, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-06 01:30:02 +0000",
    text=close_a + sq("Rafael M.", "Fri, 2 May 2025 07:58 UTC", conf_a_text), cte="7bit", crlf=True, reply_to="a-conf",
    what="closing notice over the quoted confirmation request", note="'RE: [CASE' with a space; candidate IDs only in the quoted part")

rep_a3 = """Hi Rafael,

Sorry, I was away over Golden Week. Please go ahead with the merge.

Kenta

"""
add("a-rep3", "user_reply", False, CASE_A, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-06 11:02:17 +0900",
    mid_style="gmail", cte="7bit", reply_to="a-close",
    text=rep_a3 + gq("On Tue, May 6, 2025 at 10:30 AM AWS Training and Certification <%s> wrote:" % TC, close_a),
    what="owner says 'go ahead' without naming the account", note="owner's own mail")

conf2_a = """Thanks, Kenta.

Just so I don't merge in the wrong direction: you want Account #1 (kenta.arakawa.jp@gmail.com,
AWS02283914) kept, and Account #2 (k.arakawa@tsubame-cloudworks.co.jp, AWS05561207) folded into it?
A simple yes is enough and I'll take care of the rest today.

Rafael M.
AWS Training and Certification - Account Operations
"""
add("a-conf2", "confirmation_request", True, CASE_A, ["AWS02283914", "AWS05561207"],
    frm=F_TC, to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-06 02:41:55 +0000",
    text=conf2_a + sq("kenta.arakawa.jp@gmail.com", "Tue, 6 May 2025 02:02 UTC", rep_a3), reply_to="a-rep3",
    what="agent double-checks direction of the merge", note="short; question mark, no 'please'")

rep_a4 = """Yes, keep Account #1 and merge Account #2 into it. Thanks!

"""
add("a-rep4", "user_reply", False, CASE_A, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-06 11:49:30 +0900",
    mid_style="gmail", alt=True, reply_to="a-conf2",
    text=rep_a4 + gq("2025年5月6日(火) 11:41 AWS Training and Certification <%s>:" % TC, conf2_a),
    what="owner confirms direction", note="owner's own mail; candidate IDs only in quote")

res_a = """Hello Kenta,

Your two accounts are now one. Account #2 (AWS05561207) has been folded into Account #1
(AWS02283914), which is now your only active certification account and uses kenta.arakawa.jp@gmail.com
for sign-in and all notifications.

Your exam history, active certifications and benefits now appear on Account #1. Credly reissues the
digital badges by itself, usually within a few hours. No further action is required on your part.

Thank you for your patience while the partner association was cleared.

Regards,
Rafael M.
AWS Training and Certification - Account Operations
"""
add("a-res", "resolved", False, CASE_A, ["AWS05561207", "AWS02283914"],
    frm=F_TC, to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-06 04:20:09 +0000",
    text=res_a + sq("kenta.arakawa.jp@gmail.com", "Tue, 6 May 2025 02:49 UTC",
                    rep_a4 + gq("On Tue, May 6, 2025 Rafael M. wrote:", conf2_a)), alt=True, reply_to="a-rep4",
    what="merge completed, quoting the confirmation question", note="quoted 'you want Account #1 kept…?' under a completion")

add("credly-2025", "badge", False, None, [],
    frm=addr("Credly", "admin@credly.com"), to=F_ME_P,
    subj="You have 3 new badges waiting on Credly", date="2025-05-06 06:47:01 +0000",
    mid_style="credly.com", alt=True,
    html=wrap_html("""<table width="600" align="center" style="border:1px solid #e5e5e5"><tr><td style="padding:20px">
<p>Hi Kenta,</p><p>Amazon Web Services Training and Certification issued you 3 badges:</p>
<ul><li>AWS Certified Solutions Architect &ndash; Associate</li><li>AWS Certified Developer &ndash; Associate</li>
<li>AWS Certified Advanced Networking &ndash; Specialty</li></ul>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badges</a></p>
<p style="font-size:11px;color:#888">You received this e-mail because an issuer awarded you a badge on Credly.</p></td></tr></table>"""),
    text="""Hi Kenta,

Amazon Web Services Training and Certification issued you 3 badges:
- AWS Certified Solutions Architect - Associate
- AWS Certified Developer - Associate
- AWS Certified Advanced Networking - Specialty

Accept badges: https://www.credly.com/earner/earned
""",
    what="Credly badges after the merge", note="arrives right after resolution")

add("a-survey", "survey", False, CASE_A, [],
    frm=addr("AWS Training and Certification Feedback", TC), to=F_ME_P,
    subj="We'd like your feedback on case %s" % CASE_A, date="2025-05-07 04:20:00 +0000",
    html_only=True,
    html=wrap_html("""<p>Hi Kenta,</p>
<p>Thank you for contacting AWS Training and Certification. Rafael M. recently helped you with case <b>174398707200513</b>.</p>
<p>How likely are you to recommend our support to a colleague? Choose a score from 0 to 10:</p>
<p>""" + " ".join('<a href="https://feedback.aws.training/c/174398707200513?nps=%d">%d</a>' % (i, i) for i in range(11)) + """</p>
<p>If you still need help with this issue, reply to this e-mail and your case will be reopened.</p>"""),
    what="NPS survey for case A", note="conditional 'if you still need help, reply' inside a survey")

rep_a5 = """Hi Rafael,

Thanks a lot! The exam history and certifications are all there now. One thing is missing though: the
50% exam discount voucher that was on the company account doesn't show up under Benefits on the merged
account. Could you check what happened to it?

Best,
Kenta

"""
add("a-rep5", "user_reply", False, CASE_A, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-08 22:10:40 +0900",
    mid_style="gmail", alt=True, reply_to="a-res",
    text=rep_a5 + gq("On Tue, May 6, 2025 at 1:20 PM AWS Training and Certification <%s> wrote:" % TC, res_a),
    what="owner reopens: voucher missing", note="owner asks a question; support must answer, not the owner")

reopen_a = """Hello Kenta,

I've reopened case 174398707200513 and passed your question about the discount voucher to our benefits
team. They usually need two to three business days to investigate, and they'll reply on this thread.

Regards,
Tomasz W.
AWS Training and Certification Customer Support
"""
add("a-reopen", "case_update", False, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-09 03:05:12 +0000",
    text=reopen_a + sq("kenta.arakawa.jp@gmail.com", "Thu, 8 May 2025 13:10 UTC", rep_a5), reply_to="a-rep5",
    what="case reopened and passed to benefits team", note="quoted owner question ends in '?'")

vreq_a = """荒川 健太 様

いつもお世話になっております。
AWS トレーニングと認定 ベネフィット担当の佐藤と申します。

統合前のアカウント(AWS05561207)に付与されていた 50% 割引バウチャーについて確認いたしました。統合の際、有効期限内のバウチャーは通常そのまま移行されますが、今回は移行対象として記録されていなかったようです。大変申し訳ございません。

再発行の手続きを進めるにあたり、以下の 2 点をご教示いただけますでしょうか。

1. 旧アカウントで表示されていたバウチャーコードの末尾 4 文字
2. バウチャーの有効期限(お分かりになる範囲で結構です)

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐藤 美穂
AWS トレーニングと認定 ベネフィットチーム
"""
add("a-vreq", "info_request", True, CASE_A, ["AWS05561207"],
    frm=addr("AWS トレーニングと認定", TC), to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-12 06:20:48 +0000",
    text=vreq_a, charset="shift_jis", cte="base64", lang="ja", reply_to="a-reopen",
    what="benefits team asks voucher details in Japanese keigo", note="Shift_JIS base64; 〜いただけますでしょうか")

add("freetier", "unrelated", False, None, [],
    frm=F_NR, to=F_ME_P, subj="AWS Free Tier limit alert", date="2025-05-12 14:02:33 +0000", cte="7bit",
    text="""Hello,

Your AWS account 318274650912 has exceeded 85% of the usage limit for one or more AWS Free Tier offers
this month.

  Product: Amazon Elastic Compute Cloud
  Usage limit: 750 Hrs
  Current usage: 641 Hrs

Review your usage on the Free Tier page of the Billing console to avoid charges.

Amazon Web Services

This e-mail was sent from an address that cannot receive replies.
""",
    what="Free Tier alert from no-reply-aws", note="same sender as console cases")

rep_a6 = """佐藤様

ご連絡ありがとうございます。
1. 末尾 4 文字は 7Q2F です。
2. 有効期限は 2025年9月30日 と表示されていました。

よろしくお願いいたします。
荒川

"""
add("a-rep6", "user_reply", False, CASE_A, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-13 08:47:02 +0900",
    mid_style="gmail", cte="base64", alt=True, lang="ja", reply_to="a-vreq",
    text=rep_a6 + gq("2025年5月12日(月) 15:20 AWS トレーニングと認定 <%s>:" % TC, vreq_a),
    what="owner answers in Japanese", note="owner's own mail; quoted keigo request")

add("cm-benefit", "certification", False, None, ["AWS02283914"],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="A new benefit is available in your AWS Certification Account", date="2025-05-15 02:12:00 +0000",
    html_only=True, mid_style="certmetrics.com",
    html=wrap_html("""<p>Hello Kenta,</p>
<p>A new benefit has been added to your AWS Certification Account (AWS02283914): <b>50% discount on your next exam</b>.</p>
<p>Find the code under <i>Benefits</i> after you sign in. The benefit is valid until 30 September 2025.</p>
<p>AWS Certification</p>"""),
    what="benefit available (effect of case A)", note="programme notice, not case mail, though caused by the case")

vres_a = """Hello Kenta,

Thanks for the details. The 50% discount voucher has been reissued on Account #1 and is listed under
Benefits. It keeps the original expiry date, 30 September 2025.

Let me know if anything else comes up.

Best regards,
Miho Sato
AWS Training and Certification - Benefits
"""
add("a-vres", "resolved", False, CASE_A, [],
    frm=F_TC, to=F_ME_P, subj="RE: [CASE %s] %s" % (CASE_A, TC_SUBJ), date="2025-05-15 02:40:19 +0000",
    text=vres_a + sq("kenta.arakawa.jp@gmail.com", "Mon, 12 May 2025 23:47 UTC", rep_a6), reply_to="a-rep6",
    what="voucher reissued", note="'Let me know if anything else comes up' is not a request")

# =====================================================================================
# 2025 — console case C (10 digits) and case D (name correction)
# =====================================================================================

add("pvue-receipt", "unrelated", False, None, ["AWS02283914"],
    frm=addr("Pearson VUE", "pearsonvuereceipt@pearson.com"), to=F_ME_P,
    subj="Pearson VUE Receipt", date="2025-05-19 05:33:10 +0000", alt=True, mid_style="pearson.com",
    text="""Receipt - Pearson VUE

Candidate: Kenta Arakawa (AWS02283914)
Order: 0071-3389-2241
Registration ID: 517264903
Exam: SOA-C02: AWS Certified SysOps Administrator - Associate
Date: 2025-06-12 14:00 JST, Pearson VUE Test Center Shinjuku

Exam fee: JPY 20,000
Discount: JPY 0
Tax: JPY 2,000
Total charged: JPY 22,000

Thank you for testing with Pearson VUE.
""",
    what="Pearson VUE receipt (voucher not applied)", note="exam vendor; order/registration numbers that are not case IDs")

CONSOLE = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
c_ack = """Hello,

Your AWS Support case has been created.

Case ID: 5519327740
Subject: Exam voucher not applied at Pearson VUE checkout
Severity: General guidance
Service: Training and Certification
Account: [AWS ID 318274650912]

We'll respond by e-mail to the address on this account and in the AWS Support Center. Follow-ups on this
case must be made in the Support Center:
%s

Note: this e-mail comes from an unattended mailbox. Messages sent to it are discarded.

Amazon Web Services
""" % CONSOLE
add("c-ack", "acknowledgement", False, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="Amazon Web Services: New Support case: %s" % CASE_C, date="2025-05-20 01:04:55 +0000",
    text=c_ack, cte="7bit",
    what="console case acknowledgement", note="10-digit case ID plus a 12-digit account ID; unattended mailbox footer")

c_req = """Hello,

I'm Jun from AWS Training and Certification and I'm looking into the charge on your exam booking.

To trace the payment with Pearson VUE I need two things: the Pearson VUE registration number of the
SysOps Administrator appointment, and the last four characters of the voucher code you entered at
checkout. A screenshot of the receipt helps too, if you have one.

Add these to the case in the Support Center using the link below; replies to this e-mail don't reach us.

Best regards,
Jun K.
Amazon Web Services

Was this response helpful? Rate it in the Support Center.

To view this case or add a correspondence, open:
%s
""" % CONSOLE
add("c-req", "info_request", True, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="RE:[CASE %s] Exam voucher not applied at Pearson VUE checkout" % CASE_C, date="2025-05-21 03:48:30 +0000",
    text=c_req, reply_to="c-ack",
    what="console agent asks for registration number, answer via Support Center", note="answer channel is the console, not e-mail; rating footer")

rep_c = """Hi Jun,

The registration number is 517264903 and the voucher ended in 7Q2F. Receipt attached below as text:
total charged JPY 22,000, discount 0.

Kenta

"""
add("c-rep", "user_reply", False, CASE_C, [],
    frm=F_ME_P, to=F_NR, subj="Re: RE:[CASE %s] Exam voucher not applied at Pearson VUE checkout" % CASE_C, date="2025-05-22 07:15:08 +0900",
    mid_style="gmail", cte="7bit", reply_to="c-req",
    text=rep_c + gq("On Wed, May 21, 2025 at 12:48 PM Amazon Web Services <%s> wrote:" % NOREPLY, c_req),
    what="owner answers by e-mail to the no-reply address", note="owner's own mail, sent to the wrong channel")

c_nodeliver = """This is an automatically generated message.

The message you sent to no-reply-aws@amazon.com was not delivered to AWS Support. This address is used
only to send notifications.

Your case 5519327740 is still waiting for your response. To add information to the case, sign in and
reply from the Support Center:
%s

Amazon Web Services
""" % CONSOLE
add("c-nodeliver", "info_request", True, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="Undeliverable: Re: RE:[CASE %s] Exam voucher not applied at Pearson VUE checkout" % CASE_C,
    date="2025-05-21 22:15:20 +0000", cte="7bit", reply_to="c-rep",
    extra=[("Auto-Submitted", "auto-replied")],
    text=c_nodeliver,
    what="auto-reply: e-mail answer not accepted, use Support Center", note="judgement call: looks like a bounce, but the case is still waiting on the owner")

c_close = """Hello,

We haven't received a reply on case 5519327740 since we asked for additional information on 21 May.
If there is still no response, the case will be resolved automatically in 3 days.

Keep in mind that once a case has been resolved for more than 14 days it can no longer be reopened,
and a new case would be needed.

To respond, use the Support Center:
%s

Amazon Web Services
""" % CONSOLE
add("c-close", "closing_notice", True, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="RE:[CASE %s] Exam voucher not applied at Pearson VUE checkout" % CASE_C, date="2025-05-26 04:00:41 +0000",
    text=c_close, crlf=True, reply_to="c-req",
    what="console auto-resolve warning", note="console closing notice; reply in the console")

c_res = """Hello Kenta,

Thank you for adding the registration number and the receipt in the Support Center.

Pearson VUE confirmed that the voucher was valid but was not applied because of a timeout at checkout.
They have refunded JPY 11,000 (50%% of the fee including tax) to the card used for registration
517264903. Depending on your card issuer, the refund shows up in 5 to 7 business days. Your appointment
on 12 June is unchanged.

I'm marking this case as resolved. Should you need anything further on this issue, you can reopen it
from the Support Center.

Best regards,
Jun K.
Amazon Web Services

Was this response helpful? Rate it in the Support Center.

To view this case, open:
%s
""" % CONSOLE
add("c-res", "resolved", False, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="RE:[CASE %s] Exam voucher not applied at Pearson VUE checkout" % CASE_C, date="2025-05-28 06:22:10 +0000",
    text=c_res, crlf=True, reply_to="c-close",
    what="refund done, console case resolved", note="rating footer; 9-digit registration number")

add("c-survey", "survey", False, CASE_C, [],
    frm=F_NR, to=F_ME_P, subj="Tell us about your AWS Support experience - case %s" % CASE_C, date="2025-05-29 06:30:00 +0000",
    html_only=True,
    html=wrap_html("""<p>Hello,</p>
<p>Your support case <b>5519327740</b> (Exam voucher not applied at Pearson VUE checkout) was resolved recently.</p>
<p>Please answer three quick questions about the help you received. It takes less than two minutes.</p>
<p><a href="https://console.aws.amazon.com/support/survey?displayId=5519327740">Start the survey</a></p>
<p style="font-size:11px;color:#666">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was sent from an unattended mailbox.</p>"""),
    what="console case survey", note="'Please answer three quick questions' is a survey, not support waiting")

d_ack_text = """Hello Kenta,

We've received your message and opened case 174953280300264.

Case details
  Case ID: 174953280300264
  Inquiry type: Certification
  Additional detail: Name change on certification record

We aim to respond within 24 hours. To avoid delays, please keep all correspondence about this request
on this case instead of submitting the form again.

AWS Training and Certification
"""
add("d-ack", "acknowledgement", False, CASE_D, [],
    frm=F_TC, to=F_ME_P, subj="[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    date="2025-06-10 05:20:31 +0000", text=d_ack_text, alt=True,
    what="case D acknowledgement", note="different subject tail; 'please keep all correspondence…' is advice, not a request")

d_req = """Hi Kenta,

Thanks for writing in about the spelling of your name on your certificates.

The name on a certification record comes from your profile, and Pearson VUE checks it against your ID
on exam day, so a change here also affects your appointment on 12 June. Because of that we only update a
record so that it matches a government-issued ID exactly, including the order of given and family name.

What I need from you is your full legal name in Latin letters exactly as printed on the ID you will bring
to the test center, and which document that is (passport, driving licence or My Number card). Typing
it into a reply is enough; there's no need to attach a picture of the document.

Cheers,
Naomi B.
AWS Training and Certification Customer Support
"""
add("d-req", "info_request", True, CASE_D, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    date="2025-06-11 01:12:09 +0000", text=d_req, reply_to="d-ack",
    what="asks for legal name and ID type", note="request buried after an explanation, phrased 'What I need from you is…'")

add("phish-cm", "suspicious", False, None, [],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="Your AWS Certification has been suspended - action required", date="2025-06-11 09:55:37 +0000",
    html_only=True, mid_style="certmetrics.com",
    extra=[("Return-Path", "<mailer@srv-4471.hostsmtp.top>")],
    auth=("mx.google.com;\n       dkim=none (no signature);\n"
          "       spf=softfail (google.com: domain of transitioning mailer@srv-4471.hostsmtp.top does not designate 91.92.246.30 as permitted sender) smtp.mailfrom=mailer@srv-4471.hostsmtp.top;\n"
          "       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=certmetrics.com"),
    html=wrap_html("""<p>Dear Kenta Arakawa,</p>
<p>Following a recent name change request, your AWS Certification account has been temporarily suspended until your identity is verified.</p>
<p>Upload a photo of your passport and confirm your payment details at the portal below:</p>
<p><a href="https://certmetrics-account-review.com/aws/verify">Verify identity</a></p>
<p>AWS Certification</p>"""),
    what="CertMetrics From with dmarc=fail", note="real-looking sender and topical lure, authentication fails")

rep_d = """Hi Naomi,

My legal name is ARAKAWA KENTA (family name ARAKAWA, given name KENTA), as printed on my Japanese
passport. On the certificates it should read "Kenta Arakawa".

Thanks,
Kenta

"""
add("d-rep", "user_reply", False, CASE_D, [],
    frm=F_ME_P, to=F_TC, subj="Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    date="2025-06-11 21:30:44 +0900", mid_style="gmail", alt=True, reply_to="d-req",
    text=rep_d + gq("On Wed, Jun 11, 2025 at 10:12 AM AWS Training and Certification <%s> wrote:" % TC, d_req),
    what="owner gives legal name", note="owner's own mail")

d_res = """Hi Kenta,

Your certification record now shows your name as Kenta Arakawa, matching your passport. Updated
certificates can be downloaded from the Certifications page of your AWS Certification Account, and
Pearson VUE has the new spelling for your appointment on 12 June.

If there's anything you'd like to add, just reply to this e-mail.

Cheers,
Naomi B.
AWS Training and Certification Customer Support
"""
add("d-res", "resolved", False, CASE_D, [],
    frm=F_TC, to=F_ME_P, subj="RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D,
    date="2025-06-13 00:03:51 +0000", cte="quoted-printable",
    text=d_res + gq("On Wed, Jun 11, 2025 Kenta Arakawa <%s> wrote:" % ME_P, rep_d), reply_to="d-rep",
    what="name corrected", note="conditional invitation to reply")

add("cm-recert", "certification", False, None, ["AWS02283914"],
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=F_ME_P,
    subj="You've recertified: AWS Certified SysOps Administrator - Associate", date="2025-06-20 12:30:00 +0000",
    html_only=True, mid_style="certmetrics.com", cte="base64",
    html=wrap_html("""<p>Hello Kenta,</p>
<p>Well done &ndash; you have recertified as <b>AWS Certified SysOps Administrator &ndash; Associate</b>.
Your certification is now valid through 12 June 2028.</p>
<p>Candidate ID: AWS02283914</p>
<p>Your updated certificate is in your AWS Certification Account, and Credly will update your badge shortly.</p>
<p>AWS Certification</p>"""),
    what="recertification notice", note="HTML base64; candidate ID")

# =====================================================================================
# write everything
# =====================================================================================

def main():
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    rows = []
    for i, r in enumerate(MSGS, 1):
        stem = os.path.join(OUT, "%03d-msg" % i)
        with open(stem + ".eml", "wb") as fh:
            fh.write(r["raw"])
        label = OrderedDict([("kind", r["kind"]), ("needs_reply", r["needs_reply"]),
                             ("case", r["case"]), ("candidate_ids", r["cands"])])
        with open(stem + ".json", "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[r["kind"]] += 1
        rows.append("| %03d | %s | %s | %s | %s |" % (i, r["kind"], "yes" if r["needs_reply"] else "no",
                                                       r["what"].replace("|", "/"), r["note"].replace("|", "/")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print("%-22s %d" % (k, counts[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply true", sum(1 for r in MSGS if r["needs_reply"])))


README_HEAD = """me: kenta.arakawa.jp@gmail.com k.arakawa@tsubame-cloudworks.co.jp

# blind-294: held-out mail for one mailbox (Oct 2023 to Jun 2025)

The mailbox belongs to Kenta Arakawa. He has a personal address (Gmail) and a company address at Tsubame
Cloudworks K.K., an AWS Partner Network company he leaves on 30 April 2025. Both addresses arrive in the same
mailbox, and his own sent mail is kept in it. `python3 gen.py` rewrites every `NNN-msg.eml` / `NNN-msg.json`
and this README. It uses only the standard library.

## Cases

| case | digits | channel | topic | outcome |
|---|---|---|---|---|
| 13198457201 | 11 | T&C form | two certification accounts on one Gmail address (Credly not syncing) | info request, closing notice, handed to ops, confirmation, merged (Japanese), survey |
| 174398707200513 | 15 | T&C form | company (APN-linked) account merged into the personal one | ack, on hold for APN (with a question), wrong-address reply, hold lifted, HTML confirmation, closing notice, second confirmation, merged, survey, reopened for a missing voucher, Japanese Shift_JIS info request, voucher reissued |
| 174398734000871 | 15 | T&C form | duplicate form submitted 4 minutes after the one above | ack, then closed as a duplicate (case_update) |
| 5519327740 | 10 | Support Center (console) | exam voucher not applied at Pearson VUE | ack, info request (answer in console), owner e-mails no-reply by mistake, auto-reply, auto-resolve warning, resolved, survey |
| 174953280300264 | 15 | T&C form | name spelling on certification record | ack, info request, reply, resolved |
| 174546060000192 | 15 | AWS Educate form | other programme (trap) | a single question, labelled unrelated |

Traps around them: AWS bills, a Free Tier alert from the same no-reply address as console cases, marketing, a Builder ID code,
Skill Builder receipt, Pearson VUE booking and receipt, CertMetrics programme mail, Credly, GitHub "Merged" notices,
a Datadog ticket that "will close automatically", HR and colleague mail, an out-of-office, a bounce, a newsletter,
and four suspicious mails: two lookalike domains, one From `aws-cs-trainingcertification-form@amazon.com` with
SPF/DKIM/DMARC fail, and one From `do-not-reply@certmetrics.com` with dmarc=fail.

## Labelling decisions

- **`needs_reply`** is true only while support on a real T&C case (form or console) is waiting on the owner.
  All `user_reply` messages are false (the owner wrote them). Surveys, conditional invitations ("if you have
  anything to add…", 「ご不明な点がございましたら…」, "let me know if anything else comes up") and the AWS Educate
  question are false.
- **Hold with a question** (the first APN hold on case A ends "what is your last working day?"): kind `on_hold`,
  needs_reply **true**. The later hold that says nothing is needed is `on_hold`, false.
- **Wrong-address reply**: support asks to send the same answer again from the personal address. That is an
  `info_request` with needs_reply true, even though it arrives at the company address.
- **"Go ahead" without naming the account** is followed by a second, short `confirmation_request` ("you want
  Account #1 kept…?"), needs_reply true.
- **Console auto-reply after e-mailing no-reply-aws@amazon.com**: it looks like a bounce, but it is AWS's system
  on the case, it says the case still waits for the owner and tells him to answer in the Support Center. The owner
  would want to know he must write back, so I labelled it `info_request` with needs_reply true. This is the most
  debatable label in the set.
- **Duplicate case closed** (case B): `case_update`, false. It is not a closing notice, because nothing the owner
  writes is wanted. `case` is the duplicate's own number (the one in the subject).
- **Reopened case**: the owner's question reopens case A, and support's "I've reopened … passed to benefits" is
  a `case_update`.
- **CertMetrics "A new benefit is available"** is caused by case A but is programme mail, so it is `certification` with case null.
  "AWS Certification would like your opinion" is a programme questionnaire, so it is `certification`, not `survey`.
- **`case`**: the number of the AWS support case the message belongs to. It is set for T&C form cases and console cases,
  and for the AWS Educate form case too, because that is also an AWS support case even though its kind is `unrelated`.
  It is null for other vendors' tickets, phishing (even one whose subject carries a case-shaped number), and
  programme/badge mail. The owner's note-to-self was written before any case existed, so its case is null.
- **`candidate_ids`**: unique IDs in order of first appearance, taken from the message's own new text only.
  Text under quote markers or under an "Original Message" block is ignored. IDs in HTML tables count.
  Vendor mail that prints the candidate ID (Pearson VUE, CertMetrics) lists it.

## Messages

| # | kind | reply? | what it is | what makes it hard |
|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
