#!/usr/bin/env python3
"""Blind corpus generator (set blind-310): AWS Training and Certification support-case mail.

Stress theme: the request done, for every kind of request, against news that the work is only
under way, half done, or done by one team with another still to act.

Standard library only.  Run:  python3 gen.py   (writes NNN-msg.eml / NNN-msg.json next to this file)
"""
import base64
import datetime as _dt
import html as _html
import json
import os
import quopri
import random
import re
import string
from collections import Counter, OrderedDict
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(310)

ME_P = "mori.daisuke.dev@gmail.com"
ME_C = "daisuke.mori@hoshizora-sys.co.jp"
ME_NAME = "Daisuke Mori"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

# candidate IDs
NEW_ID = "AWS11920457"    # personal account (kept)
OLD_ID = "AWS03385142"    # company account
APN_ID = "AWS07730918"    # Partner Central SSO account
RET_ID = "AWS12644093"    # accidental account via Amazon.co.jp retail sign-in

# cases
CA = "174044232700418"    # account merge (company -> personal)
CAD = "174044278100425"   # duplicate form for the same merge
CB = "174113209301877"    # name on certificates
CC = "174185297502264"    # voucher reissue
CD = "174243421900936"    # exam result on the wrong account
CE = "174313169003315"    # Credly badges to another profile
CF = "174400446201148"    # notification addresses
CG = "174424653300772"    # exam accommodation ESL +30
CH = "14189027731"        # console case: duplicate exam charge (refund)
CI = "174661680902590"    # second merge (retail sign-in duplicate)

SUBJ = {
    CA: "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA,
    CAD: "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CAD,
    CB: "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CB,
    CC: "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-benefits" % CC,
    CD: "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-results" % CD,
    CE: "RE:[CASE %s] [AWS Training and Certification Form Submission] - digital-badges" % CE,
    CF: "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CF,
    CG: "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % CG,
    CI: "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CI,
}

# ----------------------------------------------------------------------------- helpers

def tz(h):
    return _dt.timezone(_dt.timedelta(hours=h))

def when(y, mo, d, h, mi, s=0, off=9):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz(off))

def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def alnum(n, extra=""):
    return "".join(R.choice(string.ascii_letters + string.digits + extra) for _ in range(n))

def ses_id():
    return "<0101%s-%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))

def gmail_id():
    return "<CA%s@mail.gmail.com>" % alnum(42, "+_-")

def outlook_id():
    return "<TYCPR01MB%d%s@TYCPR01MB%d.jpnprd01.prod.outlook.com>" % (
        R.randint(1000, 9999), alnum(12).upper(), R.randint(1000, 9999))

def generic_id(domain):
    return "<%s.%s@%s>" % (alnum(16), R.randint(100000, 999999), domain)

def h(s):
    return _html.escape(s, quote=False)

def t2h(txt):
    out = []
    for para in txt.strip("\n").split("\n\n"):
        if not para.strip():
            continue
        out.append("<p>" + "<br>\n".join(h(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out) + "\n"

def qlines(txt, mark="> "):
    return "\n".join((mark + l).rstrip() if l else mark.rstrip() for l in txt.strip("\n").split("\n"))

def gmail_attr(d, name, addr):
    return "On %s, %s <%s> wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), name, addr) if name else \
        "On %s <%s> wrote:" % (d.strftime("%a, %b %-d, %Y at %-I:%M %p"), addr)

def gmail_attr_ja(d, name, addr):
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, addr)

def gmail_reply(new, attr, quoted):
    text = new.rstrip("\n") + "\n\n" + attr + "\n\n" + qlines(quoted) + "\n"
    html = ('<div dir="ltr">' + t2h(new) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">' + h(attr) + '<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + t2h(quoted) +
            '</blockquote></div>\n')
    return text, html

def outlook_reply(new, hdr, quoted):
    """hdr: (from, sent, to, subject)"""
    f, s, t, sub = hdr
    text = (new.rstrip("\n") + "\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n"
            % (f, s, t, sub) + quoted.strip("\n") + "\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">' + t2h(new) +
            '</div><div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> '
            + h(f) + '<br><b>Sent:</b> ' + h(s) + '<br><b>To:</b> ' + h(t) + '<br><b>Subject:</b> '
            + h(sub) + '</font><div>&nbsp;</div></div><div>' + t2h(quoted) + '</div></body></html>\n')
    return text, html

def plain_html_page(inner, title=""):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">\n%s\n</body></html>\n'
            % (h(title), inner))

# ----------------------------------------------------------------------------- MIME

CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}

def encode_text(text, charset, cte):
    codec = CODEC[charset.lower()]
    if codec == "iso-2022-jp":
        raw = b"\n".join(l.encode(codec) for l in text.split("\n"))
    else:
        raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")
    if cte == "8bit":
        assert codec == "utf-8"
        return text
    raise ValueError(cte)

def P(text, charset="utf-8", cte="quoted-printable", ctype="text/plain", params=""):
    return {"t": "leaf", "ctype": ctype, "charset": charset, "cte": cte, "text": text, "params": params}

def H(html, charset="utf-8", cte="quoted-printable"):
    return P(html, charset, cte, "text/html")

def ALT(*parts):
    return {"t": "multi", "sub": "alternative", "parts": list(parts)}

def MIX(*parts):
    return {"t": "multi", "sub": "mixed", "parts": list(parts)}

def ATT(name, ctype, data):
    return {"t": "att", "name": name, "ctype": ctype, "data": data}

def boundary():
    return "%s%s" % (R.choice(["----=_Part_", "000000000000", "_NextPart_", "b1_"]), alnum(24))

def render(part):
    """returns (header_lines, body_str)"""
    if part["t"] == "leaf":
        cs = part["charset"]
        ct = '%s; charset="%s"%s' % (part["ctype"], cs if cs != "utf-8" else "UTF-8", part["params"])
        hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + part["cte"]]
        return hdr, encode_text(part["text"], cs, part["cte"])
    if part["t"] == "att":
        b64 = base64.encodebytes(part["data"]).decode("ascii")
        hdr = ['Content-Type: %s; name="%s"' % (part["ctype"], part["name"]),
               'Content-Disposition: attachment; filename="%s"' % part["name"],
               "Content-Transfer-Encoding: base64"]
        return hdr, b64
    b = boundary()
    hdr = ['Content-Type: multipart/%s;\n\tboundary="%s"' % (part["sub"], b)]
    chunks = []
    for p in part["parts"]:
        ph, pb = render(p)
        chunks.append("--%s\n%s\n\n%s" % (b, "\n".join(ph), pb.rstrip("\n") + "\n"))
    body = "\n".join(chunks) + "\n--%s--\n" % b
    return hdr, body

def enc_hdr(s, charset="utf-8"):
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
        return formataddr((name, a), charset=charset)

# ----------------------------------------------------------------------------- trace headers

SES_IPS = ["54.240.27.18", "54.240.27.56", "54.240.27.9", "54.240.27.187"]

def trace(kind, d, to, frm_domain, fail=False, mailfrom=None, ip=None):
    """kind: 'gmail' | 'm365' | 'sent'."""
    if kind == "sent":
        return []
    ip = ip or R.choice(SES_IPS)
    mailfrom = mailfrom or ("0101%s@us-west-2.amazonses.com" % hexs(20))
    mf_dom = mailfrom.split("@")[1]
    rcv = (d + _dt.timedelta(seconds=R.randint(2, 40))).astimezone(tz(-8 if d.month < 3 or (d.month == 3 and d.day < 9) else -7))
    stamp = format_datetime(rcv).replace("-0800", "-0800 (PST)").replace("-0700", "-0700 (PDT)")
    if kind == "gmail":
        if not fail:
            ar = ("mx.google.com;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                  "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                  "       dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s"
                  % (frm_domain, alnum(16).lower(), alnum(8), mailfrom, ip, mailfrom,
                     "QUARANTINE" if "amazon" in frm_domain else "NONE",
                     "QUARANTINE" if "amazon" in frm_domain else "NONE", frm_domain))
        else:
            ar = ("mx.google.com;\n       dkim=fail header.i=@%s header.s=%s header.b=%s (body hash did not verify);\n"
                  "       spf=fail (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
                  "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                  % (frm_domain, alnum(16).lower(), alnum(8), mailfrom, ip, mailfrom, frm_domain))
        return [
            "Delivered-To: " + to,
            "Received: by 2002:a05:7300:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
                hexs(4), hexs(3), hexs(4), alnum(10).lower(), stamp),
            "X-Received: by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s;\n        %s" % (
                hexs(4), hexs(3), hexs(4), alnum(10).lower(), stamp),
            "Return-Path: <%s>" % mailfrom,
            "Received: from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
            "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (("a27-%s.smtp-out.%s" % (ip.split(".")[-1], mf_dom)) if "amazonses" in mf_dom else ("mail." + mf_dom),
               ("a27-%s.smtp-out.%s" % (ip.split(".")[-1], mf_dom)) if "amazonses" in mf_dom else ("mail." + mf_dom),
               ip, alnum(12).lower(), to, stamp),
            "Received-SPF: %s (google.com: domain of %s %s %s as permitted sender) client-ip=%s;" % (
                "fail" if fail else "pass", mailfrom, "does not designate" if fail else "designates", ip, ip),
            "Authentication-Results: " + ar,
        ]
    if kind == "m365":
        if not fail:
            ar = ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                  " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                  % (ip, mf_dom, frm_domain, frm_domain))
        else:
            ar = ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
                  " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000"
                  % (ip, mf_dom, frm_domain, frm_domain))
        stamp2 = format_datetime(d.astimezone(_dt.timezone.utc)).replace("-0000", "+0000")
        return [
            "Received: from OS3P286MB%d.JPNP286.PROD.OUTLOOK.COM (2603:1096:604:%s::%s) by\n"
            " TYCPR01MB%d.jpnprd01.prod.outlook.com with HTTPS; %s" % (
                R.randint(1000, 9999), hexs(3), hexs(2), R.randint(1000, 9999), stamp2),
            "Received: from %s (%s) by\n OS3PEPF0000%s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n"
            " Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
                ("a27-%s.smtp-out.%s" % (ip.split(".")[-1], mf_dom)) if "amazonses" in mf_dom else ("mail." + mf_dom),
                ip, hexs(4).upper(), R.randint(1, 250), R.randint(1, 250), R.randint(7000, 8999), R.randint(10, 99), stamp2),
            "Authentication-Results: " + ar,
            "Received-SPF: %s (protection.outlook.com: domain of %s %s %s as permitted sender)\n"
            " receiver=protection.outlook.com; client-ip=%s;" % (
                "Fail" if fail else "Pass", mf_dom, "does not designate" if fail else "designates", ip, ip),
            "X-MS-Exchange-Organization-AuthAs: Anonymous",
            "X-MS-Exchange-Organization-SCL: %d" % (5 if fail else 1),
        ]
    raise ValueError(kind)

# ----------------------------------------------------------------------------- message registry

MSGS = []
THREADS = {}
ID_RE = re.compile(r"(?<![A-Za-z0-9])AWS\d{8}(?!\d)")

def ids_in(txt):
    seen = []
    for m in ID_RE.findall(re.sub(r"<[^>]+>", " ", txt)):
        if m not in seen:
            seen.append(m)
    return seen

def add(d, frm, to, subject, body, kind, reply, case, new, note, *, mailbox="gmail", cc=None, mid=None,
        thread=None, irt=True, fail=False, mailfrom=None, ip=None, extra=(), crlf=False, subj_cs="utf-8",
        from_cs="utf-8", date_tz=None):
    """new: the author's own new text (labels: candidate IDs come only from here)."""
    mid = mid or ses_id()
    hdrs = []
    frm_addr = frm[1]
    to_addr = to[1] if isinstance(to, tuple) else to
    frm_dom = frm_addr.split("@")[1]
    hdrs += trace(mailbox, d, to_addr, frm_dom, fail=fail, mailfrom=mailfrom, ip=ip)
    if date_tz is None and frm_addr.endswith("@amazon.com"):
        date_tz = 0
    dd = d if date_tz is None else d.astimezone(tz(date_tz))
    hdrs.append("Date: " + format_datetime(dd))
    hdrs.append("From: " + addr(frm[0], frm[1], from_cs))
    hdrs.append("To: " + (addr(to[0], to[1], from_cs) if isinstance(to, tuple) else to))
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs.append("Message-ID: " + mid)
    if thread is not None:
        prev = THREADS.setdefault(thread, [])
        if prev and irt:
            hdrs.append("In-Reply-To: " + prev[-1])
            refs = prev[-6:]
            hdrs.append("References: " + "\n ".join(refs))
        prev.append(mid)
    hdrs.append("Subject: " + enc_hdr(subject, subj_cs))
    hdrs.append("MIME-Version: 1.0")
    hdrs += list(extra)
    ph, pb = render(body)
    msg = "\n".join(hdrs + ph) + "\n\n" + pb
    if not msg.endswith("\n"):
        msg += "\n"
    if crlf:
        msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    label = OrderedDict([("kind", kind), ("needs_reply", reply), ("case", case), ("candidate_ids", ids_in(new))])
    MSGS.append({"date": d, "raw": msg.encode("utf-8"), "label": label, "note": note, "subject": subject})
    return mid

# ----------------------------------------------------------------------------- signatures / senders

AWS_FORM = ("AWS Training and Certification", FORM)
AWS_FORM_BARE = ("", FORM)
AWS_CONSOLE = ("Amazon Web Services", CONSOLE)
ME_G = (ME_NAME, ME_P)
ME_O = ("Mori Daisuke (森 大輔)", ME_C)
TO_P = ME_P
TO_C = ("森 大輔", ME_C)

SUPPORT_FOOT = ("\n--\nAWS Training and Certification Customer Support\n"
                "When you reply, keep the case reference in the subject line unchanged.\n"
                "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n")

def form_ack_en(case, inquiry, detail, contact, cand, message):
    return (
        "Hello,\n\n"
        "We've received your request and created case %s for it. Someone from the AWS Training and "
        "Certification team normally responds within one business day; requests that need research "
        "can take a little longer.\n\n"
        "Please don't submit the form again for this same request. If you need to add something, "
        "reply to this e-mail and it will be attached to the case.\n\n"
        "Case details\n"
        "------------\n"
        "Case ID: %s\n"
        "Inquiry type: %s\n"
        "Additional details: %s\n"
        "Contact e-mail: %s\n"
        "AWS candidate ID: %s\n"
        "Description:\n%s\n\n"
        "Sincerely,\nAWS Training and Certification\n"
        % (case, case, inquiry, detail, contact, cand, message))

def form_ack_ja(case, detail, contact, cand, message):
    return (
        "AWS トレーニングと認定へのお問い合わせ、誠にありがとうございます。\n\n"
        "お問い合わせを承り、ケース %s を登録いたしました。\n"
        "担当者より、原則として1営業日以内にご連絡いたします。調査が必要な内容の場合は、"
        "もう少しお時間を頂戴することがございます。\n\n"
        "同じご依頼でフォームを再度送信されますと、対応が遅れる原因となります。"
        "追加の情報は、このメールへの返信でお送りください。\n\n"
        "■ お問い合わせ内容\n"
        "ケースID: %s\n"
        "お問い合わせタイプ: AWS トレーニングと認定\n"
        "その他の詳細: %s\n"
        "連絡先メールアドレス: %s\n"
        "AWS 候補 ID: %s\n"
        "本文:\n%s\n\n"
        "AWS トレーニングと認定\n"
        % (case, case, detail, contact, cand, message))


def build():
    # =========================================================================== 001
    t = ("Hello,\n\n"
         "Use the code below to verify your e-mail address for your AWS Builder ID.\n\n"
         "Verification code: 482913\n\n"
         "The code expires 10 minutes after it was sent. If you didn't try to create or sign in to an "
         "AWS Builder ID, you can ignore this message.\n\n"
         "Amazon Web Services\n")
    add(when(2025, 2, 24, 22, 3, 11), ("AWS Builder ID", "no-reply@signin.aws"), TO_P,
        "Verify your AWS Builder ID email address", P(t, "utf-8", "7bit"),
        "unrelated", False, None, t,
        "Builder ID one-time code; 6-digit number that is neither a case nor a candidate ID.",
        mailfrom="bounces+%s@signin.aws" % hexs(10), ip="54.240.8.91", mid=ses_id())

    # =========================================================================== 002 ack A
    msg = ("I am leaving Hoshizora Systems at the end of March and would like to merge my AWS "
           "Certification accounts before my company e-mail is shut down.\n"
           "Old account (company e-mail daisuke.mori@hoshizora-sys.co.jp): AWS03385142\n"
           "Account to keep (personal e-mail mori.daisuke.dev@gmail.com): AWS11920457\n"
           "Please keep mori.daisuke.dev@gmail.com on file.")
    t = form_ack_en(CA, "Certification", "Account Merge", ME_P, NEW_ID, msg)
    add(when(2025, 2, 25, 9, 12, 19), AWS_FORM, TO_P, SUBJ[CA],
        ALT(P(t), H(plain_html_page(t2h(t)))), "acknowledgement", False, CA, t,
        "Form acknowledgement; the echoed form text carries both candidate IDs (counted: it is the "
        "message's own text, not quoted mail) and a conditional 'reply to add something'.",
        thread=CA, crlf=True)

    # =========================================================================== 003 ack A-dup (JA, company)
    msg = ("退職に伴い、会社のメールアドレスで作成した AWS 認定アカウントを、個人のメールアドレスの"
           "アカウントへ統合したいと考えています。\n個人のアドレス: mori.daisuke.dev@gmail.com")
    t = form_ack_ja(CAD, "アカウントの統合", ME_C, "(未入力)", msg)
    add(when(2025, 2, 25, 9, 19, 55), ("AWS トレーニングと認定", FORM), TO_C,
        SUBJ[CAD], P(t, "iso-2022-jp", "7bit"), "acknowledgement", False, CAD, t,
        "Second form for the same merge, sent from the company address: Japanese ISO-2022-JP "
        "acknowledgement of a duplicate case.", mailbox="m365", thread=CAD, from_cs="iso-2022-jp")

    # =========================================================================== 004 GitHub merged
    t = ("Merged #412 into main.\n\n"
         "--\nReply to this email directly, view it on GitHub:\n"
         "https://github.com/hoshizora-sys/infra-modules/pull/412#event-16470392218\n"
         "You are receiving this because you authored the thread.\n")
    hh = ('<p>Merged <a href="https://github.com/hoshizora-sys/infra-modules/pull/412">#412</a> into '
          '<code>main</code>.</p>\n<p style="font-size:small;color:#666">&mdash;<br>Reply to this email '
          'directly, <a href="https://github.com/hoshizora-sys/infra-modules/pull/412#event-16470392218">'
          'view it on GitHub</a>.<br>You are receiving this because you authored the thread.</p>\n')
    add(when(2025, 2, 25, 13, 40, 2), ("Kenji Sasaki", "notifications@github.com"), TO_C,
        "Re: [hoshizora-sys/infra-modules] Bump AWS provider to 5.88 and merge account modules (PR #412)",
        ALT(P(t, "utf-8", "7bit"), H(hh, "utf-8", "7bit")), "unrelated", False, None, t,
        "GitHub 'Merged … into main' and 'merge account modules' in the subject: merge vocabulary, not a case.",
        mailbox="m365", mid="<hoshizora-sys/infra-modules/pull/412/issue_event/16470392218@github.com>",
        mailfrom="noreply@github.com", ip="192.30.252.201",
        extra=["X-GitHub-Reason: author", "List-ID: hoshizora-sys/infra-modules <infra-modules.hoshizora-sys.github.com>"])

    # =========================================================================== 005 confirmation A
    q005 = ("Hi Daisuke,\n\n"
            "Thanks for your patience. While looking up the addresses you gave us I found three "
            "certification accounts that belong to you, not two:\n\n"
            "Account #1\n"
            "  Candidate ID: AWS11920457\n"
            "  Login email: mori.daisuke.dev@gmail.com\n"
            "  Training notification email: mori.daisuke.dev@gmail.com\n"
            "  Certification notification email: mori.daisuke.dev@gmail.com\n\n"
            "Account #2\n"
            "  Candidate ID: AWS03385142\n"
            "  Login email: daisuke.mori@hoshizora-sys.co.jp\n"
            "  Training notification email: daisuke.mori@hoshizora-sys.co.jp\n"
            "  Certification notification email: daisuke.mori@hoshizora-sys.co.jp\n\n"
            "Account #3\n"
            "  Candidate ID: AWS07730918\n"
            "  Login email: daisuke.mori@hoshizora-sys.co.jp (signed in through AWS Partner Central)\n"
            "  Training notification email: daisuke.mori@hoshizora-sys.co.jp\n"
            "  Certification notification email: (not set)\n\n"
            "Account #3 has no exam history, but it carries the 50% exam discount voucher you earned "
            "last year.\n\n"
            "Accounts that are folded into another can't be separated again afterwards, so I want to be "
            "sure before I run anything. Are all three yours, and is Account #1 the one we should keep, "
            "with #2 and #3 merged into it?\n\n"
            "Kind regards,\n\nPriya S.\nAWS Training and Certification Customer Support\n")
    t = q005 + SUPPORT_FOOT
    d005 = when(2025, 2, 26, 16, 5, 40)
    add(d005, AWS_FORM, TO_P, SUBJ[CA], ALT(P(t), H(plain_html_page(t2h(t)))),
        "confirmation_request", True, CA, t,
        "The classic Account #1/#2/#3 listing; the ask is two questions near the end, no 'please'.",
        thread=CA)

    # =========================================================================== 006 duplicate closed
    t = ("Hello,\n\n"
         "This case was opened for the same request as case 174044232700418, which was created a few "
         "minutes earlier from mori.daisuke.dev@gmail.com. To keep the work in one place we have closed "
         "case 174044278100425 as a duplicate; everything about your account merge will continue on "
         "case 174044232700418.\n\n"
         "Nothing is needed from you on this case.\n\n"
         "Regards,\nTomasz W.\nAWS Training and Certification Customer Support\n")
    add(when(2025, 2, 26, 16, 11, 3), AWS_FORM, TO_C, SUBJ[CAD], P(t, "us-ascii", "7bit"),
        "case_update", False, CAD, t,
        "Duplicate case closed and pointed at the main case: 'closed' but not a resolution and not a "
        "closing notice; labelled with the duplicate's own number (its subject tag), though the body "
        "names the other case first.", mailbox="m365", thread=CAD, crlf=True)

    # =========================================================================== 007 user confirms A
    new = ("Hi Priya,\n\n"
           "Yes, all three are mine. Account #3 (AWS07730918) must be the one Partner Central created "
           "when I signed in through it last year - I didn't know it existed.\n\n"
           "Confirmed: please keep Account #1 (AWS11920457) and merge #2 and #3 into it.\n\n"
           "Thanks,\nDaisuke Mori\n")
    tt, hh = gmail_reply(new, gmail_attr(d005, "AWS Training and Certification", FORM), q005)
    d007 = when(2025, 2, 26, 22, 47, 31)
    add(d007, ME_G, ("AWS Training and Certification", FORM), SUBJ[CA],
        ALT(P(tt, "utf-8", "quoted-printable"), H(hh, "utf-8", "quoted-printable")),
        "user_reply", False, CA, new,
        "Owner's confirmation; quoted request underneath still asks questions.",
        mailbox="sent", mid=gmail_id(), thread=CA)

    # =========================================================================== 008 on hold, half merged
    new = ("Hello Daisuke,\n\n"
           "A quick update on the merge, and one part that has to wait.\n\n"
           "Account #2 (AWS03385142) is merged into Account #1 (AWS11920457). Sign in with "
           "mori.daisuke.dev@gmail.com and you'll find the exam history and the four certifications from "
           "the old account under Exam History and Certifications.\n\n"
           "Account #3 (AWS07730918) is another matter. It was created through AWS Partner Central and is "
           "still associated with Hoshizora Systems' partner organization. A partner-associated account "
           "can't be folded into a personal one until the partner releases it, and that step belongs to "
           "Hoshizora's Partner Central administrator - not to you, and not to us. I've contacted the "
           "partner's alliance lead through the partner channel.\n\n"
           "I'm putting this case on hold until the association is removed. There is nothing for you to do "
           "in the meantime; I'll write as soon as it moves.\n\n"
           "Best,\nTomasz W.\nAWS Training and Certification Customer Support\n")
    hh = plain_html_page('<div style="max-width:640px">' + t2h(new) +
                         '<p style="color:#687078;font-size:12px">When you reply, keep the case reference '
                         'in the subject line unchanged.</p></div>')
    d008 = when(2025, 2, 27, 11, 30, 12)
    add(d008, AWS_FORM, TO_P, SUBJ[CA], H(hh, "utf-8", "base64"),
        "on_hold", False, CA, new,
        "HALF DONE: opens with a completed merge of #2 ('is merged', what now shows) but the case is "
        "explicitly on hold for the partner; nothing asked. HTML-only, base64.", thread=CA)

    # =========================================================================== 009 colleague (partner admin)
    t = ("森さん\n\nお疲れさまです、佐々木です。\n\n"
         "AWS のパートナー窓口から、森さんの認定アカウントを当社の Partner Central の組織から外してほしい、"
         "という連絡が来ました。アライアンス担当として今日中に解除しておきます。"
         "森さんの方で何かする必要はないはずです。\n\n"
         "それと送別会ですが、3/27(木)19時から新橋の「とり松」で予約しました。"
         "出欠だけ今週中に教えてください。\n\n佐々木\n")
    add(when(2025, 2, 27, 18, 20, 44), ("佐々木 健", "k.sasaki@hoshizora-sys.co.jp"), TO_C,
        "Partner Centralの件と送別会について", P(t, "iso-2022-jp", "7bit"),
        "unrelated", False, None, t,
        "Colleague (the partner admin) writing about the same hold, plus an RSVP question: not support, "
        "so no reply is owed on a case.", mailbox="m365", mid=outlook_id(),
        mailfrom="k.sasaki@hoshizora-sys.co.jp", ip="40.107.74.52", subj_cs="iso-2022-jp",
        from_cs="iso-2022-jp")

    # =========================================================================== 010 certmetrics survey
    hh = plain_html_page(
        '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
        '<tr><td style="background:#232f3e;color:#fff;padding:16px;font-size:20px">AWS Certification</td></tr>'
        '<tr><td style="padding:20px">'
        '<p>Hello Daisuke,</p>'
        '<p>You recently earned AWS Certified Developer &ndash; Associate. We are always improving our exams '
        'and would value ten minutes of your time to tell us how the exam and the testing experience went.</p>'
        '<p style="text-align:center"><a href="https://survey.certmetrics.com/s/aws?t=8d1f0c" '
        'style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Take the survey</a></p>'
        '<p>The survey is voluntary and your answers are not linked to your exam score.</p>'
        '<p>AWS Certification</p></td></tr></table>', "AWS Certification")
    add(when(2025, 3, 1, 2, 14, 5), ("AWS Certification", "do-not-reply@certmetrics.com"), TO_P,
        "Share your AWS Certification exam experience", H(hh, "utf-8", "quoted-printable"),
        "certification", False, None, hh,
        "Certification-program feedback request, not a support-case survey.",
        mailfrom="bounce-%s@certmetrics.com" % hexs(8), ip="198.2.179.40", mid=generic_id("certmetrics.com"))

    # =========================================================================== 011 hold lifted, under way
    new = ("Hello Daisuke,\n\n"
           "The partner side came through: Hoshizora Systems' Partner Central administrator removed the "
           "association for Account #3 (AWS07730918) this morning, so I've taken the case off hold.\n\n"
           "The last merge, #3 into AWS11920457, is now queued. Our merge tool works through requests in "
           "batches, so allow up to two business days. I'll confirm here once it has run. No need to reply.\n\n"
           "Tomasz W.\n")
    add(when(2025, 3, 3, 10, 15, 27), AWS_FORM, TO_P, SUBJ[CA], P(new + SUPPORT_FOOT),
        "case_update", False, CA, new,
        "UNDER WAY: hold lifted, merge 'queued'; reads like progress toward done but nothing is done yet.",
        thread=CA)

    # =========================================================================== 012 resolved A, table
    new_html = (
        '<p>Hi Daisuke,</p>\n'
        '<p>All done &mdash; your certification record is now one account. Here is how it looks compared '
        'with when you wrote in:</p>\n'
        '<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">\n'
        '<tr style="background:#f2f3f3"><th></th><th>Before</th><th>Now</th></tr>\n'
        '<tr><td>Certification accounts</td><td>3 (AWS11920457, AWS03385142, AWS07730918)</td>'
        '<td>1 (AWS11920457)</td></tr>\n'
        '<tr><td>Sign-in</td><td>mori.daisuke.dev@gmail.com, daisuke.mori@hoshizora-sys.co.jp (twice)</td>'
        '<td>mori.daisuke.dev@gmail.com (AWS Builder ID)</td></tr>\n'
        '<tr><td>Certifications</td><td>4, on the company account</td><td>4 active, all on one account</td></tr>\n'
        '<tr><td>Exam history</td><td>split across two accounts</td><td>7 exams in one list</td></tr>\n'
        '<tr><td>Benefits</td><td>50% voucher on Account #3</td><td>see note below</td></tr>\n'
        '</table>\n'
        '<p><b>Note on the voucher:</b> a voucher that reaches its expiry date while a merge is pending '
        'isn\'t carried over, and the one on Account #3 expired on 28 February while we were waiting for '
        'the partner. The Certification Benefits team can look at reissuing it; that is a separate request '
        '(Exam Benefits on the contact form).</p>\n'
        '<p><b>Credly:</b> your badges stay on the Credly profile they were issued to. Moving them to a '
        'different Credly profile is also a separate request.</p>\n'
        '<p>Best regards,<br>Priya S.<br>AWS Training and Certification Customer Support</p>\n')
    quoted = ('<div style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
              '<p>On 26 Feb 2025 22:47, Daisuke Mori wrote:</p>'
              '<p>Confirmed: please keep Account #1 (AWS11920457) and merge #2 and #3 into it.</p>'
              '<p>On 26 Feb 2025 16:05, AWS Training and Certification wrote:</p>'
              '<p>Accounts that are folded into another can\'t be separated again afterwards, so I want to be '
              'sure before I run anything. Are all three yours, and is Account #1 the one we should keep, '
              'with #2 and #3 merged into it?</p></div>\n')
    hh = plain_html_page(new_html + '<br>\n' + quoted)
    add(when(2025, 3, 4, 14, 2, 50), AWS_FORM, TO_P, SUBJ[CA], H(hh, "utf-8", "quoted-printable"),
        "resolved", False, CA, new_html,
        "DONE as a before/after table (HTML-only); quotes the old confirmation questions underneath; "
        "mentions two further 'separate request' options (suggestions, not asks).", thread=CA, crlf=True)

    # =========================================================================== 013 Credly updated badges
    t = ("Hi Daisuke,\n\n"
         "Amazon Web Services Training and Certification has updated the issuer records for 4 of your badges:\n\n"
         "  - AWS Certified Solutions Architect - Associate\n"
         "  - AWS Certified Developer - Associate\n"
         "  - AWS Certified SysOps Administrator - Associate\n"
         "  - AWS Certified Data Engineer - Associate\n\n"
         "No action is needed. Your badges remain on your Credly profile.\n\n"
         "View your profile: https://www.credly.com/users/daisuke-mori.3f9c2a1b\n\n"
         "Credly, Inc. | 1 Liberty Plaza, New York, NY\n")
    add(when(2025, 3, 4, 14, 9, 33), ("Credly", "admin@credly.com"), TO_C,
        "Your Amazon Web Services Training and Certification badges were updated",
        ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)), "utf-8", "quoted-printable")),
        "badge", False, None, t,
        "Credly notice right after the merge, to the company address.",
        mailbox="m365", mid=generic_id("credly.com"), mailfrom="bounces@mail.credly.com", ip="167.89.14.33")

    # =========================================================================== 014 survey A
    hh = plain_html_page(
        '<p>Hello,</p><p>Your case <b>174044232700418</b> (account-assistance) was recently resolved. '
        'How satisfied are you with the support you received?</p>'
        '<p>' + " ".join('<a href="https://support.aws.amazon.com/feedback?c=174044232700418&amp;r=%d" '
                         'style="padding:6px 10px;border:1px solid #aaa;text-decoration:none">%d</a>' % (i, i)
                         for i in range(1, 6)) + '</p>'
        '<p style="font-size:12px;color:#777">1 = very dissatisfied, 5 = very satisfied. The survey takes '
        'about two minutes and is optional.</p><p>AWS Training and Certification</p>')
    add(when(2025, 3, 5, 6, 30, 4), AWS_FORM, TO_P,
        "How was your experience with case 174044232700418?", H(hh, "utf-8", "quoted-printable"),
        "survey", False, CA, hh, "Post-resolution survey from the same form sender.")

    # =========================================================================== 015 ack B (JA)
    msg = ("認定証に記載される氏名が「MORI DAISUKE」(姓名の順、すべて大文字)になっています。"
           "「Daisuke Mori」に修正をお願いします。\nAWS候補ID: AWS11920457")
    t = form_ack_ja(CB, "Certificate / Transcript", ME_P, NEW_ID, msg)
    add(when(2025, 3, 5, 8, 48, 30), ("AWS トレーニングと認定", FORM), TO_P, SUBJ[CB],
        P(t, "utf-8", "base64"), "acknowledgement", False, CB, t,
        "Japanese acknowledgement, UTF-8 base64, Japanese display name in From.", thread=CB)

    # =========================================================================== 016 billing (same sender as console)
    t = ("Greetings from Amazon Web Services,\n\n"
         "This e-mail confirms that your latest billing statement is available on the AWS web site. "
         "Your account will be charged the following:\n\n"
         "Total: USD 14.62\n\n"
         "Account: [AWS ID 123456789012]\n"
         "Invoice ID: 2076340981\n"
         "Billing period: February 1 - February 28, 2025\n\n"
         "You can see a complete break down of all charges on the Bills page:\n"
         "https://console.aws.amazon.com/billing/home#/bills\n\n"
         "This message was produced and distributed by Amazon Web Services, Inc. This mailbox cannot "
         "receive replies.\n")
    add(when(2025, 3, 5, 10, 0, 58), AWS_CONSOLE, TO_P,
        "Amazon Web Services Billing Statement Available [Account: 123456789012]", P(t, "utf-8", "7bit"),
        "unrelated", False, None, t,
        "Same sender as console cases; 12-digit account ID and a 10-digit invoice number that are not cases.")

    # =========================================================================== 017 info request B
    q017 = ("Hello Daisuke,\n\n"
            "Thank you for writing in about the name on your certificates.\n\n"
            "Some background first. The name printed on certificates, transcripts and the validation page "
            "comes from the legal name on your certification profile, and that name also has to match the "
            "government-issued ID you present at Pearson VUE or to an online proctor. If the two drift "
            "apart, you can be turned away on exam day, so we only change it to exactly what appears on the "
            "ID. Letter case and the order of family and given name can be adjusted; spelling can't.\n\n"
            "At the moment the profile holds First name: MORI, Last name: DAISUKE, which is why your "
            "certificates print \u201cMORI DAISUKE\u201d.\n\n"
            "What I still need from you is the name as it appears on the ID you use for exams, with given "
            "name and family name given separately, and which document that is (passport, driver\u2019s "
            "licence, My Number card). With that I can make the change.\n\n"
            "Regards,\nKeanu M.\nAWS Training and Certification Customer Support\n")
    d017 = when(2025, 3, 6, 3, 22, 9, 0)
    add(d017, AWS_FORM, TO_P, SUBJ[CB], P(q017 + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "info_request", True, CB, q017,
        "Request buried after two paragraphs of policy; 'What I still need from you is…' with no "
        "question mark and no 'please'.", thread=CB, date_tz=0)

    # =========================================================================== 018 Pearson VUE reminder
    t = ("Dear Daisuke Mori,\n\n"
         "This is a reminder of your upcoming exam appointment.\n\n"
         "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
         "Date: Wednesday, March 19, 2025\n"
         "Start time: 1:30 PM Japan Standard Time\n"
         "Registration ID: 431998207\n"
         "Candidate ID: AWS03385142\n"
         "Test center: Pearson Professional Centers-Tokyo Shinjuku, Shinjuku-ku, Tokyo 160-0023\n\n"
         "Please arrive 15 minutes early with your ID. To reschedule or cancel, sign in to your AWS "
         "Certification account at least 24 hours before the appointment.\n\n"
         "Pearson VUE\n")
    add(when(2025, 3, 7, 17, 2, 45), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), TO_P,
        "Reminder: your AWS Certification exam appointment on March 19, 2025",
        ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)), "utf-8", "quoted-printable")),
        "unrelated", False, None, t,
        "Exam vendor reminder; carries the OLD candidate ID (the seed of case D) and a 9-digit registration "
        "ID; 'Please arrive' is not a reply request.", mid=generic_id("pearson.com"),
        mailfrom="bounce@mail.pearsonvue.com", ip="148.105.8.14")

    # =========================================================================== 019 closing notice B
    t = ("Hello,\n\n"
         "We're following up on case 174113209301877. On March 6 we asked you for some information "
         "and we haven't received a reply yet.\n\n"
         "If we don't hear from you by March 13, 2025, the case will be closed automatically. To keep it "
         "open, reply to this e-mail with the details requested; a reply after the case has closed will "
         "reopen it.\n\n"
         "AWS Training and Certification\n")
    d019 = when(2025, 3, 10, 4, 0, 3, 0)
    add(d019, AWS_FORM_BARE, TO_P, SUBJ[CB], P(t, "us-ascii", "7bit"),
        "closing_notice", True, CB, t, "Template closing notice without agent or In-Reply-To.",
        thread=CB, irt=False, date_tz=0)

    # =========================================================================== 020 user reply B (Outlook, company)
    new = ("Hello Keanu,\n\n"
           "Sorry for the slow reply. The ID I use for exams is my passport, which reads:\n\n"
           "Surname: MORI\nGiven name: DAISUKE\n\n"
           "Please set the profile to given name Daisuke, family name Mori, so the certificates read "
           "\"Daisuke Mori\". My candidate ID is AWS11920457.\n\n"
           "Best regards,\nDaisuke Mori\n")
    quoted = t + "\n\n-----Original Message-----\nFrom: aws-cs-trainingcertification-form@amazon.com\n" \
        "Sent: Thursday, March 6, 2025 12:22 PM\n\n" + q017
    tt, hh = outlook_reply(new, ("aws-cs-trainingcertification-form@amazon.com",
                                 "Monday, March 10, 2025 1:00 PM", ME_P, SUBJ[CB]), quoted)
    add(when(2025, 3, 10, 21, 15, 2), ME_O, ("aws-cs-trainingcertification-form@amazon.com", FORM),
        "RE: " + SUBJ[CB], ALT(P(tt, "utf-8", "quoted-printable"),
                                H(hh, "utf-8", "quoted-printable")),
        "user_reply", False, CB, new,
        "Owner answers from the company address in Outlook style, above the closing notice and the "
        "original request.", mailbox="sent", mid=outlook_id(), thread=CB, from_cs="utf-8",
        extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtR" + alnum(20)])

    # =========================================================================== 021 half done B
    new = ("Hi Daisuke,\n\n"
           "Thanks, that's everything I needed. I've changed your profile to given name Daisuke, family name "
           "Mori, and the account page already shows \"Daisuke Mori\".\n\n"
           "The certificate PDFs, the transcript and the public validation page are produced by a nightly "
           "job, so for now they still say MORI DAISUKE. I'll look again tomorrow morning and confirm once the "
           "downloads have caught up; the case stays open until then.\n\n"
           "No need to reply.\n\nKeanu M.\n")
    add(when(2025, 3, 11, 6, 41, 19, 0), AWS_FORM, TO_P, SUBJ[CB], P(new + SUPPORT_FOOT, "utf-8", "7bit"),
        "case_update", False, CB, new,
        "HALF DONE: profile already shows the new name (sounds done) but the certificates - the thing "
        "asked for - wait for a nightly job and support will come back.", thread=CB, date_tz=0)

    # =========================================================================== 022 resolved B
    q022 = ("Hi Daisuke,\n\n"
            "Checked this morning: your four certificate PDFs, the transcript and the validation page for "
            "each certification now show \"Daisuke Mori\". Certificates you downloaded before today keep the "
            "old name, so download them again if you need copies.\n\n"
            "One thing that isn't ours to change: the name on your Credly badges comes from your Credly "
            "profile, which you edit yourself in Credly under Settings > Profile.\n\n"
            "I'm marking this case resolved. If anything on the certificates still looks wrong, reply and the "
            "case will reopen.\n\nKeanu M.\nAWS Training and Certification Customer Support\n")
    d022 = when(2025, 3, 12, 10, 5, 36)
    add(d022, AWS_FORM, TO_P, SUBJ[CB],
        ALT(P(q022, "utf-8", "base64"), H(plain_html_page(t2h(q022)), "utf-8", "base64")),
        "resolved", False, CB, q022,
        "DONE, 'what now shows'; leaves a Credly step to the owner (not a reply) and a conditional reopen.",
        thread=CB)

    # =========================================================================== 023 certmetrics profile updated
    hh = plain_html_page(
        '<p>Hello Daisuke Mori,</p>'
        '<p>The following information on your AWS Certification account (Candidate ID: AWS11920457) was '
        'updated on March 11, 2025:</p><ul><li>Legal name</li></ul>'
        '<p>If you made this change, no action is needed. If you did not, contact AWS Training and '
        'Certification through the contact form.</p><p>AWS Certification</p>'
        '<p style="font-size:11px;color:#888">This is an automated message from an unmonitored mailbox.</p>')
    add(when(2025, 3, 12, 1, 14, 9, -6), ("AWS Certification", "do-not-reply@certmetrics.com"), TO_P,
        "Your AWS Certification account information was updated", H(hh, "utf-8", "7bit"),
        "certification", False, None, hh,
        "Automated program notice of the name change: looks like the resolution of case B but is not "
        "support mail and names no case.", mid=generic_id("certmetrics.com"),
        mailfrom="bounce-%s@certmetrics.com" % hexs(8), ip="198.2.179.41")

    # =========================================================================== 024 forward B to HR
    new = ("Tanaka-san,\n\n"
           "Following up on the certification list I sent for onboarding: AWS has fixed the name order on my "
           "certificates, so the PDFs I send next week will say \"Daisuke Mori\". My candidate ID is "
           "AWS11920457 in case you verify them on the AWS validation page. Their note is below for your "
           "records.\n\nBest regards,\nDaisuke Mori\n")
    fwd = ("---------- Forwarded message ---------\n"
           "From: <aws-cs-trainingcertification-form@amazon.com>\n"
           "Date: Wed, Mar 12, 2025 at 10:05 AM\n"
           "Subject: %s\nTo: <mori.daisuke.dev@gmail.com>\n\n\n" % SUBJ[CB])
    tt = new + "\n" + fwd + q022
    hh = ('<div dir="ltr">' + t2h(new) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
          + "<br>".join(h(l) for l in fwd.strip().split("\n")) + '<br></div><br><br>' + t2h(q022) + '</div></div>\n')
    add(when(2025, 3, 12, 19, 2, 40), ME_G, ("Emi Tanaka", "e.tanaka@aozora-cloud.jp"), "Fwd: " + SUBJ[CB],
        ALT(P(tt), H(hh)), "user_reply", False, CB, new,
        "Owner forwards the resolution to the new employer's HR: owner mail with a whole resolved message "
        "inside.", mailbox="sent", mid=gmail_id())

    # =========================================================================== 025 other vendor solved
    hh = plain_html_page(
        '<p style="color:#999">##- Please type your reply above this line -##</p>'
        '<p>Hi Daisuke,</p><p>Your request <b>#88412</b> "Transfer Kumo Analytics seat to personal '
        'account" has been solved. We moved your seat and workspace history to '
        'mori.daisuke.dev@gmail.com.</p><p>If you reply to this email within 7 days the request will '
        'reopen; after that it is closed.</p><p>Kumo Analytics Support</p>')
    add(when(2025, 3, 13, 11, 31, 7), ("Kumo Analytics Support", "help@kumoanalytics.io"), TO_P,
        "[Kumo Analytics] Request #88412 has been solved", H(hh, "utf-8", "quoted-printable"),
        "unrelated", False, None, hh,
        "Another vendor's 'request solved / seat moved to personal account': same shape as a resolution.",
        mid=generic_id("kumoanalytics.zendesk.com"), mailfrom="support@kumoanalytics.zendesk.com",
        ip="192.161.147.3")

    # =========================================================================== 026 ack C
    msg = ("Case 174044232700418 merged my accounts. The 50% exam discount voucher that was on AWS07730918 "
           "expired on 28 February while that case was on hold waiting for my former employer. Could it be "
           "reissued on AWS11920457? I plan to take the Security Specialty exam in April.")
    t = form_ack_en(CC, "Certification", "Exam Benefits / Vouchers", ME_P, NEW_ID, msg)
    add(when(2025, 3, 13, 17, 3, 8), AWS_FORM, TO_P, SUBJ[CC], ALT(P(t), H(plain_html_page(t2h(t)))),
        "acknowledgement", False, CC, t,
        "Acknowledgement whose echoed text names another (resolved) case number and 'merged'.", thread=CC)

    # =========================================================================== 027 handed to another team C
    q027 = ("Hello Daisuke,\n\n"
            "I've checked your account: the voucher from the former Account #3 did lapse on 28 February, and "
            "since the delay was on our side it qualifies for a reissue.\n\n"
            "Voucher codes are created by the Certification Benefits team rather than by Customer Support, "
            "so I've sent them the request together with the history of the merge. Their turnaround is "
            "usually two to three business days. I'm keeping ownership of this case and will tell you when "
            "the new voucher is on your account.\n\n"
            "Kind regards,\nAyesha R.\n")
    d027 = when(2025, 3, 14, 11, 11, 52)
    add(d027, AWS_FORM, TO_P, SUBJ[CC], P(q027 + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "case_update", False, CC, q027,
        "UNDER WAY: 'qualifies for a reissue' sounds like a yes, but the voucher is not issued; passed to "
        "another team.", thread=CC)

    # =========================================================================== 028 phishing voucher
    hh = plain_html_page(
        '<div style="max-width:600px;margin:auto;border:1px solid #eee">'
        '<div style="background:#232f3e;padding:14px"><img src="https://aws-certification-benefits.com/img/aws.png" '
        'alt="aws" height="28"></div><div style="padding:20px">'
        '<p>Dear Certified Professional,</p>'
        '<p>Following your recent support request, your <b>50% exam discount voucher has been reissued</b>.</p>'
        '<p>To activate it, sign in with your AWS Builder ID within <b>48 hours</b>. Vouchers that are not '
        'activated are forfeited and cannot be reissued again.</p>'
        '<p style="text-align:center"><a href="https://aws-certification-benefits.com/claim?u=mori.daisuke.dev" '
        'style="background:#ff9900;color:#111;padding:12px 20px;text-decoration:none;font-weight:bold">'
        'Activate voucher</a></p><p>AWS Certification Benefits Team</p></div></div>')
    add(when(2025, 3, 15, 3, 27, 40), ("AWS Certification Benefits", "benefits@aws-certification-benefits.com"),
        TO_P, "Your 50% exam voucher has been reissued - activate within 48 hours", H(hh, "utf-8", "base64"),
        "suspicious", False, None, hh,
        "Lookalike domain (auth passes for the lookalike itself) announcing exactly the pending voucher as "
        "done, with a credential link.", mid=generic_id("aws-certification-benefits.com"),
        mailfrom="mailer@aws-certification-benefits.com", ip="45.134.26.118")

    # =========================================================================== 029 resolved C one-liner
    new = ("Done - a new 50% exam discount voucher is on your account now (Benefits tab), valid until "
           "30 September 2025.\n\nAyesha R.\nAWS Training and Certification Customer Support\n")
    tt = new + "\n\nOn Fri, Mar 14, 2025 at 02:11, AWS Training and Certification wrote:\n" + qlines(q027) + "\n"
    d029 = when(2025, 3, 18, 9, 44, 21)
    q029 = new
    add(d029, AWS_FORM, TO_P, SUBJ[CC], P(tt, "utf-8", "quoted-printable"),
        "resolved", False, CC, new,
        "DONE as a one-liner over the quoted 'under way' mail.", thread=CC)

    # =========================================================================== 030 user thanks C
    new = "Thanks Ayesha - I can see it under Benefits. Much appreciated.\n\nDaisuke\n"
    tt, hh = gmail_reply(new, gmail_attr(d029, "AWS Training and Certification", FORM), q029)
    add(when(2025, 3, 18, 12, 30, 5), ME_G, ("AWS Training and Certification", FORM), SUBJ[CC],
        ALT(P(tt), H(hh)), "user_reply", False, CC, new, "Owner's thank-you.", mailbox="sent",
        mid=gmail_id(), thread=CC)

    # =========================================================================== 031 info request C after done
    new = ("Hi Daisuke,\n\n"
           "Glad it came through. One loose end before I close the case: reissued vouchers are tied to a "
           "single exam language, and I entered English as a placeholder. Which language will you take the "
           "exam in? Once the code has been applied to a booking the language can't be changed, so I'd like "
           "to get it right now.\n\nAyesha\n")
    add(when(2025, 3, 19, 8, 2, 17), AWS_FORM, TO_P, SUBJ[CC], P(new + SUPPORT_FOOT, "utf-8", "7bit"),
        "info_request", True, CC, new,
        "DONE BUT ASKS: after the resolution and the owner's thanks, a direct question keeps the case open.",
        thread=CC)

    # =========================================================================== 032 Skill Builder receipt
    t = ("Thank you for your order.\n\n"
         "AWS Skill Builder Individual subscription (monthly)\n"
         "Order number: SB-2025-03-4471920\n"
         "Amount: USD 29.00\n"
         "Paid with: Visa ending 4417\n"
         "Next renewal: April 19, 2025\n\n"
         "Manage your subscription at https://skillbuilder.aws/subscriptions\n\n"
         "AWS Training and Certification\n")
    add(when(2025, 3, 19, 3, 15, 0, 0), ("AWS Training and Certification", "no-reply@aws.training"), TO_P,
        "Your AWS Skill Builder receipt", ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)))),
        "unrelated", False, None, t, "Training-platform receipt from an AWS T&C sender; not a case.",
        mailfrom="0101%s@us-east-1.amazonses.com" % hexs(20), date_tz=0)

    # =========================================================================== 033 certmetrics congrats (company)
    hh = plain_html_page(
        '<h2 style="color:#232f3e">Congratulations, Daisuke!</h2>'
        '<p>You are now <b>AWS Certified Solutions Architect &ndash; Professional</b>.</p>'
        '<p>Candidate ID: AWS03385142<br>Validation number: 7E2K1P9QZ1B41HSQ<br>Certified: March 19, 2025</p>'
        '<p>Your digital badge will be issued through Credly. Your certificate is available in your AWS '
        'Certification account.</p><p>AWS Certification</p>')
    add(when(2025, 3, 19, 3, 51, 20, -6), ("AWS Certification", "do-not-reply@certmetrics.com"), TO_C,
        "Congratulations! You are now AWS Certified", H(hh, "utf-8", "quoted-printable"),
        "certification", False, None, hh,
        "Exam result mail sent to the old company address under the old candidate ID - the symptom behind "
        "case D, but program mail, not the case.", mailbox="m365", mid=generic_id("certmetrics.com"),
        mailfrom="bounce-%s@certmetrics.com" % hexs(8), ip="198.2.179.40")

    # =========================================================================== 034 ack D
    msg = ("I passed SAP-C02 on 19 March, but the result was posted to my old candidate ID AWS03385142, which "
           "was merged into AWS11920457 under case 174044232700418. The congratulations e-mail went to my old "
           "company address. Please move the result to AWS11920457.")
    t = form_ack_en(CD, "Certification", "Exam Results", ME_P, NEW_ID, msg)
    add(when(2025, 3, 20, 10, 30, 29), AWS_FORM, TO_P, SUBJ[CD], ALT(P(t), H(plain_html_page(t2h(t)))),
        "acknowledgement", False, CD, t, "Acknowledgement; 'was merged' and another case number in the echo.",
        thread=CD)

    # =========================================================================== 035 info request D (HTML only)
    q035 = ("Hi Daisuke,\n\n"
            "You're right that the result landed in the wrong place. Pearson VUE still had your old candidate "
            "ID AWS03385142 on your testing profile, and when the score arrived our system re-created a shell "
            "account under that ID to hold it.\n\n"
            "To move a score report between accounts I have to match it to the exact sitting. Could you send "
            "me:\n"
            "- the date you took the exam,\n"
            "- the test centre name (or \"online proctored\"),\n"
            "- the nine-digit registration number from your Pearson VUE confirmation e-mail?\n\n"
            "Once I have those I'll move the result and close the shell account.\n\nJordan P.\n")
    hh = plain_html_page(
        '<p>Hi Daisuke,</p><p>You\'re right that the result landed in the wrong place. Pearson VUE still had '
        'your old candidate ID AWS03385142 on your testing profile, and when the score arrived our system '
        're-created a shell account under that ID to hold it.</p>'
        '<p>To move a score report between accounts I have to match it to the exact sitting. Could you send me:</p>'
        '<ul><li>the date you took the exam,</li><li>the test centre name (or "online proctored"),</li>'
        '<li>the nine-digit registration number from your Pearson VUE confirmation e-mail?</li></ul>'
        '<p>Once I have those I\'ll move the result and close the shell account.</p><p>Jordan P.<br>'
        'AWS Training and Certification Customer Support</p>')
    d035 = when(2025, 3, 21, 9, 12, 44)
    add(d035, AWS_FORM, TO_P, SUBJ[CD], H(hh, "utf-8", "quoted-printable"),
        "info_request", True, CD, hh, "HTML-only request as a bulleted list.", thread=CD)

    # =========================================================================== 036 user reply D
    new = ("Hi Jordan,\n\n"
           "- Date: 19 March 2025, 13:30 JST\n"
           "- Test centre: Pearson Professional Centers-Tokyo Shinjuku (ピアソンVUE 東京新宿テストセンター)\n"
           "- Registration number: 431998207\n\n"
           "Thanks for looking into it.\nDaisuke\n")
    tt, hh = gmail_reply(new, gmail_attr(d035, "AWS Training and Certification", FORM), q035)
    add(when(2025, 3, 21, 20, 8, 13), ME_G, ("AWS Training and Certification", FORM), SUBJ[CD],
        ALT(P(tt, "utf-8", "base64"), H(hh, "utf-8", "base64")), "user_reply", False, CD, new,
        "Owner's answer, mixed English/Japanese, base64.", mailbox="sent", mid=gmail_id(), thread=CD)

    # =========================================================================== 037 one team done D
    q037 = ("Hi Daisuke,\n\n"
            "Our part is finished: the SAP-C02 result is now on AWS11920457 and shows in your Exam History, "
            "and the shell account AWS03385142 has been closed again.\n\n"
            "What isn't finished is Pearson VUE's side. Your testing profile there is still linked to the old "
            "candidate ID, so your next booking would post to the wrong account again. Changing that link is "
            "something Pearson VUE does, not us; I've raised it with their candidate services team and asked "
            "them to point the profile at AWS11920457. I'll update you when they confirm.\n\n"
            "Until then, hold off on booking another exam. You don't need to contact Pearson VUE yourself.\n\n"
            "Jordan P.\n")
    d037 = when(2025, 3, 24, 2, 40, 5, 0)
    add(d037, AWS_FORM, TO_P, SUBJ[CD], P(q037 + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "case_update", False, CD, q037,
        "ONE TEAM DONE, ANOTHER TO ACT: the thing requested (move the result) is done, but support is still "
        "waiting on Pearson VUE and will write again; 'hold off on booking' is an instruction, not a "
        "reply request.", thread=CD, date_tz=0)

    # =========================================================================== 038 IT notice (Shift_JIS)
    t = ("森 大輔 様\n\n情報システム部です。\n\n"
         "ご退職に伴い、以下のとおりアカウントを停止いたします。\n\n"
         "・メールボックス: 2025年3月31日(月) 18:00 停止\n"
         "・VPN / 社内ポータル: 同日 18:00 停止\n"
         "・PC の返却: 3月31日(月) 17:00 までに情報システム部へ\n\n"
         "停止後のメール転送は行っておりません。外部サービスに登録しているメールアドレスの変更は、"
         "停止前にご自身で済ませてください。\n\n"
         "ご不明点は内線 2210 までお問い合わせください。\n\n"
         "情報システム部\n")
    add(when(2025, 3, 25, 13, 0, 0), ("情報システム部", "it-support@hoshizora-sys.co.jp"), TO_C,
        "【重要】退職者アカウント停止のお知らせ", P(t, "shift_jis", "base64"),
        "unrelated", False, None, t, "Company IT notice, Shift_JIS base64.", mailbox="m365",
        mid=outlook_id(), mailfrom="it-support@hoshizora-sys.co.jp", ip="40.107.74.53",
        subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

    # =========================================================================== 039 resolved D: that's sorted
    new = ("Hi Daisuke,\n\n"
           "That's sorted. Pearson VUE confirmed this morning that your testing profile now points at "
           "AWS11920457, so any exam you book from now on will land on the right account. Nothing else is "
           "outstanding: SAP-C02 is in your Exam History and Credly should send the badge within a day or two.\n\n"
           "Closing the case as resolved.\n\n"
           "Jordan P.\nAWS Training and Certification Customer Support\n")
    hdr = ("AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>",
           "Monday, March 24, 2025 2:40 AM", "mori.daisuke.dev@gmail.com", SUBJ[CD])
    tt = (new + "\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n" % hdr
          + q037)
    hh = plain_html_page(t2h(new) + '<hr><p style="font-size:12px"><b>From:</b> %s<br><b>Sent:</b> %s<br>'
                         '<b>To:</b> %s<br><b>Subject:</b> %s</p>' % tuple(h(x) for x in hdr) + t2h(q037))
    add(when(2025, 3, 27, 10, 58, 31), AWS_FORM, TO_P, SUBJ[CD], ALT(P(tt), H(hh)),
        "resolved", False, CD, new,
        "DONE: \"That's sorted\" top-posted over the quoted 'one team done' update (whose IDs and "
        "'hold off' are history).", thread=CD)

    # =========================================================================== 040 Credly SAP badge
    t = ("Congratulations, Daisuke!\n\n"
         "Amazon Web Services Training and Certification has issued you a new badge:\n"
         "AWS Certified Solutions Architect - Professional\n\n"
         "Accept your badge to add it to your Credly profile and share it:\n"
         "https://www.credly.com/earner/earned/badge/0c7e4b1d-2a6f-4e9b-9d5a-61c3f0a7b822\n\n"
         "The Credly Team\n")
    add(when(2025, 3, 27, 13, 20, 11, -4), ("Credly", "admin@credly.com"), TO_P,
        "Congratulations on earning AWS Certified Solutions Architect - Professional!",
        ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)))), "badge", False, None, t,
        "Credly badge after the result was moved; 'Accept your badge' is not a case reply.",
        mid=generic_id("credly.com"), mailfrom="bounces@mail.credly.com", ip="167.89.14.33")

    # =========================================================================== 041 ack E (JA, ISO-2022-JP)
    msg = ("Credly のアカウントが2つあります(会社用 daisuke.mori@hoshizora-sys.co.jp と個人用 "
           "mori.daisuke.dev@gmail.com)。会社用プロフィールにある AWS 認定のバッジを、個人用プロフィールへ"
           "移していただけますでしょうか。会社のメールは3月末で使えなくなります。\n候補ID: AWS11920457")
    t = form_ack_ja(CE, "デジタルバッジ", ME_P, NEW_ID, msg)
    add(when(2025, 3, 28, 12, 15, 2), ("AWS トレーニングと認定", FORM), TO_P, SUBJ[CE],
        P(t, "iso-2022-jp", "7bit"), "acknowledgement", False, CE, t,
        "Japanese ISO-2022-JP acknowledgement; the echoed form text is itself a keigo request "
        "(the owner's, not support's).", thread=CE, from_cs="iso-2022-jp")

    # =========================================================================== 042 resolved E (JA)
    q042 = ("森 大輔 様\n\n"
            "AWS トレーニングと認定 カスタマーサポートの佐藤でございます。\n"
            "お問い合わせいただいておりました Credly バッジの移行につきまして、作業が完了いたしましたので"
            "ご報告いたします。\n\n"
            "移行したバッジ:\n"
            "・AWS Certified Solutions Architect - Associate\n"
            "・AWS Certified Developer - Associate\n"
            "・AWS Certified SysOps Administrator - Associate\n"
            "・AWS Certified Data Engineer - Associate\n\n"
            "上記4件は、個人用プロフィール(mori.daisuke.dev@gmail.com)に表示されるようになっております。"
            "会社用プロフィールからは削除済みのため、同じバッジが二重に表示されることはございません。\n\n"
            "なお、2021年にケース 8830416625 でご対応したアカウント統合の記録も確認いたしましたが、"
            "今回の移行への影響はございません。\n\n"
            "その他ご不明な点がございましたら、本メールにご返信くださいませ。\n\n"
            "佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
    d042 = when(2025, 3, 31, 11, 20, 48)
    add(d042, AWS_FORM, TO_P, SUBJ[CE],
        ALT(P(q042, "utf-8", "quoted-printable"), H(plain_html_page(t2h(q042)), "utf-8", "quoted-printable")),
        "resolved", False, CE, q042,
        "DONE in Japanese (完了いたしました, 表示されるようになっております); a 2021 10-digit case number in "
        "context and a conditional ございましたら.", thread=CE)

    # =========================================================================== 043 user reply E (JA)
    new = ("佐藤様\n\n"
           "ご対応ありがとうございます。4件とも個人用プロフィールで確認できました。\n\n"
           "ただ、2019年に取得した AWS Certified Cloud Practitioner のバッジが会社用プロフィールに残ったままに"
           "なっています(すでに失効していますが、履歴として残しておきたいです)。こちらも移行は可能でしょうか。\n\n"
           "森\n")
    tt, hh = gmail_reply(new, gmail_attr_ja(d042, "AWS トレーニングと認定", FORM), q042)
    add(when(2025, 4, 1, 8, 30, 55), ME_G, ("AWS トレーニングと認定", FORM), SUBJ[CE],
        ALT(P(tt, "utf-8", "base64"), H(hh, "utf-8", "base64")), "user_reply", False, CE, new,
        "Owner reports one badge missing (Japanese Gmail quote header).", mailbox="sent", mid=gmail_id(),
        thread=CE)

    # =========================================================================== 044 info request E (JA keigo)
    new = ("森 様\n\n"
           "ご確認いただきありがとうございます。先にご連絡した4件の移行は完了しており、個人用プロフィールに"
           "反映済みでございます。\n\n"
           "Cloud Practitioner のバッジにつきましては、2019年当時の旧 Acclaim(現 Credly)で発行されたもので、"
           "当方の管理ツールでは該当のバッジを特定することができませんでした。\n"
           "お手数をおかけいたしますが、会社用プロフィールで該当バッジを開いた際に表示される URL"
           "(https://www.credly.com/badges/ から始まるもの)をお知らせいただけますでしょうか。\n"
           "URL を確認でき次第、個人用プロフィールへの再発行を手配いたします。\n\n"
           "何卒よろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定 カスタマーサポート\n")
    q044 = new
    d044 = when(2025, 4, 2, 10, 2, 33)
    add(d044, AWS_FORM, TO_P, SUBJ[CE],
        ALT(P(new, "utf-8", "base64"), H(plain_html_page(t2h(new)), "utf-8", "base64")),
        "info_request", True, CE, new,
        "DONE PART + ASK: restates that four badges are done (反映済み), then asks in keigo "
        "(お知らせいただけますでしょうか) for the missing one.", thread=CE)

    # =========================================================================== 045 user reply E URL
    new = ("佐藤様\n\nURL はこちらです。\n"
           "https://www.credly.com/badges/5b1e8c4a-93d2-4f7e-b0a1-2c6d9e7f3a18\n\n"
           "よろしくお願いいたします。\n森\n")
    tt, hh = gmail_reply(new, gmail_attr_ja(d044, "AWS トレーニングと認定", FORM), q044)
    add(when(2025, 4, 2, 12, 41, 9), ME_G, ("AWS トレーニングと認定", FORM), SUBJ[CE],
        ALT(P(tt, "utf-8", "base64"), H(hh, "utf-8", "base64")), "user_reply", False, CE, new,
        "Owner sends the badge URL (UUID, not a case number).", mailbox="sent", mid=gmail_id(), thread=CE)

    # =========================================================================== 046 resolved E one-liner
    new = ("Hi Daisuke - re-sent. The Cloud Practitioner badge invitation went to mori.daisuke.dev@gmail.com a "
           "few minutes ago; accept it in Credly and it will sit on your personal profile with the others.\n\n"
           "Hiro K. (covering for Sato-san)\nAWS Training and Certification Customer Support\n")
    add(when(2025, 4, 3, 9, 5, 0), AWS_FORM, TO_P, SUBJ[CE], P(new + SUPPORT_FOOT, "utf-8", "7bit"),
        "resolved", False, CE, new,
        "DONE one-liner in English on a Japanese thread; 'accept it in Credly' is a step for the owner "
        "elsewhere, not a reply.", thread=CE)

    # =========================================================================== 047 Credly CLF badge
    t = ("Hi Daisuke,\n\n"
         "You have a new badge waiting from Amazon Web Services Training and Certification:\n"
         "AWS Certified Cloud Practitioner (expired)\n\n"
         "Accept it to show it on your profile:\n"
         "https://www.credly.com/earner/earned/badge/9a41c7e2-5f0d-4a1c-b3e8-7d2f6c9b1e04\n\n"
         "The Credly Team\n")
    add(when(2025, 4, 3, 9, 6, 42), ("Credly", "admin@credly.com"), TO_P,
        "You have a new badge waiting: AWS Certified Cloud Practitioner",
        ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)))), "badge", False, None, t,
        "Credly invitation one minute after the 're-sent' mail.", mid=generic_id("credly.com"),
        mailfrom="bounces@mail.credly.com", ip="167.89.14.34")

    # =========================================================================== 048 ack F
    msg = ("Please change both notification e-mails (training and certification) from "
           "daisuke.mori@hoshizora-sys.co.jp to mori.daisuke.dev@gmail.com. My login has been the Gmail "
           "address since my accounts were merged, but notifications still go to the old company address, "
           "which was shut down on 31 March.")
    t = form_ack_en(CF, "Certification", "Update Account Information", ME_P, NEW_ID, msg)
    add(when(2025, 4, 7, 14, 41, 15), AWS_FORM, TO_P, SUBJ[CF], ALT(P(t), H(plain_html_page(t2h(t)))),
        "acknowledgement", False, CF, t, "Acknowledgement for the notification-address case.",
        thread=CF, crlf=True)

    # =========================================================================== 049 half done F
    new = ("Hello Daisuke,\n\n"
           "Half of this is done. The certification notification e-mail on AWS11920457 is now "
           "mori.daisuke.dev@gmail.com, so exam results, expiry reminders and benefit notices will reach you "
           "there.\n\n"
           "The training notification e-mail lives in a separate system (AWS Skill Builder) that my team can't "
           "edit. I've passed that half to the Training support team with your details; they normally act "
           "within one to two business days. I'll keep this case open and write again once both addresses "
           "are switched.\n\n"
           "Nothing is needed from you.\n\nMarisol D.\n")
    add(when(2025, 4, 8, 16, 12, 30), AWS_FORM, TO_P, SUBJ[CF], P(new + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "case_update", False, CF, new,
        "HALF DONE / OTHER TEAM: one address changed ('is now'), the other passed to the Training team; "
        "case stays open.", thread=CF)

    # =========================================================================== 050 dmarc fail lookalike case mail
    t = ("Hello,\n\n"
         "The notification e-mail on your AWS Certification account has been changed as requested.\n\n"
         "To finish the change and avoid suspension of your certifications, verify your identity within "
         "24 hours:\nhttps://aws-training-verify.com/signin?ref=case\n\n"
         "If the link does not work, reply to this e-mail with your AWS Builder ID e-mail and password and "
         "we will complete the verification for you.\n\n"
         "AWS Training and Certification\n")
    add(when(2025, 4, 9, 2, 17, 6), AWS_FORM, TO_P,
        "RE:[CASE 174400462211907] Notification email changed - verification required",
        ALT(P(t), H(plain_html_page(t2h(t)))), "suspicious", False, None, t,
        "Claims the real form sender and a case-like subject, but DKIM/SPF/DMARC fail; asks for a "
        "password reply. Labelled case null: it belongs to no real case.", fail=True,
        mailfrom="bounce@amazon.com", ip="185.234.72.19", mid=generic_id("mx-relay7.net"))

    # =========================================================================== 051 resolved F before/after
    new = ("Hello Daisuke,\n\n"
           "Both addresses are switched. This is what your account shows now:\n\n"
           "                                   Before                              Now\n"
           "Login e-mail                       mori.daisuke.dev@gmail.com          (unchanged)\n"
           "Certification notification e-mail  daisuke.mori@hoshizora-sys.co.jp    mori.daisuke.dev@gmail.com\n"
           "Training notification e-mail       daisuke.mori@hoshizora-sys.co.jp    mori.daisuke.dev@gmail.com\n\n"
           "The Training team confirmed their change this afternoon. No further action is required on your "
           "side; the next mail from us or from Skill Builder will arrive at your Gmail.\n\n"
           "Best regards,\nMarisol D.\nAWS Training and Certification Customer Support\n")
    hh = plain_html_page(
        '<p>Hello Daisuke,</p><p>Both addresses are switched. This is what your account shows now:</p>'
        '<table border="1" cellpadding="5" style="border-collapse:collapse">'
        '<tr><th></th><th>Before</th><th>Now</th></tr>'
        '<tr><td>Login e-mail</td><td>mori.daisuke.dev@gmail.com</td><td>(unchanged)</td></tr>'
        '<tr><td>Certification notification e-mail</td><td>daisuke.mori@hoshizora-sys.co.jp</td>'
        '<td>mori.daisuke.dev@gmail.com</td></tr>'
        '<tr><td>Training notification e-mail</td><td>daisuke.mori@hoshizora-sys.co.jp</td>'
        '<td>mori.daisuke.dev@gmail.com</td></tr></table>'
        '<p>The Training team confirmed their change this afternoon. No further action is required on your '
        'side; the next mail from us or from Skill Builder will arrive at your Gmail.</p>'
        '<p>Best regards,<br>Marisol D.<br>AWS Training and Certification Customer Support</p>')
    add(when(2025, 4, 10, 9, 0, 40), AWS_FORM, TO_P, SUBJ[CF], ALT(P(new, "utf-8", "7bit"), H(hh)),
        "resolved", False, CF, new, "DONE as a before/after table in both text and HTML.", thread=CF)

    # =========================================================================== 052 ack G (JA, QP)
    msg = ("英語を母国語としないため、英語で受験する試験について ESL +30(試験時間30分延長)の配慮を申請します。"
           "次回は AWS Certified Security - Specialty を4月下旬に受験する予定です。")
    t = form_ack_ja(CG, "試験の配慮 (Accommodations)", ME_P, NEW_ID, msg)
    add(when(2025, 4, 10, 9, 55, 41), ("AWS トレーニングと認定", FORM), TO_P, SUBJ[CG],
        ALT(P(t, "utf-8", "quoted-printable"), H(plain_html_page(t2h(t)), "utf-8", "quoted-printable")),
        "acknowledgement", False, CG, t, "Japanese acknowledgement, UTF-8 quoted-printable.", thread=CG)

    # =========================================================================== 053 under way G
    new = ("Hi Daisuke,\n\n"
           "Your ESL +30 request is now with our Exam Accommodations team, who decide on accommodation "
           "requests. ESL +30 doesn't need supporting documents. They aim to decide within five business days, "
           "and I'll pass the outcome on as soon as I have it.\n\n"
           "Thanks for your patience,\nRen O.\n")
    add(when(2025, 4, 11, 15, 30, 2), AWS_FORM, TO_P, SUBJ[CG], P(new + SUPPORT_FOOT, "utf-8", "7bit"),
        "case_update", False, CG, new, "UNDER WAY: with the deciding team.", thread=CG)

    # =========================================================================== 054 out of office
    t = ("Thank you for your e-mail. I am out of the office until Monday, April 21, with limited access to "
         "e-mail. For onboarding documents please write to hr@aozora-cloud.jp.\n\n"
         "ご連絡ありがとうございます。4月21日(月)まで不在にしております。入社手続きに関するお問い合わせは "
         "hr@aozora-cloud.jp までお願いいたします。\n\nEmi Tanaka / 田中 恵美\n")
    add(when(2025, 4, 14, 9, 3, 12), ("Emi Tanaka", "e.tanaka@aozora-cloud.jp"), TO_P,
        "自動応答: 入社書類について", P(t, "utf-8", "base64"), "unrelated", False, None, t,
        "Out-of-office auto-reply with a polite 'please write to…'.", mid=outlook_id(),
        mailfrom="e.tanaka@aozora-cloud.jp", ip="40.107.114.61",
        extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

    # =========================================================================== 055 approved, not live G
    new = ("Hi Daisuke,\n\n"
           "Good news from the Accommodations team: ESL +30 is approved and recorded on your certification "
           "account as of today.\n\n"
           "It isn't live for booking yet, though. Accommodations reach Pearson VUE through a sync that can "
           "take up to two business days, and a booking made before the sync won't get the extra 30 minutes. "
           "I'll check on Thursday that it has arrived on Pearson VUE's side and confirm here - please wait "
           "for that before you schedule.\n\nRen O.\n")
    add(when(2025, 4, 15, 17, 45, 20), AWS_FORM, TO_P, SUBJ[CG], P(new + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "case_update", False, CG, new,
        "ONE TEAM DONE, ANOTHER TO ACT: 'approved' (sounds final) but not live at Pearson VUE; support "
        "promises to confirm; 'please wait' is not a reply request.", thread=CG)

    # =========================================================================== 056 resolved G (JA ISO-2022-JP)
    new = ("森 大輔 様\n\n"
           "いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの高橋です。"
           "担当の Ren に代わりご連絡いたします。\n\n"
           "ESL +30 の配慮につきまして、本日 Pearson VUE 側への反映を確認いたしました。\n"
           "今後、英語で実施される AWS 認定試験をご予約いただく際は、予約画面の「配慮事項」に「ESL +30」と"
           "表示され、試験時間が自動的に30分延長されます。\n\n"
           "ご予約の際に、上記の表示があることをご確認ください。本件はこれにて完了とさせていただきます。\n\n"
           "高橋\nAWS トレーニングと認定 カスタマーサポート\n")
    add(when(2025, 4, 17, 10, 0, 9), ("AWS トレーニングと認定", FORM), TO_P, SUBJ[CG],
        P(new, "iso-2022-jp", "7bit"), "resolved", False, CG, new,
        "DONE in Japanese, 'what you will now see'; ご確認ください is about the booking screen, not a reply.",
        thread=CG, from_cs="iso-2022-jp")

    # =========================================================================== 057 Pearson confirmation
    t = ("Dear Daisuke Mori,\n\n"
         "Thank you for scheduling your exam.\n\n"
         "Exam: SCS-C02: AWS Certified Security - Specialty\n"
         "Date: Saturday, April 26, 2025, 10:00 AM Japan Standard Time\n"
         "Registration ID: 587220413\n"
         "Candidate ID: AWS11920457\n"
         "Accommodation: ESL +30 (30 additional minutes)\n"
         "Test center: Pearson Professional Centers-Tokyo Shinjuku\n"
         "Price: JPY 40,000   Voucher: -50%   Paid: JPY 20,000\n\n"
         "Pearson VUE\n")
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pearson VUE//Appointment//EN\r\nBEGIN:VEVENT\r\n"
           "UID:587220413@pearsonvue.com\r\nDTSTART:20250426T010000Z\r\nDTEND:20250426T041000Z\r\n"
           "SUMMARY:AWS Certified Security - Specialty (SCS-C02)\r\nLOCATION:Pearson Professional "
           "Centers-Tokyo Shinjuku\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    add(when(2025, 4, 17, 14, 2, 48), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), TO_P,
        "Confirmation of your AWS Certification exam appointment",
        MIX(ALT(P(t, "utf-8", "7bit"), H(plain_html_page(t2h(t)))), ATT("appointment.ics", "text/calendar", ics)),
        "unrelated", False, None, t,
        "Exam vendor confirmation showing the new accommodation (evidence case G really is done) and the "
        "candidate ID; multipart/mixed with .ics.", mid=generic_id("pearson.com"),
        mailfrom="bounce@mail.pearsonvue.com", ip="148.105.8.14")

    # =========================================================================== 058 console new case H
    corr = ("I booked SCS-C02 on 17 April (Pearson VUE registration 587220413, candidate ID AWS11920457). The "
            "checkout page showed an error, I retried, and my card was charged twice: JPY 20,000 at 14:02 and "
            "JPY 20,000 at 14:06. Only one appointment exists. Please refund the duplicate charge.")
    t = ("Dear Amazon Web Services Customer,\n\n"
         "A support case has been opened for your account.\n\n"
         "Case ID: 14189027731\n"
         "Subject: Charged twice for AWS Certification exam booking\n"
         "Severity: General guidance\n"
         "Correspondence: %s\n\n"
         "To view the case or add correspondence, sign in to the Support Center:\n"
         "https://console.aws.amazon.com/support/home#/case/?displayId=14189027731&language=en\n\n"
         "Sincerely,\nAmazon Web Services\n\n"
         "This e-mail was sent from an address that does not take incoming mail. Please use the link above "
         "to correspond on this case.\n" % corr)
    add(when(2025, 4, 18, 8, 22, 17), AWS_CONSOLE, TO_P, "Amazon Web Services: New Support case: 14189027731",
        P(t, "utf-8", "7bit"), "acknowledgement", False, CH, t,
        "Console case opened (refund request) - acknowledgement that repeats the owner's text with a "
        "candidate ID; no-reply sender.", thread=CH)

    # =========================================================================== 059 console info request H
    new = ("Hello,\n\n"
           "You have a new reply from AWS Support on case 14189027731.\n\n"
           "Correspondence:\n"
           "Hello Daisuke,\n\n"
           "Thank you for the detail. I can see one appointment under registration 587220413. To trace both "
           "payments with Pearson VUE's payments team I need the last four digits of the card you used and the "
           "two transaction references shown on your card statement or on the Pearson VUE receipts. Please add "
           "them as a reply on the case in the Support Center; this e-mail address can't receive replies.\n\n"
           "Best regards,\nOluwaseun A.\nAmazon Web Services\n\n"
           "To see the case or reply, sign in: "
           "https://console.aws.amazon.com/support/home#/case/?displayId=14189027731&language=en\n\n"
           "This e-mail was sent from an address that does not take incoming mail.\n")
    add(when(2025, 4, 19, 2, 50, 33, 0), AWS_CONSOLE, TO_P,
        "RE:[CASE 14189027731] Charged twice for AWS Certification exam booking",
        P(new, "utf-8", "quoted-printable"), "info_request", True, CH, new,
        "Console request: must be answered in the Support Center, not by e-mail - still needs a reply.",
        thread=CH, date_tz=0)

    # =========================================================================== 060 console update H
    new = ("Hello,\n\n"
           "You have a new reply from AWS Support on case 14189027731.\n\n"
           "Correspondence:\n"
           "Thank you for adding the transaction references. I've asked Pearson VUE's payments team to "
           "reverse the 14:06 charge. They issue card refunds themselves and usually confirm within five to "
           "seven business days; I'll update the case as soon as they do.\n\n"
           "Oluwaseun A.\nAmazon Web Services\n\n"
           "View the case: https://console.aws.amazon.com/support/home#/case/?displayId=14189027731&language=en\n\n"
           "This e-mail was sent from an address that does not take incoming mail.\n")
    add(when(2025, 4, 21, 11, 5, 0), AWS_CONSOLE, TO_P,
        "RE:[CASE 14189027731] Charged twice for AWS Certification exam booking",
        P(new, "utf-8", "7bit"), "case_update", False, CH, new,
        "UNDER WAY: refund requested from another party, not issued.", thread=CH)

    # =========================================================================== 061 phishing refund
    hh = plain_html_page(
        '<p>Dear customer,</p><p>A refund of <b>JPY 20,000</b> for your AWS Certification exam booking has been '
        'issued. Due to a payment processor update, we could not send it to your original card.</p>'
        '<p>To receive your refund, confirm your card details within 72 hours:</p>'
        '<p><a href="https://aws-training-support.net/refund/confirm?id=RF77310">Confirm card and receive refund</a></p>'
        '<p>AWS Training Refunds Department</p>')
    add(when(2025, 4, 22, 4, 40, 21), ("AWS Training Refunds", "refunds@aws-training-support.net"), TO_P,
        "Refund issued: JPY 20,000 - confirm your card to receive it", H(hh, "utf-8", "quoted-printable"),
        "suspicious", False, None, hh,
        "Lookalike domain claiming the pending refund is issued; card-detail phishing.",
        mid=generic_id("aws-training-support.net"), mailfrom="refunds@aws-training-support.net",
        ip="91.215.85.140")

    # =========================================================================== 062 console resolved H
    new = ("Hello,\n\n"
           "You have a new reply from AWS Support on case 14189027731.\n\n"
           "Correspondence:\n"
           "Hello Daisuke,\n\n"
           "Pearson VUE confirmed today that the duplicate JPY 20,000 charge has been refunded to the card "
           "ending 4417 (refund reference PV-RF-2025-0428-7731). Card issuers usually show a refund within 5-10 "
           "business days; if it hasn't appeared by mid-May, your card company can trace it with that reference. "
           "Your 26 April appointment was not affected.\n\n"
           "I'm setting this case to resolved.\n\n"
           "Best regards,\nOluwaseun A.\nAmazon Web Services\n\n"
           "Was this response helpful? Rate it in the Support Center: "
           "https://console.aws.amazon.com/support/home#/case/?displayId=14189027731&language=en\n\n"
           "If you still need help, you can reopen the case from the Support Center within 14 days.\n\n"
           "This e-mail was sent from an address that does not take incoming mail.\n")
    add(when(2025, 4, 28, 16, 33, 59), AWS_CONSOLE, TO_P,
        "RE:[CASE 14189027731] Charged twice for AWS Certification exam booking",
        P(new, "utf-8", "quoted-printable"), "resolved", False, CH, new,
        "DONE ('refunded', one party done, the bank still to post it); rating link and conditional reopen.",
        thread=CH)

    # =========================================================================== 063 survey H
    hh = plain_html_page(
        '<p>Hello,</p><p>You recently worked with AWS Support on case 14189027731 '
        '("Charged twice for AWS Certification exam booking").</p>'
        '<p>Would you take three questions to tell us how we did?</p>'
        '<p><a href="https://aws.amazon.com/support/survey?caseId=14189027731">Start the survey</a></p>'
        '<p>Thank you,<br>AWS Support</p>')
    add(when(2025, 4, 29, 9, 14, 2), AWS_CONSOLE, TO_P, "Tell us about your recent AWS Support experience",
        H(hh, "utf-8", "7bit"), "survey", False, CH, hh, "Console survey; phrased as a question.")

    # =========================================================================== 064 card refund (JA)
    t = ("森 大輔 様\n\nいつもミライカードをご利用いただき、ありがとうございます。\n"
         "以下のご利用について、加盟店より返品(ご返金)の連絡がありましたのでお知らせします。\n\n"
         "ご利用日: 2025/04/17\n"
         "ご利用先: PEARSON VUE*AWS CERT\n"
         "ご返金額: 20,000円\n"
         "カード番号: ****-****-****-4417\n\n"
         "ご返金は次回以降のご請求で相殺されます。\n\n"
         "ミライカード株式会社\n"
         "※本メールは送信専用です。ご返信いただいてもお答えできません。\n")
    add(when(2025, 5, 2, 10, 0, 0), ("ミライカード", "info@mail.mirai-card.co.jp"), TO_P,
        "【ミライカード】ご返金のお知らせ", P(t, "iso-2022-jp", "7bit"), "unrelated", False, None, t,
        "Card issuer confirms the refund landed - the real-world 'done', but not support mail.",
        mid=generic_id("mail.mirai-card.co.jp"), mailfrom="bounce@mail.mirai-card.co.jp", ip="210.152.9.44",
        subj_cs="iso-2022-jp", from_cs="iso-2022-jp")

    # =========================================================================== 065 ack I
    msg = ("I have two certification accounts on mori.daisuke.dev@gmail.com: AWS11920457 (all my certifications) "
           "and AWS12644093, which seems to have been created when I signed in with my Amazon.co.jp retail "
           "login. My Security Specialty result from 26 April shows up only under AWS12644093. Please merge "
           "AWS12644093 into AWS11920457. For reference, my company account was merged in March; support wrote "
           "then: \"All done - your certification record is now one account.\"")
    t = form_ack_en(CI, "Certification", "Account Merge", ME_P, NEW_ID, msg)
    add(when(2025, 5, 7, 20, 20, 22), AWS_FORM, TO_P, SUBJ[CI], ALT(P(t), H(plain_html_page(t2h(t)))),
        "acknowledgement", False, CI, t,
        "Acknowledgement whose echo contains a pasted 'All done … one account' line from the earlier case.",
        thread=CI)

    # =========================================================================== 066 confirmation I
    new_html = (
        '<p>Hello Daisuke,</p>'
        '<p>I found both accounts, and both use mori.daisuke.dev@gmail.com:</p>'
        '<table border="1" cellpadding="5" style="border-collapse:collapse">'
        '<tr><th></th><th>Candidate ID</th><th>Sign-in</th><th>Holds</th></tr>'
        '<tr><td>Account A</td><td>AWS11920457</td><td>AWS Builder ID</td>'
        '<td>5 certifications, ESL +30 accommodation</td></tr>'
        '<tr><td>Account B</td><td>AWS12644093</td><td>Amazon.co.jp retail account</td>'
        '<td>1 exam (SCS-C02, 26 Apr 2025)</td></tr></table>'
        '<p>My plan is to keep Account A and merge B into it: the Security Specialty result and its pending '
        'badge move to A, and the retail sign-in stops opening a certification account. Do you agree, or '
        'would you rather keep B? I\'ll wait for your go-ahead before merging anything.</p>'
        '<p>Beatriz L.<br>AWS Training and Certification Customer Support</p>')
    quoted = ('<blockquote style="border-left:2px solid #ccc;margin-left:4px;padding-left:8px;color:#555">'
              '<p><b>Your original message:</b></p><p>' + h(msg) + '</p></blockquote>')
    hh = plain_html_page(new_html + quoted)
    q066 = ("I found both accounts, and both use mori.daisuke.dev@gmail.com: Account A (AWS11920457, AWS "
            "Builder ID) and Account B (AWS12644093, Amazon.co.jp retail account). My plan is to keep Account A "
            "and merge B into it. Do you agree, or would you rather keep B? I'll wait for your go-ahead before "
            "merging anything.\n\nBeatriz L.\n")
    d066 = when(2025, 5, 8, 13, 7, 45)
    add(d066, AWS_FORM, TO_P, SUBJ[CI], H(hh, "utf-8", "base64"),
        "confirmation_request", True, CI, new_html,
        "Merge confirmation in an HTML table, with the owner's pasted 'All done' line quoted below.",
        thread=CI)

    # =========================================================================== 067 closing notice I (JA)
    t = ("お客様\n\n"
         "ケース 174661680902590 につきまして、2025年5月8日にご確認をお願いしておりましたが、"
         "現時点でご返信を確認できておりません。\n\n"
         "2025年5月15日までにご返信がない場合、本ケースは自動的にクローズされます。"
         "引き続きのご対応をご希望の場合は、本メールにご返信ください。"
         "クローズ後にご返信いただいた場合も、ケースは再開されます。\n\n"
         "AWS トレーニングと認定\n")
    add(when(2025, 5, 12, 9, 0, 5), ("AWS トレーニングと認定", FORM), TO_P, SUBJ[CI],
        P(t, "utf-8", "base64"), "closing_notice", True, CI, t,
        "Japanese closing notice (template, no In-Reply-To).", thread=CI, irt=False)

    # =========================================================================== 068 user reply I
    new = ("Hi Beatriz,\n\nSorry for the delay - agreed: keep Account A (AWS11920457) and merge AWS12644093 "
           "into it. I don't need the retail sign-in for certification.\n\nDaisuke\n")
    tt, hh = gmail_reply(new, gmail_attr(d066, "AWS Training and Certification", FORM), q066)
    d068 = when(2025, 5, 12, 21, 48, 3)
    add(d068, ME_G, ("AWS Training and Certification", FORM), SUBJ[CI], ALT(P(tt), H(hh)),
        "user_reply", False, CI, new, "Owner's go-ahead.", mailbox="sent", mid=gmail_id(), thread=CI)

    # =========================================================================== 069 submitted & approved I
    q069 = ("Thanks, Daisuke. The merge request is submitted and approved, and it runs in tonight's batch. "
            "Until it completes both accounts still exist and the retail sign-in still works; afterwards "
            "AWS12644093 goes away and its SCS-C02 result appears under AWS11920457. I'll confirm tomorrow "
            "once I've checked the result. No reply needed.\n\nBeatriz L.\n")
    d069 = when(2025, 5, 13, 15, 2, 10)
    add(d069, AWS_FORM, TO_P, SUBJ[CI], P(q069 + SUPPORT_FOOT, "utf-8", "quoted-printable"),
        "case_update", False, CI, q069,
        "UNDER WAY dressed as done: 'submitted and approved', but the merge runs tonight.", thread=CI)

    # =========================================================================== 070 resolved I
    new = ("Merge complete. AWS12644093 no longer exists: Security Specialty is in your Exam History under "
           "AWS11920457 (six certifications now), and signing in with the Amazon.co.jp login now takes you to "
           "the Builder ID prompt instead of a second account. The Security Specialty badge will come from "
           "Credly to your Gmail.\n\nBeatriz L.\nAWS Training and Certification Customer Support\n\n"
           "How did I do? https://support.aws.amazon.com/feedback?c=174661680902590\n")
    tt = (new + "\n" + gmail_attr(d069, "AWS Training and Certification", FORM) + "\n" + qlines(q069) + "\n>\n"
          + qlines(gmail_attr(d068, "Daisuke Mori", ME_P) + "\n" + qlines(new_068_text())) + "\n> >\n"
          + qlines(qlines(gmail_attr(d066, "AWS Training and Certification", FORM) + "\n" + qlines(q066))) + "\n")
    add(when(2025, 5, 14, 10, 12, 26), AWS_FORM, TO_P, SUBJ[CI], P(tt, "utf-8", "quoted-printable"),
        "resolved", False, CI, new,
        "DONE, 'what you'll now see', top-posted over three levels of quoted history that still contain "
        "the confirmation question and the IDs in another order.", thread=CI)


def new_068_text():
    return ("Hi Beatriz,\n\nSorry for the delay - agreed: keep Account A (AWS11920457) and merge AWS12644093 "
            "into it. I don't need the retail sign-in for certification.\n\nDaisuke\n")


def main():
    build()
    # arrival order must be chronological
    for a, b in zip(MSGS, MSGS[1:]):
        assert a["date"] < b["date"], (a["subject"], b["subject"])
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MSGS, 1):
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["raw"])
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    c = Counter(m["label"]["kind"] for m in MSGS)
    for k in sorted(c):
        print("%-22s %d" % (k, c[k]))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
