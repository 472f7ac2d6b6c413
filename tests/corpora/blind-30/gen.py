#!/usr/bin/env python3
"""Generate the blind held-out corpus blind-30 (standard library only).

Writes NNN-slug.eml / NNN-slug.json for every message, plus README.md, into
the directory this script lives in.  Then re-parses everything as a check.
"""
import base64
import datetime
import email
import email.policy
import glob
import hashlib
import json
import os
import quopri
import re
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME = "kanade.hasebe.k@gmail.com"
WORK = "k.hasebe@tsurugi-cloudworks.co.jp"
ME_NAME = "Kanade Hasebe"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = "no-reply-aws@amazon.com"
CONSOLE_FROM = formataddr(("Amazon Web Services", CONSOLE))

CASE_A = "174208311500062"   # main merge, 15 digits
CASE_B = "174209024700318"   # duplicate form submission, 15 digits
CASE_C = "17614329058"       # console case, 11 digits
CASE_D = "4518260973"        # Japanese Credly / third-account case, 10 digits
CASE_G = "7390015526"        # 2020 case revived by the user, 10 digits
CASE_E = "174730288600914"   # APN sharing at the new employer, 15 digits

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

ISO = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
       "us-ascii": "ascii"}

# ----------------------------------------------------------------- helpers

def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, address, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    raw = text.encode(ISO[charset])
    if cte in ("7bit", "8bit"):
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    head = ("Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n"
            % (ctype, charset.upper() if charset != "utf-8" else "UTF-8", cte))
    return head.encode("ascii") + body


def multipart(subtype, parts, boundary, params=""):
    out = ("Content-Type: multipart/%s; boundary=\"%s\"%s\n\n" % (subtype, boundary, params)).encode()
    for p in parts:
        out += ("--%s\n" % boundary).encode() + p + b"\n"
    out += ("--%s--\n" % boundary).encode()
    return out


def quote(text, prefix="> "):
    return "\n".join((prefix + line).rstrip() if line else prefix.rstrip() for line in text.strip("\n").split("\n"))


def hx(slug, n=32):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def mk_mid(slug, style):
    h = hx(slug, 40)
    if style == "ses":
        return "<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:17], h[17:21], h[21:25], h[25:37])
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("=", "")
        return "<CAH%s+%s@mail.gmail.com>" % (b[:22], b[22:])
    if style == "outlook":
        return "<TYWPR01MB%s%s@TYWPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:20].upper(), h[:4].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:28], style)


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(s, tz="+0000"):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return "%s, %02d %s %d %s %s" % (DOW[d.weekday()], d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"), tz)


def auth_google(domain, mailfrom=None, ip="54.240.8.77", dkim="pass", spf="pass", dmarc="pass",
                policy="p=QUARANTINE sp=QUARANTINE dis=NONE", selector="s1"):
    mailfrom = mailfrom or ("bounces@" + domain)
    parts = ["mx.google.com"]
    if dkim == "pass":
        parts.append("dkim=pass header.i=@%s header.s=%s header.b=%s" % (domain, selector, hx(domain + ip, 8)))
    elif dkim == "fail":
        parts.append("dkim=fail header.i=@%s header.s=%s header.b=%s" % (domain, selector, hx(ip, 8)))
    else:
        parts.append("dkim=none")
    if spf == "pass":
        parts.append("spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (mailfrom, ip, mailfrom))
    else:
        parts.append("spf=%s (google.com: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (spf, mailfrom, ip, mailfrom))
    parts.append("dmarc=%s (%s) header.from=%s" % (dmarc, policy, domain))
    return ";\n       ".join(parts)


def auth_m365(domain, ip="54.240.27.12", ok=True):
    if ok:
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100" % (ip, domain, domain, domain))
    return ("spf=fail (sender IP is %s)\n smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail\n reason=000" % (ip, domain, domain, domain))


def received_google(host, ip, to, when):
    return ("from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n        for <%s>;\n        %s"
            % (host, host, ip, hx(host + when, 20), to, when))


def received_m365(host, ip, when):
    return ("from %s (%s) by\n TY4PEPF0000FB5A.mail.protection.outlook.com (10.167.241.76) with\n"
            " Microsoft SMTP Server id 15.20.8445.13 via Frontend Transport; %s" % (host, ip, when))


MIDS = {}
MSGS = []


def ref(x):
    return MIDS.get(x, x)


def add(slug, kind, needs, case, cands, note, *, frm, to, subject, when, body, cc=None, irt=None,
        refs=None, auth=None, received=None, style="ses", extra=(), crlf=False, mid=None,
        subj_charset="utf-8", lang="en"):
    n = len(MSGS) + 1
    name = "%03d-%s" % (n, slug)
    mid = mid or mk_mid(name, style)
    MIDS[slug] = mid
    h = []
    if received:
        h.append(("Received", received))
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("Date", when))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hdr(subject, subj_charset)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", ref(irt)))
    if refs:
        h.append(("References", "\n ".join(ref(r) for r in refs)))
    h.extend(extra)
    h.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % kv for kv in h).encode("ascii")
    raw = head + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(name=name, raw=raw, kind=kind, needs=needs, case=case, cands=cands, note=note,
                     lang=lang, subject=subject))
    return name


def txt(t, charset="utf-8", cte="quoted-printable"):
    return leaf("text/plain", t, charset, cte)


def alt(t, html, charset="utf-8", cte="quoted-printable", b=None):
    return multipart("alternative", [leaf("text/plain", t, charset, cte), leaf("text/html", html, charset, cte)],
                     b or ("----=_Part_%s" % hx(t, 18)))


def html_of(t):
    esc = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in esc.split("\n\n"))
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s</body></html>\n" % paras


def gmail_alt(t, charset="utf-8", cte="quoted-printable"):
    """Gmail style: plain + html, quoted part in a blockquote."""
    if "\n\n" in t and re.search(r"^(On .* wrote:|\d{4}年.*:)$", t, re.M):
        m = re.search(r"^(On .* wrote:|\d{4}年.*:)$", t, re.M)
        own, rest = t[:m.start()], t[m.start():]
        first, _, q = rest.partition("\n")
        qtext = "\n".join(l[2:] if l.startswith("> ") else l.lstrip(">") for l in q.split("\n"))
        esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        html = ("<div dir=\"ltr\">%s</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">%s</blockquote></div>\n"
                % (esc(own.strip()).replace("\n", "<br>"), esc(first), esc(qtext).replace("\n", "<br>\n")))
    else:
        html = "<div dir=\"ltr\">%s</div>\n" % t.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    return multipart("alternative", [leaf("text/plain", t, charset, cte), leaf("text/html", html, charset, cte)],
                     "000000000000%s" % hx(t, 16))


def aws_rx(to, when_local, ip="54.240.8.77"):
    """Received + auth for genuine amazon.com mail, chosen by mailbox."""
    if to == WORK:
        return dict(received=received_m365("a8-77.smtp-out.amazonses.com", ip, when_local),
                    auth=auth_m365("amazon.com", ip))
    return dict(received=received_google("a8-77.smtp-out.amazonses.com", ip, to, when_local),
                auth=auth_google("amazon.com", mailfrom="0100019@amazonses.com" if False else "bounce@amazon.com", ip=ip,
                                 selector="224i4yxa5dv7c2xz3womw6peuasteono"))


# ================================================================= messages
# ---- 001
add("builder-code", "unrelated", False, None, [],
    "Builder ID sign-up code from signin.aws; 6-digit number that is not a case id.",
    frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME,
    subject="Your AWS Builder ID verification code", when=date("2025-03-02 11:04:51"),
    **dict(received=received_google("e226-3.smtp-out.us-east-1.amazonses.com", "54.240.48.3", ME, date("2025-03-02 03:04:52", "-0800")),
           auth=auth_google("signin.aws", ip="54.240.48.3")),
    body=alt("""Hello,

Use this code to finish setting up your AWS Builder ID:

    307418

The code stays valid for 10 minutes. If you weren't creating a Builder ID,
you can ignore this message; nobody can use the code without access to your inbox.

AWS Builder ID
""", """<html><body><p>Hello,</p><p>Use this code to finish setting up your AWS Builder ID:</p>
<p style="font-size:28px;letter-spacing:4px"><b>307418</b></p>
<p>The code stays valid for 10 minutes. If you weren't creating a Builder ID, you can ignore this message; nobody can use the code without access to your inbox.</p>
<p>AWS Builder ID</p></body></html>
"""))

# ---- 002
jp_summit = """長谷部 奏 様

いつも AWS をご利用いただき、ありがとうございます。

AWS Summit Japan 2025 の参加登録を受け付けています。今年は AWS 認定をお持ちの方向けに「認定者ラウンジ」をご用意しました。
当日はラウンジ入口で Credly のデジタルバッジをご提示ください。

■ 開催日: 2025年6月25日(水)・26日(木)
■ 会場: 幕張メッセ
■ 参加費: 無料(事前登録制)

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

ご不明な点がございましたら、イベント事務局までお問い合わせください。
※本メールは送信専用アドレスからお送りしています。

配信停止: https://pages.awscloud.com/communication-preferences
アマゾン ウェブ サービス ジャパン合同会社
"""
add("summit-invite", "unrelated", False, None, [],
    "AWS marketing in Japanese (amazon.com sender) mentioning certification and badges; no case.",
    frm=addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), to=ME,
    subject="【参加登録受付中】AWS Summit Japan 2025 - 認定者ラウンジのご案内", when=date("2025-03-03 01:30:00"),
    **aws_rx(ME, date("2025-03-02 17:30:01", "-0800")),
    body=alt(jp_summit, html_of(jp_summit), cte="base64"), lang="ja")

# ---- 003  ack A (to the company mailbox)
ack_a = """Hello,

Thanks for getting in touch with AWS Training and Certification. Your request
has been logged as case %s and a specialist will pick it up shortly.
Most requests get a first answer within one business day; busy periods can
take longer.

To keep things moving, don't submit the form again for this same request: a
second case simply joins the queue behind the first one.

What we received
----------------
Case ID: %s
Inquiry type: Certification
Additional details: Account Merge
Contact email: %s

Use case: I am leaving Tsurugi CloudWorks at the end of March and want the
certification history from my work profile moved to my personal profile.
Addresses I have used: %s, %s
Address to keep: %s

Should you think of anything to add in the meantime, you can reply to this
email and your note will be attached to the case.

Regards,
AWS Training and Certification Customer Service
""" % (CASE_A, CASE_A, WORK, WORK, ME, ME)
add("form-receipt", "acknowledgement", False, CASE_A, [],
    "Ack to the company address; a 'don't submit again' imperative and a conditional reply invitation that are not asks; M365 auth header.",
    frm=TC_FROM, to=WORK, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-04 00:12:33"), **aws_rx(WORK, date("2025-03-04 00:12:34")),
    body=alt(ack_a, html_of(ack_a)))

# ---- 004  ack B (duplicate submission, Japanese template)
ack_b = """長谷部 奏 様

AWS トレーニングと認定にお問い合わせいただき、ありがとうございます。
お客様からのご依頼をケース %s として登録いたしました。

担当者から通常 24 時間以内にご連絡いたしますが、内容によってはそれ以上お時間を頂戴する場合がございます。
同じご依頼についてすでにケースをお持ちの場合、新たなケースの作成はお控えください。重複したケースは、かえって回答の遅れにつながります。

■ ご依頼内容
ケース ID: %s
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本文:
退職に伴い、会社のメールアドレス(%s)で作成した認定アカウントを、
個人アドレス(%s)のアカウントへ統合したいです。

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_B, CASE_B, WORK, ME)
add("form-receipt-dup", "acknowledgement", False, CASE_B, [],
    "Second acknowledgement for the same request (duplicate form) in Japanese, base64; 'please don't open another case' is not an ask.",
    frm=TC_FROM, to=ME, subject="RE: [CASE %s] %s" % (CASE_B, SUBJ_TC),
    when=date("2025-03-04 00:40:02"), **aws_rx(ME, date("2025-03-03 16:40:03", "-0800")),
    body=txt(ack_b, cte="base64"), lang="ja")

# ---- 005  user on B
u005 = """Hi,

I pressed submit twice this morning, sorry about that. This one duplicates
case %s, which I sent from my work address about the
same merge. Feel free to drop this one and carry on with the other.

Kanade

2025年3月4日(火) 9:40 AWS Training and Certification <%s>:

%s
""" % (CASE_A, TC, quote(ack_b))
add("dup-note", "user_reply", False, CASE_B, [],
    "Owner's own note on the duplicate case; mentions the other case number in its text; Japanese Gmail quote header over a Japanese ack.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: [CASE %s] %s" % (CASE_B, SUBJ_TC),
    when=date("2025-03-04 09:55:40", "+0900"), irt="form-receipt-dup", refs=["form-receipt-dup"],
    style="gmail", body=gmail_alt(u005))

# ---- 006  B closed as duplicate
r006 = """Hello Kanade,

Thanks for flagging it. I've closed case %s as a duplicate; your
merge will be handled on case %s, which is already with the team.
There's nothing you need to do on this one.

Best,
Yuto
AWS Training and Certification
""" % (CASE_B, CASE_A)
add("dup-closed", "resolved", False, CASE_B, [],
    "Duplicate case closed; names two case numbers, the mail belongs to the duplicate. 'Closed' but not for silence, so not a closing notice.",
    frm=TC_FROM, to=ME, subject="RE: [CASE %s] %s" % (CASE_B, SUBJ_TC),
    when=date("2025-03-04 05:21:09"), **aws_rx(ME, date("2025-03-03 21:21:10", "-0800")),
    irt="dup-note", refs=["form-receipt-dup", "dup-note"], body=txt(r006, "us-ascii", "7bit"))

# ---- 007  GitHub merged
gh = """Merged #214 into main.

—
Reply to this email directly, view it on GitHub:
https://github.com/yorunoumi/infra-playbooks/pull/214#event-16630218845
You are receiving this because you authored the thread.
"""
add("gh-merged", "unrelated", False, None, [],
    "GitHub 'merged' notification with a reply-to-this-email footer.",
    frm=addr("Taiga Koizumi", "notifications@github.com"), to=addr("yorunoumi/infra-playbooks", "infra-playbooks@noreply.github.com"),
    cc=addr(ME_NAME, ME), subject="Re: [yorunoumi/infra-playbooks] Merge cert-lab playbooks into main (PR #214)",
    when=date("2025-03-04 17:13:44", "-0800"),
    received=received_google("out-21.smtp.github.com", "192.30.252.204", ME, date("2025-03-04 17:13:45", "-0800")),
    auth=auth_google("github.com", ip="192.30.252.204", policy="p=REJECT sp=REJECT dis=NONE"),
    style="github.com", extra=[("X-GitHub-Reason", "author")],
    body=alt(gh, html_of(gh)))

# ---- 008  info request A (one long paragraph, to the company address)
i008 = ("Hello Kanade, thank you for your patience while I looked into this. I can see two certification "
        "profiles that appear to belong to you, one registered under %s and one under %s, and combining them "
        "is something we do routinely; however, because the request reached us from the work address while the "
        "profile you want to keep is the personal one, our verification policy says the owner of the destination "
        "profile has to make the request themselves (this protects people from having their history pulled into an "
        "account they don't control), so what I'll need is a reply on this case sent from %s rather than from the "
        "company mailbox, and if you have the candidate IDs of both profiles to hand (they begin with AWS followed by "
        "eight digits and sit in the top right corner of the certification portal), put them in that same message, "
        "which saves us a round trip. Once that arrives I can carry on with the next steps.\n\n"
        "Kind regards,\nDevraj S.\nAWS Training and Certification\n") % (WORK, ME, ME)
add("verify-from-personal", "info_request", True, CASE_A, [],
    "One long paragraph; the ask ('what I'll need is a reply ... sent from' the personal address) is buried mid-sentence with no 'please'.",
    frm=TC_FROM, to=WORK, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-05 02:48:17"), **aws_rx(WORK, date("2025-03-05 02:48:18")),
    body=txt(i008))

# ---- 009  forward from company to personal
fw009 = """個人アドレスから返信するため転送。候補IDは帰宅後に確認する。

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月5日 水曜日 11:48
宛先: 長谷部 奏 <%s>
件名: RE:[CASE %s] %s

%s""" % (TC, WORK, CASE_A, SUBJ_TC, i008)
add("fwd-to-self", "user_reply", False, CASE_A, [],
    "Owner forwards the request from the work mailbox to the personal one (Outlook JP forward header); carries the ask only as forwarded text.",
    frm=addr("長谷部 奏", WORK), to=ME, subject="FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-05 10:02:11"), style="outlook",
    received=received_google("JPN01-TYC-obe.outbound.protection.outlook.com", "52.101.229.62", ME, date("2025-03-05 02:02:12", "-0800")),
    auth=auth_google("tsurugi-cloudworks.co.jp", ip="52.101.229.62", policy="p=NONE sp=NONE dis=NONE", selector="selector1"),
    extra=[("Thread-Topic", "RE:[CASE %s] %s" % (CASE_A, SUBJ_TC)), ("Content-Language", "ja-JP")],
    body=multipart("alternative", [leaf("text/plain", fw009, "utf-8", "base64"),
                                   leaf("text/html", html_of(fw009), "utf-8", "base64")], "_000_TYWPR01MB9981fw_"),
    lang="ja")

# ---- 010  user reply with candidate IDs (reply to the forward, from Gmail)
u010 = """Hello Devraj,

Writing from the address I'd like to keep, as you asked.

Candidate IDs:
- work profile (%s): AWS03318264
- personal profile (%s): AWS09127745

Everything should end up in the personal one.

Thanks,
Kanade Hasebe

2025年3月5日(水) 19:02 長谷部 奏 <%s>:

%s
""" % (WORK, ME, WORK, quote(fw009))
add("ids-from-personal", "user_reply", False, CASE_A, ["AWS03318264", "AWS09127745"],
    "Owner's reply sent as 'Re: FW: RE:[CASE ...]' from Gmail, quoting the forward; gives two candidate IDs.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: FW: RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-05 21:40:05", "+0900"), irt="fwd-to-self", refs=["verify-from-personal", "fwd-to-self"],
    style="gmail", body=gmail_alt(u010))

# ---- 011  on hold, APN, with questions (bullets)
h011 = """Hi Kanade,

Thanks, the candidate IDs match what I see. Before anything moves, a few points:

  * AWS03318264 (the Tsurugi CloudWorks profile) is linked to an AWS Partner
    Network organization.
  * Profiles linked to a partner count toward that partner's certification
    numbers, so we don't fold them into a personal account while the holder is
    still on the partner's roster.
  * I've paused the merge for the time being.

What I still don't know:
  * Are you still employed by Tsurugi CloudWorks?
  * If you're on your way out, what's your last working day?

With that I can take it to our partner team.

Ines
AWS Training and Certification

From: Kanade Hasebe <%s>
Sent: Wednesday, March 5, 2025 12:40 PM
To: AWS Training and Certification <%s>
Subject: Re: FW: RE:[CASE %s] %s

%s
""" % (ME, TC, CASE_A, SUBJ_TC, u010.split("\n2025年")[0].strip())
add("partner-hold-q", "on_hold", True, CASE_A, ["AWS03318264"],
    "Partner (APN) hold written as bullets; the asks are bare questions under 'What I still don't know'; quoted user mail below holds a second candidate ID that must not count.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-06 07:20:41"), **aws_rx(ME, date("2025-03-05 23:20:42", "-0800")),
    irt="ids-from-personal", refs=["verify-from-personal", "fwd-to-self", "ids-from-personal"],
    body=txt(h011, "us-ascii", "7bit"))

# ---- 012  Pearson VUE confirmation
pv = """Dear Kanade Hasebe,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Security - Specialty (SCS-C02)
Registration ID: 428816307
Date and time: Saturday, 12 April 2025, 10:00 JST
Delivery: Pearson VUE test center, Shinjuku Test Center

Please arrive 15 minutes before your appointment with two forms of valid ID.
To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours ahead.

Pearson VUE
"""
add("exam-booked", "unrelated", False, None, [],
    "Exam-vendor appointment with a 9-digit registration ID (not a case id); imperative instructions, no support case.",
    frm=addr("Pearson VUE", "noreply@pearson.com"), to=ME,
    subject="Pearson VUE Confirmation of Booking", when=date("2025-03-06 09:05:12"),
    received=received_google("mx0.pearson.com", "159.182.9.21", ME, date("2025-03-06 01:05:13", "-0800")),
    auth=auth_google("pearson.com", ip="159.182.9.21", policy="p=REJECT sp=REJECT dis=NONE"),
    style="pearson.com", body=alt(pv, html_of(pv)))

# ---- 013  user reply, subject changed (thread only via In-Reply-To/References)
u013 = """Hi Ines,

Yes, I'm leaving. My last day at Tsurugi CloudWorks is 31 March 2025, and the
company mailbox is switched off that evening. I've already told our partner
admin that my certifications go with me, so there's no objection on their side.

Whatever the next step is, go ahead.

Kanade

On Thu, 6 Mar 2025 at 16:20, AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(h011.split("\nFrom: Kanade")[0]))
add("last-day", "user_reply", False, CASE_A, [],
    "Owner's reply whose subject was rewritten with no case number; belongs to the case only through In-Reply-To/References.",
    frm=addr(ME_NAME, ME), to=TC, subject="My last working day / partner link",
    when=date("2025-03-07 08:11:30", "+0900"), irt="partner-hold-q",
    refs=["verify-from-personal", "fwd-to-self", "ids-from-personal", "partner-hold-q"],
    style="gmail", body=gmail_alt(u013))

# ---- 014  on hold, no ask
h014 = """Hi Kanade,

Got it, thank you. I've handed this to our partner operations team so they can
release the link between AWS03318264 and the Tsurugi CloudWorks partner record.
The merge stays paused until they're done, which usually takes three to five
business days. Nothing more is needed from you at this point; I'll write again
here once they've finished.

Ines
"""
add("partner-review", "on_hold", False, CASE_A, ["AWS03318264"],
    "Hold waiting on partner operations that explicitly needs nothing from the owner; reply to a subject-less thread mail.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-07 03:02:55"), **aws_rx(ME, date("2025-03-06 19:02:56", "-0800")),
    irt="last-day", refs=["partner-hold-q", "last-day"], body=txt(h014, "us-ascii", "7bit"))

# ---- 015  phishing, lookalike domain
ph = """<html><body style="font-family:Arial">
<table width="600" cellpadding="12" style="border:1px solid #ddd"><tr><td style="background:#232f3e;color:#fff"><b>AWS Training &amp; Certification</b></td></tr>
<tr><td>
<p>Dear Candidate,</p>
<p>Your certification account merge (Case reference 5512098317) is waiting for a final identity check.
Confirm your AWS Builder ID password within <b>24 hours</b> or the exam history on the source account will be permanently deleted.</p>
<p style="text-align:center"><a href="http://aws-certification-merge.com/verify?c=5512098317" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Verify and complete merge</a></p>
<p>Thank you,<br>AWS Certification Support Team</p>
</td></tr></table></body></html>
"""
add("phish-merge", "suspicious", False, None, [],
    "Lookalike domain (aws-certification-merge.com) that passes its own DKIM/DMARC; talks about a merge and shows a 'Case reference' number; HTML only.",
    frm=addr("AWS Training & Certification", "case-updates@aws-certification-merge.com"), to=ME,
    subject="Action needed: verify identity to finish merging your certification accounts",
    when=date("2025-03-08 13:44:09"),
    received=received_google("mail.aws-certification-merge.com", "185.234.72.19", ME, date("2025-03-08 05:44:10", "-0800")),
    auth=auth_google("aws-certification-merge.com", ip="185.234.72.19", policy="p=NONE sp=NONE dis=NONE"),
    style="aws-certification-merge.com", body=leaf("text/html", ph, "utf-8", "7bit"))

# ---- 016  billing with account id (same sender as console cases)
bill = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account
ending in 6451, is available on the AWS web site. Your account will be
charged the following:

Total: USD 3.62

Account ID: 409812736451
Billing period: February 1 - February 28, 2025

You can see a complete breakdown of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
Please do not reply to this e-mail; this address cannot accept incoming e-mails.
"""
add("invoice", "unrelated", False, None, [],
    "Billing statement from the same sender as console cases, with a 12-digit AWS account ID and the 'cannot accept incoming e-mails' footer.",
    frm=CONSOLE_FROM, to=ME, subject="Amazon Web Services Billing Statement Available [Account: 409812736451]",
    when=date("2025-03-10 04:17:26"), **aws_rx(ME, date("2025-03-09 21:17:27", "-0700")),
    body=txt(bill, "us-ascii", "7bit"))

# ---- 017  case update, tiny note
add("still-pending", "case_update", False, CASE_A, [],
    "Very short progress note from a covering agent; no question, no 'please'.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-11 22:05:18"), **aws_rx(ME, date("2025-03-11 15:05:19", "-0700")),
    irt="partner-review", refs=["last-day", "partner-review"],
    body=txt("Hi Kanade - partner ops still has it in their queue, no blockers so far. Expect news by Friday.\n\n"
             "Marisol (covering for Ines)\n", "us-ascii", "7bit"))

# ---- 018  Jira resolved, company mailbox
jira = """Kenta Mori changed the status of OPS-882 to Resolved.

OPS-882: Merge duplicate IAM roles in cert-lab account (123984470215)
Resolution: Done
Assignee: Kenta Mori

Comment (Kenta Mori):
Merged both roles into CertLabAdmin and removed the old one. @Kanade Hasebe
can you confirm the lab pipeline still deploys before you leave on the 31st?

View issue: https://tsurugi-cloudworks.atlassian.net/browse/OPS-882
"""
add("jira-resolved", "unrelated", False, None, [],
    "Jira 'Resolved' with 'merged' and a question to the owner, in the company mailbox; 12-digit account ID.",
    frm=addr("Kenta Mori (Jira)", "jira@tsurugi-cloudworks.atlassian.net"), to=WORK,
    subject="[JIRA] (OPS-882) Merge duplicate IAM roles in cert-lab account",
    when=date("2025-03-12 06:30:02"),
    received=received_m365("mail-by.atlassian.net", "185.166.143.12", date("2025-03-12 06:30:03")),
    auth=auth_m365("atlassian.net", "185.166.143.12"), style="Atlassian.JIRA",
    body=alt(jira, html_of(jira)))

# ---- 019  confirmation request, HTML only with table, base64
c019 = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hi Kanade,</p>
<p>Partner operations have released the partner link on your former employer's profile, so the merge is no longer blocked.</p>
<p>These are the two profiles on file:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kanade.hasebe.k@gmail.com</td><td>k.hasebe@tsurugi-cloudworks.co.jp</td></tr>
<tr><td>Training notification email</td><td>kanade.hasebe.k@gmail.com</td><td>k.hasebe@tsurugi-cloudworks.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kanade.hasebe.k@gmail.com</td><td>k.hasebe@tsurugi-cloudworks.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS09127745</td><td>AWS03318264</td></tr>
</table>
<p>Whichever profile you keep receives the exam history, certifications and benefits of the other, and the other one is deactivated.</p>
<p>Please look the details over and let me know which of the two should remain.</p>
<p>Best regards,<br>Ines<br>AWS Training and Certification</p>
</body></html>
"""
add("pick-account-table", "confirmation_request", True, CASE_A, ["AWS09127745", "AWS03318264"],
    "HTML-only, base64 body; Account #1/#2 in a table; the ask is the last paragraph.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-13 08:02:40"), **aws_rx(ME, date("2025-03-13 01:02:41", "-0700")),
    irt="still-pending", refs=["partner-review", "still-pending"],
    body=leaf("text/html", c019, "utf-8", "base64"))

# ---- 020  certmetrics feedback invitation (company mailbox)
cm = """Hello Kanade,

AWS Certification is planning changes to how exams are delivered and we'd like
to hear from certified professionals first. The survey takes about 10 minutes
and your answers are anonymous.

Take the survey: https://www.certmetrics.com/amazon/survey/2025q1

Candidate ID: AWS03318264

Thank you for being part of the AWS Certification community.
AWS Certification
"""
add("cert-voice", "certification", False, None, ["AWS03318264"],
    "CertMetrics feedback invitation (program survey, not a support survey) to the company mailbox; contains a candidate ID.",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=WORK,
    subject="AWS Certification wants your input", when=date("2025-03-14 15:00:07"),
    received=received_m365("mta-02.certmetrics.com", "52.5.33.84", date("2025-03-14 15:00:08")),
    auth=auth_m365("certmetrics.com", "52.5.33.84"), style="certmetrics.com",
    body=alt(cm, html_of(cm)))

# ---- 021  closing notice A, top-posted over quoted table text, CRLF
q019 = """Hi Kanade,

Partner operations have released the partner link on your former employer's profile, so the merge is no longer blocked.

These are the two profiles on file:

Account #1
  Login email: kanade.hasebe.k@gmail.com
  Training notification email: kanade.hasebe.k@gmail.com
  Certification notification email: kanade.hasebe.k@gmail.com
  Candidate ID: AWS09127745
Account #2
  Login email: k.hasebe@tsurugi-cloudworks.co.jp
  Training notification email: k.hasebe@tsurugi-cloudworks.co.jp
  Certification notification email: k.hasebe@tsurugi-cloudworks.co.jp
  Candidate ID: AWS03318264

Whichever profile you keep receives the exam history, certifications and benefits of the other, and the other one is deactivated.

Please look the details over and let me know which of the two should remain.

Best regards,
Ines
AWS Training and Certification"""
cl021 = """Hello Kanade,

I'm following up on Ines's message below, which is still waiting on your choice
of profile. Cases with no activity for a week are closed automatically, and this
one reaches that point on Thursday 20 March. A reply here, even a short one,
keeps it open; after that you would need to write back to reopen it.

Regards,
Marisol
AWS Training and Certification

---------- Previous message ----------
From: AWS Training and Certification <%s>
Sent: 13 March 2025 08:02 UTC
To: %s
Subject: RE:[CASE %s] %s

%s
""" % (TC, ME, CASE_A, SUBJ_TC, q019)
add("going-to-close", "closing_notice", True, CASE_A, [],
    "Closing notice top-posted over the quoted confirmation request; candidate IDs only in the quote; CRLF; no 'please'.",
    frm=TC_FROM, to=ME, subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-17 09:30:00"), **aws_rx(ME, date("2025-03-17 02:30:01", "-0700")),
    irt="pick-account-table", refs=["still-pending", "pick-account-table"],
    body=txt(cl021), crlf=True)

# ---- 022  vague yes, Cc to work address
u022 = """Hi Marisol,

Sorry, handover week. Yes, please merge them. Thanks!

Kanade

On Mon, Mar 17, 2025 at 6:30 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(cl021))
add("vague-yes", "user_reply", False, CASE_A, [],
    "Owner's short yes that does not name an account; Cc to the old work address; quotes candidate IDs only in history.",
    frm=addr(ME_NAME, ME), to=TC, cc=WORK, subject="Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-17 22:14:51", "+0900"), irt="going-to-close", refs=["pick-account-table", "going-to-close"],
    style="gmail", body=gmail_alt(u022))

# ---- 023  out-of-office from the owner's work mailbox (ISO-2022-JP)
oof = """お疲れ様です。長谷部です。

3月17日(月)から3月21日(金)まで有給休暇のため不在にしております。
また、3月31日をもちまして退職いたします。

急ぎのご用件は、森(k.mori@tsurugi-cloudworks.co.jp)までご連絡ください。
"""
add("auto-reply-away", "unrelated", False, None, [],
    "Out-of-office auto-reply from the owner's own work address, subject carries the case number; ISO-2022-JP.",
    frm=addr("長谷部 奏", WORK, "iso-2022-jp"), to=ME,
    subject="自動応答: Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC), subj_charset="iso-2022-jp",
    when=date("2025-03-17 13:14:58"), style="outlook", irt="vague-yes", refs=["vague-yes"],
    received=received_google("JPN01-OS0-obe.outbound.protection.outlook.com", "52.101.228.45", ME, date("2025-03-17 06:14:59", "-0700")),
    auth=auth_google("tsurugi-cloudworks.co.jp", ip="52.101.228.45", policy="p=NONE sp=NONE dis=NONE", selector="selector1"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body=txt(oof, "iso-2022-jp", "7bit"), lang="ja")

# ---- 024  bare question re-confirmation
c024 = """Hi Kanade,

Thanks! Merges can't be undone, so one thing before I press the button:
which one stays - Account #1 (login kanade.hasebe.k@gmail.com) or
Account #2 (login k.hasebe@tsurugi-cloudworks.co.jp)?

Marisol
"""
add("which-one-stays", "confirmation_request", True, CASE_A, [],
    "Two-line re-confirmation as a bare question, no 'please', no 'confirm'.",
    frm=TC_FROM, to=ME, subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-18 00:41:12"), **aws_rx(ME, date("2025-03-17 17:41:13", "-0700")),
    irt="vague-yes", refs=["going-to-close", "vague-yes"], body=txt(c024, "us-ascii", "7bit"))

# ---- 025  owner confirms
u025 = """Account #1, the gmail one. Confirmed, merge #2 into it.

Kanade

On Tue, Mar 18, 2025 at 9:41 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(c024))
add("keep-one", "user_reply", False, CASE_A, [],
    "Owner's one-line confirmation above a quoted question.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE: [CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-18 09:58:03", "+0900"), irt="which-one-stays", refs=["vague-yes", "which-one-stays"],
    style="gmail", body=gmail_alt(u025))

# ---- 026  resolved A, quoting old asks
r026 = """Hello Kanade,

Done: Account #2 has been merged into Account #1. Your exam history, the four
active certifications and the 50%% exam discount benefit now sit under
kanade.hasebe.k@gmail.com, and the Tsurugi CloudWorks login no longer opens a
certification profile. Credly usually catches up within a day or two.

No further action is required on your part. Thanks for bearing with us through
the partner review.

Marisol
AWS Training and Certification

How did we do? Rate this response: https://aws.amazon.com/feedback/tc?case=%s

-----Original Message-----
From: Kanade Hasebe <%s>
Sent: Tuesday, March 18, 2025 12:58 AM
To: AWS Training and Certification <%s>
Subject: Re: RE: [CASE %s] %s

Account #1, the gmail one. Confirmed, merge #2 into it.

-----Original Message-----
From: AWS Training and Certification
Sent: Tuesday, March 18, 2025 12:41 AM

%s
""" % (CASE_A, ME, TC, CASE_A, SUBJ_TC, c024.strip())
add("merged-done", "resolved", False, CASE_A, [],
    "Completion with Outlook-style quoted history containing the owner's confirmation and the earlier question; rating link; 'No further action is required'.",
    frm=TC_FROM, to=ME, subject="RE: [CASE %s] %s" % (CASE_A, SUBJ_TC),
    when=date("2025-03-18 02:26:45"), **aws_rx(ME, date("2025-03-17 19:26:46", "-0700")),
    irt="keep-one", refs=["which-one-stays", "keep-one"], body=alt(r026, html_of(r026)))

# ---- 027  Credly badge
cr = """Kanade, you've earned a badge!

Amazon Web Services Training and Certification has issued you the
AWS Certified Solutions Architect - Associate badge.

Accept your badge to share it on LinkedIn, in your email signature and more:
https://www.credly.com/badges/3f6c1e0a-8a5d-4b7e-9d21-6c0f2b8e4a17/accept

Credly, Inc.
"""
add("badge-saa", "badge", False, None, [],
    "Credly badge issued (badge UUID, 'accept your badge' imperative).",
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subject="Amazon Web Services Training and Certification sent you a new badge",
    when=date("2025-03-18 03:10:22"),
    received=received_google("o1.mail.credly.com", "167.89.101.12", ME, date("2025-03-17 20:10:23", "-0700")),
    auth=auth_google("credly.com", ip="167.89.101.12", policy="p=NONE sp=NONE dis=NONE"),
    style="credly.com", body=alt(cr, html_of(cr)))

# ---- 028  survey for case A
sv = """Hello,

Your case %s with AWS Training and Certification Customer
Service was recently marked resolved. Tell us how it went: five questions,
about two minutes.

Start the survey: https://amazonexteu.qualtrics.com/jfe/form/SV_tcCS?case=%s

Replies to this message are not monitored.
AWS Training and Certification
""" % (CASE_A, CASE_A)
add("rate-us-a", "survey", False, CASE_A, [],
    "Satisfaction survey tied to the case by number; imperative 'Tell us how it went'.",
    frm=addr("AWS Training and Certification", "tc-survey@amazon.com"), to=ME,
    subject="How was your support experience? (Case %s)" % CASE_A,
    when=date("2025-03-19 10:00:31"), **aws_rx(ME, date("2025-03-19 03:00:32", "-0700")),
    body=alt(sv, html_of(sv)))

# ---- 029  Skill Builder receipt
sb = """Thanks for your order.

Order number: SB-7720931
Item: AWS Skill Builder Individual subscription (monthly)
Amount: JPY 4,400 (tax included)
Billing period: 20 March 2025 - 19 April 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
This mailbox is not monitored.
"""
add("skillbuilder-receipt", "unrelated", False, None, [],
    "AWS Skill Builder receipt from aws.training; order number; not case mail.",
    frm=addr("AWS Skill Builder", "no-reply@aws.training"), to=ME,
    subject="Your AWS Skill Builder receipt", when=date("2025-03-20 02:12:09"),
    received=received_google("a48-110.smtp-out.amazonses.com", "54.240.48.110", ME, date("2025-03-19 19:12:10", "-0700")),
    auth=auth_google("aws.training", ip="54.240.48.110"), body=alt(sb, html_of(sb)))

# ---- 030  genuine-looking mail with dmarc=fail
sp = """Hello,

We are contacting you about your recent certification account merge. Some exam
records could not be carried over to the destination account:

Account #1
Login email: kanade.hasebe.k@gmail.com
Records pending: 2

Reply is not needed. To restore the pending records, confirm the destination
account within 48 hours here:
https://aws-training-records.com/restore?c=174245566100981

Kind regards,
AWS Training and Certification
"""
add("spoofed-case", "suspicious", False, None, [],
    "Claims the real T&C sender with a case-shaped subject, but DKIM, SPF and DMARC all fail for amazon.com; link to a lookalike.",
    frm=TC_FROM, to=ME, subject="RE:[CASE 174245566100981] %s" % SUBJ_TC,
    when=date("2025-03-21 17:22:40"),
    received=received_google("vps-7781.hostkey-cloud.net", "185.234.72.19", ME, date("2025-03-21 10:22:41", "-0700")),
    auth=auth_google("amazon.com", mailfrom=TC, ip="185.234.72.19", dkim="fail", spf="fail", dmarc="fail",
                     policy="p=QUARANTINE sp=QUARANTINE dis=QUARANTINE"),
    style="vps-7781.hostkey-cloud.net", body=txt(sp, "us-ascii", "7bit"))

# ---- 031  console ack C
con_link = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
a031 = """Dear Customer,

A support case has been created for you under number %s.

Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Category: Account and billing, Certification
Created by: %s [AWS ID 238410975562]

Case description:
My certification profiles were merged on 18 March (case %s).
The 50%% exam discount that was on the old profile is not on the merged
profile. My candidate ID is AWS09127745.

You can view or add to this case here:
%s

This notification was sent from an address that cannot accept incoming
e-mails. To correspond on the case, use the link above.

Amazon Web Services
""" % (CASE_C, ME, CASE_A, con_link)
add("console-new-case", "acknowledgement", False, CASE_C, ["AWS09127745"],
    "Console 'New Support case' (11 digits) with a 12-digit AWS ID and a reference to a different, older case number in the description.",
    frm=CONSOLE_FROM, to=ME, subject="Amazon Web Services: New Support case: %s" % CASE_C,
    when=date("2025-03-24 05:33:50"), **aws_rx(ME, date("2025-03-23 22:33:51", "-0700")),
    body=alt(a031, html_of(a031)))

# ---- 032  console info request
foot = ("\nYour feedback helps us improve. Rate this reply with the stars at the top right of the correspondence "
        "in the AWS Support Center.\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. "
        "Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")
i032 = """Hello,

Thank you for contacting AWS Support about your exam voucher.

I checked the merged profile and can confirm the 18 March merge completed.
Benefits are not always carried across when the source profile belonged to a
partner organization, which is most likely what happened here.

To track the voucher down I need two details:
1. the candidate ID of the profile the voucher was originally issued to;
2. the date of the exam that earned it (approximate is fine).

Please add them to the case through the Support Center; replies to this e-mail
do not reach us.

%s

Best regards,
Hiroshi T.
Amazon Web Services
%s""" % (con_link, foot)
add("console-need-details", "info_request", True, CASE_C, [],
    "Console case asking for details that must be answered in the Support Center; numbered list; rating footer.",
    frm=CONSOLE_FROM, to=ME, subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    when=date("2025-03-25 01:12:04"), **aws_rx(ME, date("2025-03-24 18:12:05", "-0700")),
    body=alt(i032, html_of(i032)))

# ---- 033  owner replies by email to the no-reply address
u033 = """Hi Hiroshi,

The voucher was on AWS03318264 (my old work profile). It came with SAA-C03,
which I passed around 12 November 2024.

Thanks,
Kanade

On Tue, Mar 25, 2025 at 10:12 AM Amazon Web Services <%s> wrote:
%s
""" % (CONSOLE, quote(i032))
add("console-wrong-channel", "user_reply", False, CASE_C, ["AWS03318264"],
    "Owner answers a console case by email to the no-reply address (wrong channel); candidate ID in own text.",
    frm=addr(ME_NAME, ME), to=CONSOLE, subject="Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    when=date("2025-03-25 12:40:18", "+0900"), irt="console-need-details", refs=["console-need-details"],
    style="gmail", body=gmail_alt(u033))

# ---- 034  bounce
bounce_txt = """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox
does not accept incoming mail
"""
bounce_hdrs = """Return-Path: <%s>
Received: by mail-sor-f41.google.com with SMTP id a1e0cc1a2514c-86d3d2e2a84sor104477241.2
Date: Tue, 25 Mar 2025 12:40:18 +0900
From: Kanade Hasebe <%s>
To: no-reply-aws@amazon.com
Subject: Re: RE:[CASE %s] 50%% exam voucher missing after certification account merge
Message-ID: %s
""" % (ME, ME, CASE_C, MIDS["console-wrong-channel"])
add("bounce", "unrelated", False, None, [],
    "Delivery failure for the email sent to the console no-reply address; carries the case number in the returned headers.",
    frm=addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to=ME,
    subject="Delivery Status Notification (Failure)", when=date("2025-03-24 20:40:21", "-0700"),
    style="mx.google.com", irt="console-wrong-channel", refs=["console-wrong-channel"],
    auth="mx.google.com; dkim=pass header.i=@googlemail.com header.s=20230601",
    body=multipart("report", [leaf("text/plain", bounce_txt, "utf-8", "7bit"),
                              b"Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; no-reply-aws@amazon.com\nAction: failed\nStatus: 5.1.1\n",
                              b"Content-Type: text/rfc822-headers\n\n" + bounce_hdrs.encode()],
                   "00000000000066a41206312f1d2e", "; report-type=delivery-status"))

# ---- 035  certmetrics expiry
ex = """Hello Kanade Hasebe,

Candidate ID: AWS09127745

Your AWS Certified Developer - Associate certification expires on 26 June 2025.
To keep it active, pass the current version of the exam or a higher-level
certification exam in the same path before that date.

Sign in to your AWS Certification Account to see your options and any
discount benefits available to you.

AWS Certification
"""
add("cert-expiry", "certification", False, None, ["AWS09127745"],
    "CertMetrics expiry reminder with imperative advice and a candidate ID; not case mail.",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Your AWS Certified Developer - Associate certification expires in 90 days",
    when=date("2025-03-27 15:02:44"),
    received=received_google("mta-01.certmetrics.com", "52.5.33.83", ME, date("2025-03-27 08:02:45", "-0700")),
    auth=auth_google("certmetrics.com", ip="52.5.33.83", policy="p=NONE sp=NONE dis=NONE"),
    style="certmetrics.com", body=alt(ex, html_of(ex)))

# ---- 036  HR mail in Shift_JIS, 8bit
hr = """長谷部さん

お疲れ様です。人事総務部の小松です。
退職手続きについて、以下2点をご確認のうえ、3月31日(月)正午までに本メールへご返信ください。

1. 貸与PC・社員証の返却日時
2. 離職票の送付先住所

よろしくお願いいたします。

人事総務部 小松
"""
add("hr-checkout", "unrelated", False, None, [],
    "Former employer's HR asking for a reply by a deadline (Shift_JIS, 8bit): a real request, but not to AWS support.",
    frm=addr("人事総務部 小松", "jinji@tsurugi-cloudworks.co.jp", "iso-2022-jp"), to=WORK,
    subject="【ご対応のお願い】退職に伴う貸与品の返却について", subj_charset="shift_jis",
    when=date("2025-03-28 09:15:00", "+0900"), style="outlook",
    received=received_m365("TYWPR01MB7707.jpnprd01.prod.outlook.com", "2603:1096:400:3c8::9", date("2025-03-28 00:15:01")),
    auth=auth_m365("tsurugi-cloudworks.co.jp", "40.107.74.55"),
    body=txt(hr, "shift_jis", "8bit"), lang="ja")

# ---- 037  console closing notice
cl037 = """Hello,

We haven't yet received the information requested on 25 March for case %s.
If there is no reply in the Support Center within the next 3 days, the case
will be marked resolved automatically. To keep it open, add a correspondence
at the link below.

%s

Amazon Web Services
%s""" % (CASE_C, con_link, foot)
add("console-idle", "closing_notice", True, CASE_C, [],
    "Console auto-resolve warning; reply must go through the Support Center; rating footer below.",
    frm=CONSOLE_FROM, to=ME, subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    when=date("2025-03-28 01:15:00"), **aws_rx(ME, date("2025-03-27 18:15:01", "-0700")),
    body=txt(cl037, "us-ascii", "7bit"))

# ---- 038  console progress
u038 = """Hello,

Thanks for the details you added in the Support Center. I've passed the
voucher request to the certification benefits team together with candidate
ID AWS03318264 and the exam date. They usually answer within 3-5 business
days, and I'll update this case when they do.

Best regards,
Hiroshi T.
Amazon Web Services
%s""" % foot
add("console-forwarded", "case_update", False, CASE_C, ["AWS03318264"],
    "Console progress note with the feedback footer ('Rate this reply'), asks nothing.",
    frm=CONSOLE_FROM, to=ME, subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    when=date("2025-03-31 03:40:27"), **aws_rx(ME, date("2025-03-30 20:40:28", "-0700")),
    body=alt(u038, html_of(u038)))

# ---- 039  other vendor closed for silence
tb = """Hi Kanade,

Your request #48213 ("SSO login loop after password reset") has been closed
because we haven't heard back from you in 7 days.

If the problem is still there, just reply to this email and the request will
reopen automatically.

Tallybase Support
"""
add("vendor-closed", "unrelated", False, None, [],
    "Another vendor's 'closed because no reply, reply to reopen' mail: same shape as a closing notice, not AWS.",
    frm=addr("Tallybase Support", "support@tallybase.io"), to=ME,
    subject="[Tallybase] Request #48213 has been closed", when=date("2025-04-01 18:09:12"),
    received=received_google("mail141-8.zendesk.com", "192.161.148.8", ME, date("2025-04-01 11:09:13", "-0700")),
    auth=auth_google("tallybase.io", ip="192.161.148.8", policy="p=NONE sp=NONE dis=NONE"),
    style="tallybase.zendesk.com", body=alt(tb, html_of(tb)))

# ---- 040  console resolved
r040 = """Hello,

The benefits team has reissued the 50%% exam discount to your merged
certification profile (AWS09127745). It is listed under Benefits in your AWS
Certification Account and is valid until 30 September 2025.

I'm marking this case resolved. Should anything still look wrong, you can
reopen it from the Support Center within 14 days:
%s

Best regards,
Hiroshi T.
Amazon Web Services
%s""" % (con_link, foot)
add("console-fixed", "resolved", False, CASE_C, ["AWS09127745"],
    "Console resolution with a reopen-within-14-days offer and a rating footer.",
    frm=CONSOLE_FROM, to=ME, subject="RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C,
    when=date("2025-04-03 06:51:33"), **aws_rx(ME, date("2025-04-02 23:51:34", "-0700")),
    body=alt(r040, html_of(r040)))

# ---- 041  console survey
s041 = """Your AWS Support case %s was recently resolved.

How satisfied were you with the help you received?

  1 - Very dissatisfied   2   3   4   5 - Very satisfied

Select a rating: https://console.aws.amazon.com/support/feedback?displayId=%s

This e-mail address cannot accept incoming e-mails.
""" % (CASE_C, CASE_C)
add("console-rate", "survey", False, CASE_C, [],
    "Survey for the console case from the console sender; a question ('How satisfied...').",
    frm=CONSOLE_FROM, to=ME, subject="Tell us about your AWS Support experience - case %s" % CASE_C,
    when=date("2025-04-04 06:55:00"), **aws_rx(ME, date("2025-04-03 23:55:01", "-0700")),
    body=txt(s041, "us-ascii", "7bit"))

# ---- 042  ack D, Japanese, ISO-2022-JP
a042 = """長谷部 様

このたびは AWS トレーニングと認定 カスタマーサービスへご連絡いただき、誠にありがとうございます。
お問い合わせはケース番号 %s にて承りました。

担当者が内容を確認のうえ、原則として 1 営業日以内にご返信いたします。
混雑状況によってはお時間をいただく場合がございますので、あらかじめご了承ください。
なお、同じご依頼で別のケースを作成されますと、かえってご案内が遅れることがございます。

お問い合わせ内容に補足がございましたら、本メールにそのままご返信ください。ケースに追加されます。

-------------------------------------
ケース番号: %s
お問い合わせタイプ: 認定
その他の詳細: デジタルバッジ
内容: アカウント統合後、Credly に一部のバッジが表示されません。
-------------------------------------

AWS トレーニングと認定 カスタマーサービス
""" % (CASE_D, CASE_D)
add("jp-receipt", "acknowledgement", False, CASE_D, [],
    "Japanese acknowledgement (ISO-2022-JP, 10-digit case) with '補足がございましたら…ご返信ください', a conditional invitation, not an ask.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-07 02:03:10"), **aws_rx(ME, date("2025-04-06 19:03:11", "-0700")),
    body=txt(a042, "iso-2022-jp", "7bit"), lang="ja")

# ---- 043  info request D, keigo
i043 = """長谷部 奏 様

AWS トレーニングと認定 カスタマーサービスの佐伯でございます。
Credly のデジタルバッジが一部表示されないとのこと、ご不便をおかけしており申し訳ございません。

バッジは認定アカウントの「認定通知用メールアドレス」宛てに発行されるため、統合前のアカウントで発行されたバッジは、Credly 上で旧メールアドレスに紐づいたままになっている可能性がございます。

つきましては、調査のため下記 2 点をお知らせいただけますでしょうか。
・Credly にご登録のメールアドレス(複数ある場合はすべて)
・表示されていないバッジの認定名

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
add("jp-ask-credly", "info_request", True, CASE_D, [],
    "Japanese keigo request (〜いただけますでしょうか) after an explanation; UTF-8 quoted-printable.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-08 04:27:36"), **aws_rx(ME, date("2025-04-07 21:27:37", "-0700")),
    body=txt(i043), lang="ja")

# ---- 044  recertification
rc = """Hi Kanade,

Nice work: you've recertified AWS Certified Solutions Architect - Associate.
Your new expiration date is 8 April 2028.

An updated certificate is available in your AWS Certification Account, and
your digital badge will be refreshed shortly.

Candidate ID: AWS09127745

AWS Certification
"""
add("recertified", "certification", False, None, ["AWS09127745"],
    "CertMetrics recertification congratulations with a candidate ID.",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Congratulations - your AWS Certification has been renewed", when=date("2025-04-08 11:40:00"),
    received=received_google("mta-01.certmetrics.com", "52.5.33.83", ME, date("2025-04-08 04:40:01", "-0700")),
    auth=auth_google("certmetrics.com", ip="52.5.33.83", policy="p=NONE sp=NONE dis=NONE"),
    style="certmetrics.com", body=alt(rc, html_of(rc)))

# ---- 045  newsletter
nl = """CloudPulse #212

In this issue:
- Merge queues are finally boring (that's good)
- How one team cut their certification renewals from 6 weeks to 2
- Case study: closing 400 support tickets with one runbook

Got a story for us? Reply to this email and tell us; we read everything.

Unsubscribe: https://cloudpulse.news/u/7f3a
"""
add("newsletter", "unrelated", False, None, [],
    "Newsletter with 'merge', 'case study', 'support tickets' and a reply invitation.",
    frm=addr("CloudPulse Weekly", "hello@cloudpulse.news"), to=ME,
    subject="CloudPulse #212: merge queues, cert renewals, and a case study",
    when=date("2025-04-09 13:00:00"),
    received=received_google("mail.cloudpulse.news", "198.2.180.40", ME, date("2025-04-09 06:00:01", "-0700")),
    auth=auth_google("cloudpulse.news", ip="198.2.180.40", policy="p=NONE sp=NONE dis=NONE"),
    style="cloudpulse.news", body=alt(nl, html_of(nl)))

# ---- 046  closing notice D, plain Japanese, 8bit
cl046 = """長谷部様

4月8日にお送りしたご質問について、まだご回答をいただいておりません。
このまま3営業日ご返信がない場合、本ケースはクローズとなります。
調査の継続をご希望の場合は、このメールに返信してください。

小野寺
AWS トレーニングと認定
"""
add("jp-will-close", "closing_notice", True, CASE_D, [],
    "Short plain-Japanese closing warning (〜してください), UTF-8 8bit.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-14 06:00:12"), **aws_rx(ME, date("2025-04-13 23:00:13", "-0700")),
    body=txt(cl046, "utf-8", "8bit"), lang="ja")

# ---- 047  Japanese phishing, Shift_JIS base64
pj = """お客様各位

お客様のAWS認定アカウント統合手続きが保留となっております。
48時間以内に下記URLより本人確認を完了してください。
完了されない場合、保有されている認定資格はすべて失効いたします。

https://aws-training-jp.com/verify?id=8830015521

ケース番号: 8830015521
AWS認定サポートセンター
"""
add("jp-phish", "suspicious", False, None, [],
    "Japanese phishing from a lookalike domain (passes its own auth), with a 'ケース番号' number; Shift_JIS base64.",
    frm=addr("AWS認定サポート", "support@aws-training-jp.com", "iso-2022-jp"), to=ME,
    subject="【重要】AWS認定アカウント統合の最終確認のお願い", subj_charset="shift_jis",
    when=date("2025-04-15 22:51:30"),
    received=received_google("smtp.aws-training-jp.com", "45.153.160.7", ME, date("2025-04-15 15:51:31", "-0700")),
    auth=auth_google("aws-training-jp.com", ip="45.153.160.7", policy="p=NONE sp=NONE dis=NONE"),
    style="aws-training-jp.com", body=txt(pj, "shift_jis", "base64"), lang="ja")

# ---- 048  D has been closed, reply reopens (ISO-2022-JP)
cl048 = """長谷部様

ご返信をいただけなかったため、ケース %s はクローズいたしました。

引き続き対応が必要な場合は、本メールにご返信いただければケースを再開いたします。
4月8日にお伺いした内容(Credly にご登録のメールアドレスと、表示されない認定名)をお知らせください。

小野寺
AWS トレーニングと認定
""" % CASE_D
add("jp-closed", "closing_notice", True, CASE_D, [],
    "Japanese 'case has been closed for no reply; reply to reopen', restating the earlier questions; ISO-2022-JP.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-17 09:03:44"), **aws_rx(ME, date("2025-04-17 02:03:45", "-0700")),
    irt="jp-will-close", refs=["jp-ask-credly", "jp-will-close"],
    body=txt(cl048, "iso-2022-jp", "7bit"), lang="ja")

# ---- 049  owner's Japanese answer, ISO-2022-JP
u049 = """小野寺様

ご連絡が遅くなり、申し訳ございません。
お問い合わせの件、以下のとおりです。

・Credly 登録メールアドレス: kanade.hasebe.k@gmail.com
 (以前は k.hasebe@tsurugi-cloudworks.co.jp も追加していました)
・表示されないバッジ: AWS Certified Security - Specialty、AWS Certified Developer - Associate

お手数ですが、ケースの再開をお願いいたします。

長谷部 奏

2025年4月17日(木) 18:03 AWS Training and Certification <%s>:

%s
""" % (TC, quote(cl048))
add("jp-answer", "user_reply", False, CASE_D, [],
    "Owner's Japanese reply (ISO-2022-JP) with Japanese Gmail quote header; asks support to reopen (a request by the owner, not to the owner).",
    frm=addr("長谷部 奏", ME, "iso-2022-jp"), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-18 09:12:20", "+0900"), irt="jp-closed", refs=["jp-will-close", "jp-closed"],
    style="gmail", body=txt(u049, "iso-2022-jp", "7bit"), lang="ja")

# ---- 050  Builder ID sign-in code (awsapps)
add("signin-code", "unrelated", False, None, [],
    "Builder ID sign-in verification from login.awsapps.com; 6-digit code.",
    frm=addr("AWS", "no-reply@login.awsapps.com"), to=ME, subject="Verify your identity",
    when=date("2025-04-18 02:30:41"),
    received=received_google("a48-33.smtp-out.amazonses.com", "54.240.48.33", ME, date("2025-04-17 19:30:42", "-0700")),
    auth=auth_google("login.awsapps.com", ip="54.240.48.33"),
    body=txt("Someone is signing in with your AWS Builder ID.\n\nVerification code: 918204\n\n"
             "If this wasn't you, change your password right away.\n", "us-ascii", "7bit"))

# ---- 051  D reopened, progress (Japanese)
u051 = """長谷部 奏 様

ご返信いただきありがとうございます。ケースを再開いたしました。
いただいた情報をもとに、Credly の担当チームと連携して確認を進めております。
結果が分かり次第、あらためてご連絡いたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
add("jp-reopened", "case_update", False, CASE_D, [],
    "Japanese 'case reopened, we are checking' progress note; asks nothing.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-19 01:45:09"), **aws_rx(ME, date("2025-04-18 18:45:10", "-0700")),
    irt="jp-answer", refs=["jp-closed", "jp-answer"], body=txt(u051, "utf-8", "base64"), lang="ja")

# ---- 052  mixed: progress + buried ask (Japanese)
i052 = """長谷部 奏 様

お待たせいたしました。調査結果をご報告いたします。

1. Security - Specialty と Developer - Associate のバッジは、旧メールアドレス宛てに発行されたまま受領されていない状態でした。本日、kanade.hasebe.k@gmail.com 宛てに再発行いたしましたので、Credly からのメールをご確認ください。

2. 調査の過程で、同じメールアドレス kanade.hasebe.k@gmail.com で登録された別の認定アカウント(候補 ID: AWS07730418)が見つかりました。2023 年にパートナーセントラル経由のサインインで作成されたもののようです。

2 のアカウントには試験履歴はございませんが、残っていると Credly との連携が再び不安定になることがございます。お客様ご自身で作成されたアカウントかどうか、ご確認のうえご返信ください。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
add("jp-found-third", "info_request", True, CASE_D, ["AWS07730418"],
    "Mixed Japanese mail: a progress report with a non-reply instruction (check Credly mail), then the real ask (ご確認のうえご返信ください) at the end.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-22 07:18:25"), **aws_rx(ME, date("2025-04-22 00:18:26", "-0700")),
    irt="jp-answer", refs=["jp-closed", "jp-answer", "jp-reopened"],
    body=alt(i052, html_of(i052)), lang="ja")

# ---- 053  owner's Japanese answer
u053 = """佐伯様

ご確認ありがとうございます。
AWS07730418 は私のもので間違いありません。パートナーセントラルから一度サインインした際にできてしまったものだと思います。
不要なアカウントですので、メインのアカウント(AWS09127745)へ統合していただけますでしょうか。

長谷部 奏

2025年4月22日(火) 16:18 AWS Training and Certification <%s>:

%s
""" % (TC, quote(i052))
add("jp-yes-mine", "user_reply", False, CASE_D, ["AWS07730418", "AWS09127745"],
    "Owner's Japanese reply in keigo (いただけますでしょうか) asking support to merge: a request from, not to, the owner.",
    frm=addr("長谷部 奏", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-22 19:33:02", "+0900"), irt="jp-found-third", refs=["jp-answer", "jp-found-third"],
    style="gmail", body=gmail_alt(u053), lang="ja")

# ---- 054  Japanese confirmation request, HTML table
c054_txt = """長谷部 奏 様

ありがとうございます。統合の前に、対象のアカウントを下記にまとめました。

アカウント #1
  ログイン用メールアドレス: kanade.hasebe.k@gmail.com
  トレーニング通知用メールアドレス: kanade.hasebe.k@gmail.com
  認定通知用メールアドレス: kanade.hasebe.k@gmail.com
  候補 ID: AWS09127745
アカウント #2
  ログイン用メールアドレス: kanade.hasebe.k@gmail.com
  トレーニング通知用メールアドレス: kanade.hasebe.k@gmail.com
  認定通知用メールアドレス: kanade.hasebe.k@gmail.com
  候補 ID: AWS07730418

アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形でよろしいでしょうか。
統合後は元に戻せないため、念のためご確認をお願いいたします。

佐伯
AWS トレーニングと認定 カスタマーサービス
"""
c054_html = """<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>長谷部 奏 様</p>
<p>ありがとうございます。統合の前に、対象のアカウントを下記にまとめました。</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>項目</th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>ログイン用メールアドレス</td><td>kanade.hasebe.k@gmail.com</td><td>kanade.hasebe.k@gmail.com</td></tr>
<tr><td>トレーニング通知用メールアドレス</td><td>kanade.hasebe.k@gmail.com</td><td>kanade.hasebe.k@gmail.com</td></tr>
<tr><td>認定通知用メールアドレス</td><td>kanade.hasebe.k@gmail.com</td><td>kanade.hasebe.k@gmail.com</td></tr>
<tr><td>候補 ID</td><td>AWS09127745</td><td>AWS07730418</td></tr>
</table>
<p>アカウント #2 をアカウント #1 に統合し、アカウント #1 を残す形でよろしいでしょうか。<br>
統合後は元に戻せないため、念のためご確認をお願いいたします。</p>
<p>佐伯<br>AWS トレーニングと認定 カスタマーサービス</p>
</body></html>
"""
add("jp-confirm-table", "confirmation_request", True, CASE_D, ["AWS09127745", "AWS07730418"],
    "Japanese confirmation with アカウント #1/#2 in a table; both accounts share one login email; question form 〜でよろしいでしょうか.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-23 02:10:48"), **aws_rx(ME, date("2025-04-22 19:10:49", "-0700")),
    irt="jp-yes-mine", refs=["jp-found-third", "jp-yes-mine"],
    body=alt(c054_txt, c054_html, cte="base64"), lang="ja")

# ---- 055  owner confirms (Japanese)
u055 = """佐伯様

確認いたしました。アカウント #1 を残し、#2 を統合してください。
よろしくお願いいたします。

長谷部

2025年4月23日(水) 11:10 AWS Training and Certification <%s>:

%s
""" % (TC, quote(c054_txt))
add("jp-go-ahead", "user_reply", False, CASE_D, [],
    "Owner's Japanese confirmation (〜してください) over a quoted request with candidate IDs that must not count.",
    frm=addr("長谷部 奏", ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-23 12:01:37", "+0900"), irt="jp-confirm-table", refs=["jp-yes-mine", "jp-confirm-table"],
    style="gmail", body=gmail_alt(u055, cte="base64"), lang="ja")

# ---- 056  Japanese resolved with quoted confirmation
r056 = """長谷部 奏 様

アカウント #2(AWS07730418)をアカウント #1(AWS09127745)へ統合いたしました。
あわせて、Credly バッジ 2 件の再発行も完了しております。
本件はこれにて完了となります。

ご不明な点がございましたら、本メールにご返信ください。

佐伯
AWS トレーニングと認定 カスタマーサービス

-----Original Message-----
From: AWS Training and Certification
Sent: Wednesday, April 23, 2025 2:10 AM
To: %s
Subject: RE:[CASE %s] %s

%s""" % (ME, CASE_D, SUBJ_TC, c054_txt)
add("jp-merged", "resolved", False, CASE_D, ["AWS07730418", "AWS09127745"],
    "Japanese completion with 'ご不明な点がございましたら…ご返信ください' and the quoted confirmation request (よろしいでしょうか) below.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_D, SUBJ_TC),
    when=date("2025-04-24 00:55:13"), **aws_rx(ME, date("2025-04-23 17:55:14", "-0700")),
    irt="jp-go-ahead", refs=["jp-confirm-table", "jp-go-ahead"], body=txt(r056), lang="ja")

# ---- 057  Credly badge (security specialty)
cr2 = """Your badge is waiting

Amazon Web Services Training and Certification issued you a badge:
AWS Certified Security - Specialty

Claim it here: https://www.credly.com/badges/b91d02c4-55e7-4a0f-8c3e-0d7e6a21f9b3/accept

Once accepted, your badge can be shared anywhere with one click.
"""
add("badge-scs", "badge", False, None, [],
    "Credly badge (re)issued right after the Japanese case was resolved.",
    frm=addr("Credly", "admin@credly.com"), to=ME,
    subject="Kanade, your new badge from Amazon Web Services Training and Certification is waiting",
    when=date("2025-04-24 01:20:00"),
    received=received_google("o1.mail.credly.com", "167.89.101.12", ME, date("2025-04-23 18:20:01", "-0700")),
    auth=auth_google("credly.com", ip="167.89.101.12", policy="p=NONE sp=NONE dis=NONE"),
    style="credly.com", body=alt(cr2, html_of(cr2)))

# ---- 058  Japanese survey
s058 = """長谷部 奏 様

先日はお問い合わせ(ケース %s)をいただき、ありがとうございました。
今後のサービス向上のため、今回の対応についてアンケートにご協力いただけますでしょうか。所要時間は約 2 分です。

アンケートに回答する: https://amazonexteu.qualtrics.com/jfe/form/SV_tcJP?case=%s

※本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんので、ご了承ください。

AWS トレーニングと認定
""" % (CASE_D, CASE_D)
add("jp-rate-us", "survey", False, CASE_D, [],
    "Japanese survey in keigo (ご協力いただけますでしょうか): looks like a request, needs no reply to support.",
    frm=addr("AWS トレーニングと認定", "tc-survey@amazon.com"), to=ME,
    subject="サポート対応に関するアンケートのお願い(ケース %s)" % CASE_D,
    when=date("2025-04-25 01:00:00"), **aws_rx(ME, date("2025-04-24 18:00:01", "-0700")),
    body=alt(s058, html_of(s058)), lang="ja")

# ---- 059  free tier alert
ft = """Hello,

Your AWS account 238410975562 has exceeded 85% of the usage limit for one or
more AWS Free Tier-eligible services for the month of April.

Product: AmazonS3   Usage: 17 GB-Mo of 20 GB-Mo

To see your usage, visit the Free Tier page in the Billing console.

Thank you,
AWS Free Tier
"""
add("free-tier", "unrelated", False, None, [],
    "AWS Free Tier alert with a 12-digit account ID; AWS but not case mail.",
    frm=addr("AWS Free Tier", "freetier@costalerts.amazonaws.com"), to=ME,
    subject="AWS Free Tier limit alert", when=date("2025-04-28 09:44:19"),
    received=received_google("a8-55.smtp-out.amazonses.com", "54.240.8.55", ME, date("2025-04-28 02:44:20", "-0700")),
    auth=auth_google("costalerts.amazonaws.com", ip="54.240.8.55", policy="p=NONE sp=NONE dis=NONE"),
    body=txt(ft, "us-ascii", "7bit"))

# ---- 060  Credly lookalike
pc = """<html><body>
<p>Hi Kanade,</p>
<p>We could not verify the owner of <b>3 badges</b> issued by Amazon Web Services Training and Certification.
Unverified badges are revoked after 24 hours.</p>
<p><a href="https://credly-badgecenter.com/verify">Keep my badges</a></p>
<p>Credly Trust &amp; Safety</p>
</body></html>
"""
add("badge-phish", "suspicious", False, None, [],
    "Credly lookalike domain (credly-badgecenter.com) threatening badge revocation; HTML only.",
    frm=addr("Credly", "no-reply@credly-badgecenter.com"), to=ME,
    subject="Action required: your AWS badges will be revoked", when=date("2025-04-30 20:05:51"),
    received=received_google("mx.credly-badgecenter.com", "91.92.242.14", ME, date("2025-04-30 13:05:52", "-0700")),
    auth=auth_google("credly-badgecenter.com", ip="91.92.242.14", policy="p=NONE sp=NONE dis=NONE"),
    style="credly-badgecenter.com", body=leaf("text/html", pc, "utf-8", "quoted-printable"))

# ---- 061  owner revives a 2020 case (10 digits)
old2020 = """Hello,

We have not received a reply to our message of 2 September, so we are closing
case %s. If you still need help, reply to this email and the case
will be reopened.

AWS Training and Certification""" % CASE_G
u061 = """Hello,

Reviving this old thread since it's the same topic. In 2020 I asked about my
university profile and then never followed up (sorry). That profile, login
kanade.hasebe@mail.kohoku-u.ac.jp, candidate ID AWS01152290, still exists and
still holds my 2019 Cloud Practitioner record.

Could it be moved into AWS09127745 (kanade.hasebe.k@gmail.com)? The
university mailbox no longer exists, so I can't write from it.

Thanks,
Kanade Hasebe

On Tue, Sep 15, 2020 at 2:11 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(old2020))
add("revive-2020", "user_reply", False, CASE_G, ["AWS01152290", "AWS09127745"],
    "Owner replies to a 2020 thread (10-digit case); the quoted 2020 mail is a closing notice, which must not make this a closing notice.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-07 21:05:44", "+0900"),
    irt="<01000174903a1b2c-7f4e2a10-1d3c-4b7e-a0e2-5c9d8f1e0a44-000000@email.amazonses.com>",
    refs=["<01000174903a1b2c-7f4e2a10-1d3c-4b7e-a0e2-5c9d8f1e0a44-000000@email.amazonses.com>"],
    style="gmail", body=gmail_alt(u061))

# ---- 062  reopen acknowledgement
a062 = """Hello,

We have received your message and reopened case %s. A member of our
team will respond within 24 hours. There is no need to open a new case for
this request.

AWS Training and Certification Customer Service
""" % CASE_G
add("reopen-receipt", "acknowledgement", False, CASE_G, [],
    "Automatic 'received and reopened' acknowledgement on an old 10-digit case.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-07 12:06:02"), **aws_rx(ME, date("2025-05-07 05:06:03", "-0700")),
    irt="revive-2020", refs=["revive-2020"], body=txt(a062, "us-ascii", "7bit"))

# ---- 063  long formal confirmation request, CRLF
c063 = """Dear Kanade,

Thank you for writing back to us on this case, and for the background, which
made it much easier to trace what happened in 2020. For the record, the
original request was closed without any change because at the time we could
not verify ownership of the university address. Our policy has since been
updated: when the source address can no longer receive mail, we can rely on
the confirmation of the destination profile's owner together with the
candidate ID, which you have provided.

I have reviewed both profiles. The university profile holds one exam record
(AWS Certified Cloud Practitioner, passed 4 October 2019, since expired) and
no active benefits. Your current profile already holds the history from the
March merge.

The two profiles are:

Account #1
Login email: kanade.hasebe.k@gmail.com
Training notification email: kanade.hasebe.k@gmail.com
Certification notification email: kanade.hasebe.k@gmail.com

Account #2
Login email: kanade.hasebe@mail.kohoku-u.ac.jp
Training notification email: kanade.hasebe@mail.kohoku-u.ac.jp
Certification notification email: kanade.hasebe@mail.kohoku-u.ac.jp

Merging is permanent, and the profile that is not kept is deactivated. With
that in mind, I would be grateful for your confirmation that Account #1 is the
profile to retain, after which I will complete the merge.

Yours sincerely,
Ruth A.
AWS Training and Certification
"""
add("formal-confirm", "confirmation_request", True, CASE_G, [],
    "Long formal mail; the request ('I would be grateful for your confirmation') is the last paragraph after a history lesson; CRLF, QP.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-08 15:31:27"), **aws_rx(ME, date("2025-05-08 08:31:28", "-0700")),
    irt="revive-2020", refs=["revive-2020", "reopen-receipt"], body=txt(c063), crlf=True)

# ---- 064  Pearson VUE reminder
pv2 = """Hello Kanade Hasebe,

This is a reminder that your exam is coming up.

Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Registration ID: 431907562
Appointment: Tuesday, 27 May 2025, 13:30 JST
Location: Online (OnVUE)

Run the system test on the computer you will use before exam day.

Pearson VUE
"""
add("exam-reminder", "unrelated", False, None, [],
    "Exam-vendor reminder with a 9-digit registration ID and an imperative.",
    frm=addr("Pearson VUE", "noreply@pearson.com"), to=ME, subject="Reminder: your upcoming exam",
    when=date("2025-05-09 00:30:00"),
    received=received_google("mx0.pearson.com", "159.182.9.21", ME, date("2025-05-08 17:30:01", "-0700")),
    auth=auth_google("pearson.com", ip="159.182.9.21", policy="p=REJECT sp=REJECT dis=NONE"),
    style="pearson.com", body=alt(pv2, html_of(pv2)))

# ---- 065  reminder top-posted over the full confirmation request (Outlook style)
c065 = """Dear Kanade,

I am writing again about my message below. I can complete the merge as soon
as you confirm which profile to keep.

Kind regards,
Ruth A.
AWS Training and Certification

________________________________________
From: AWS Training and Certification <%s>
Sent: Thursday, May 8, 2025 3:31 PM
To: %s
Subject: RE:[CASE %s] %s

%s""" % (TC, ME, CASE_G, SUBJ_TC, c063)
add("nudge-confirm", "confirmation_request", True, CASE_G, [],
    "Short nudge top-posted over the whole earlier request; no closing threat, so still a confirmation request.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-12 09:14:00"), **aws_rx(ME, date("2025-05-12 02:14:01", "-0700")),
    irt="formal-confirm", refs=["revive-2020", "formal-confirm"], body=txt(c065), crlf=True)

# ---- 066  owner confirms, top-posted over long history
u066 = """Apologies for the slow reply. Confirmed: keep Account #1 and merge the
university one into it.

Kanade

On Mon, May 12, 2025 at 6:14 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(c065))
add("confirm-2020", "user_reply", False, CASE_G, [],
    "Owner's confirmation top-posted over a doubly quoted history.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-12 22:48:10", "+0900"), irt="nudge-confirm", refs=["formal-confirm", "nudge-confirm"],
    style="gmail", body=gmail_alt(u066))

# ---- 067  resolved G
r067 = """Dear Kanade,

The university profile has been merged into Account #1, and the 2019 Cloud
Practitioner record now appears in your exam history.

This case is now resolved. If you have anything else to add regarding this
request, you may reply to this email. You will shortly receive a brief survey
about your experience, and we would appreciate your feedback.

Yours sincerely,
Ruth A.
AWS Training and Certification
"""
add("old-case-done", "resolved", False, CASE_G, [],
    "Resolution with a conditional reply invitation and a mention of an upcoming survey.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_G, SUBJ_TC),
    when=date("2025-05-13 05:02:56"), **aws_rx(ME, date("2025-05-12 22:02:57", "-0700")),
    irt="confirm-2020", refs=["nudge-confirm", "confirm-2020"], body=alt(r067, html_of(r067)))

# ---- 068  Credly reminder
cr3 = """Reminder: you have a badge to accept

AWS Certified Security - Specialty
Issued by Amazon Web Services Training and Certification

Accept badge: https://www.credly.com/badges/b91d02c4-55e7-4a0f-8c3e-0d7e6a21f9b3/accept

You are receiving this because a badge was issued to this email address.
"""
add("badge-reminder", "badge", False, None, [],
    "Credly reminder to accept a pending badge.",
    frm=addr("Credly", "admin@credly.com"), to=ME, subject="Don't forget to accept your badge",
    when=date("2025-05-14 01:20:00"),
    received=received_google("o1.mail.credly.com", "167.89.101.12", ME, date("2025-05-13 18:20:01", "-0700")),
    auth=auth_google("credly.com", ip="167.89.101.12", policy="p=NONE sp=NONE dis=NONE"),
    style="credly.com", body=alt(cr3, html_of(cr3)))

# ---- 069  ack E, terse template
a069 = """Case ID: %s
Status: Received

We got your message and it's in our queue. Expect a first answer within 24
hours. Opening another case about the same issue will not speed things up.

AWS Training and Certification Customer Service

Your submission
Inquiry type: Certification
Additional details: APN certification sharing
Message: I joined Hoshinami Systems, an AWS partner, on 1 April. I would like
the certifications on my personal profile to be visible to Hoshinami in AWS
Partner Central, without merging anything.
""" % CASE_E
add("apn-receipt", "acknowledgement", False, CASE_E, [],
    "Terse key/value acknowledgement, no greeting, 15-digit case.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-19 03:40:12"), **aws_rx(ME, date("2025-05-18 20:40:13", "-0700")),
    body=txt(a069, "us-ascii", "7bit"))

# ---- 070  info request E, "Kindly", numbered
i070 = """Dear Ms. Hasebe,

Thank you for reaching out. Certifications on a personal profile can be shared
with an AWS Partner Network organization without merging accounts: the profile
stays yours, and the partner only sees your certification status.

Kindly provide the following so that I can set this up:
1. The email address you use to sign in to AWS Partner Central at Hoshinami Systems.
2. Hoshinami Systems' partner name exactly as it appears in Partner Central.
3. The candidate ID of the profile whose certifications should be shared.

Best regards,
Kwame O.
AWS Training and Certification
"""
add("apn-need-info", "info_request", True, CASE_E, [],
    "'Kindly provide' with a numbered list after an explanation of sharing vs merging.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-20 01:12:39"), **aws_rx(ME, date("2025-05-19 18:12:40", "-0700")),
    irt="apn-receipt", refs=["apn-receipt"], body=alt(i070, html_of(i070)))

# ---- 071  owner answers
u071 = """Hi Kwame,

1. k.hasebe@hoshinami-sys.jp
2. Hoshinami Systems K.K.
3. AWS09127745

Thanks!
Kanade

On Tue, May 20, 2025 at 10:12 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(i070))
add("apn-answers", "user_reply", False, CASE_E, ["AWS09127745"],
    "Owner's terse numbered answers (includes the new employer's address as data, not a mailbox).",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-20 12:30:55", "+0900"), irt="apn-need-info", refs=["apn-receipt", "apn-need-info"],
    style="gmail", body=gmail_alt(u071))

# ---- 072  on hold waiting on partner, with a question
h072 = """Dear Ms. Hasebe,

Thank you. I have submitted the sharing request, but it now waits on Hoshinami
Systems: their Partner Central alliance lead has to approve new members before
certifications can be linked, and nothing more can happen on our side until
that approval exists.

Our records do not list an alliance lead for Hoshinami Systems. Who holds that
role at your company? A name and email address would let me send the approval
request to them directly.

Best regards,
Kwame O.
"""
add("apn-wait-lead", "on_hold", True, CASE_E, [],
    "On hold waiting on the new partner's alliance lead, with a bare question to the owner at the end.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-21 02:55:17"), **aws_rx(ME, date("2025-05-20 19:55:18", "-0700")),
    irt="apn-answers", refs=["apn-need-info", "apn-answers"], body=txt(h072, "us-ascii", "7bit"))

# ---- 073  other vendor asking for a file
tb2 = """Hi Kanade,

Thanks for the new report. To dig further we need a HAR capture of the failing
login. Could you reply to this email with the file attached?

Tallybase Support
"""
add("vendor-wants-har", "unrelated", False, None, [],
    "Another vendor's support asking for a reply with an attachment: a real request, but not AWS.",
    frm=addr("Tallybase Support", "support@tallybase.io"), to=ME,
    subject="[Tallybase] Request #49907: login loop again", when=date("2025-05-21 08:40:02"),
    received=received_google("mail141-8.zendesk.com", "192.161.148.8", ME, date("2025-05-21 01:40:03", "-0700")),
    auth=auth_google("tallybase.io", ip="192.161.148.8", policy="p=NONE sp=NONE dis=NONE"),
    style="tallybase.zendesk.com", body=alt(tb2, html_of(tb2)))

# ---- 074  owner names the alliance lead
u074 = """Hi Kwame,

Our alliance lead is Shun Takeda (s.takeda@hoshinami-sys.jp). I've given him
a heads-up, so he should be expecting your request.

Kanade

On Wed, May 21, 2025 at 11:55 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(h072))
add("apn-lead", "user_reply", False, CASE_E, [],
    "Owner's reply naming a third person; quoted question below.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-21 20:02:16", "+0900"), irt="apn-wait-lead", refs=["apn-answers", "apn-wait-lead"],
    style="gmail", body=gmail_alt(u074))

# ---- 075  progress + a question
i075 = """Dear Ms. Hasebe,

Mr. Takeda approved the association this morning, so the link is in place.

Before I publish it, one detail. Your certification profile gives your name as
"Kanade Hasebe", while Partner Central shows "Kanade Hasebe-Ono". Which
spelling should appear on the partner's certification report?

Best regards,
Kwame O.
"""
add("apn-name-q", "info_request", True, CASE_E, [],
    "Good news first, then a bare question about something other than a merge.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-26 00:33:04"), **aws_rx(ME, date("2025-05-25 17:33:05", "-0700")),
    irt="apn-lead", refs=["apn-wait-lead", "apn-lead"], body=alt(i075, html_of(i075)))

# ---- 076  owner answers
u076 = """Kanade Hasebe, please. The Partner Central one is a typo; I'll fix it there.

Thanks,
Kanade

On Mon, May 26, 2025 at 9:33 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, quote(i075))
add("apn-name-a", "user_reply", False, CASE_E, [],
    "Owner's one-line answer with a 'please'.",
    frm=addr(ME_NAME, ME), to=TC, subject="Re: RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-26 10:02:29", "+0900"), irt="apn-name-q", refs=["apn-lead", "apn-name-q"],
    style="gmail", body=gmail_alt(u076))

# ---- 077  resolved E, quoting the question
r077 = """Dear Ms. Hasebe,

All set: the certifications on profile AWS09127745 are now shared with
Hoshinami Systems K.K. under the name Kanade Hasebe. Partner Central can take
up to five business days to show them.

There is nothing further you need to do, and this case has been resolved.
Should you have questions in the future, feel free to contact us again.

Best regards,
Kwame O.
AWS Training and Certification

On Mon, May 26, 2025 at 01:02 AM, Kanade Hasebe wrote:
%s
""" % quote(u076)
add("apn-done", "resolved", False, CASE_E, ["AWS09127745"],
    "Resolution quoting the owner's reply, which itself quotes the earlier question.",
    frm=TC_FROM, to=ME, subject="RE:[CASE %s] %s" % (CASE_E, SUBJ_TC),
    when=date("2025-05-28 04:16:40"), **aws_rx(ME, date("2025-05-27 21:16:41", "-0700")),
    irt="apn-name-a", refs=["apn-name-q", "apn-name-a"], body=txt(r077))

# ---- 078  certmetrics exam result
er = """Hi Kanade,

Your result for AWS Certified Solutions Architect - Professional (SAP-C02),
taken on 27 May 2025, is now available. Sign in to your AWS Certification
Account and open Exam History to see your score report.

AWS Certification
"""
add("exam-result", "certification", False, None, [],
    "CertMetrics exam result notice.",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Your AWS Certification exam result is available", when=date("2025-05-29 08:00:00"),
    received=received_google("mta-01.certmetrics.com", "52.5.33.83", ME, date("2025-05-29 01:00:01", "-0700")),
    auth=auth_google("certmetrics.com", ip="52.5.33.83", policy="p=NONE sp=NONE dis=NONE"),
    style="certmetrics.com", body=alt(er, html_of(er)))

# ---- 079  certmetrics spoof, dmarc=fail
sp2 = """Dear Candidate,

During a routine review of your recent exam we detected irregularities. Your
AWS Certification has been suspended pending investigation.

To appeal, reply to this message within 72 hours with a scan of your
government-issued ID and the exam confirmation.

AWS Certification Integrity Team
"""
add("cert-spoof", "suspicious", False, None, [],
    "From do-not-reply@certmetrics.com but DKIM none, SPF and DMARC fail; asks for a reply with ID.",
    frm=addr("AWS Certification", "do-not-reply@certmetrics.com"), to=ME,
    subject="Your AWS Certification has been suspended", when=date("2025-05-30 16:27:10"),
    received=received_google("host-45-9-148-77.static.example-vps.net", "45.9.148.77", ME, date("2025-05-30 09:27:11", "-0700")),
    auth=auth_google("certmetrics.com", mailfrom="do-not-reply@certmetrics.com", ip="45.9.148.77",
                     dkim="none", spf="fail", dmarc="fail", policy="p=NONE sp=NONE dis=NONE"),
    style="example-vps.net", body=txt(sp2, "us-ascii", "7bit"))

# ---- 080  marketing
mk = """Hi Kanade,

Already certified? Put it to work. Take 30% off an AWS Skill Builder annual
subscription this month and prepare for your next Professional exam with
official practice exams and hands-on labs.

Claim the offer: https://skillbuilder.aws/offers/annual30

Questions? Reply to this email and our team will get back to you.

Amazon Web Services
"""
add("marketing-offer", "unrelated", False, None, [],
    "AWS marketing (amazon.com sender) about certification with a reply invitation.",
    frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), to=ME,
    subject="Your next AWS Certification, for less", when=date("2025-05-31 16:00:00"),
    **aws_rx(ME, date("2025-05-31 09:00:01", "-0700")), body=alt(mk, html_of(mk)))


# ================================================================= write
CASES = [
    (CASE_A, "15 digits", "Main merge of the old work profile into the personal one: ack to work address, write-from-personal request, APN hold, partner review, confirmation (HTML table), closing notice, vague yes, re-confirmation, merged."),
    (CASE_B, "15 digits", "Duplicate form submission the same morning; owner asks to drop it; closed as duplicate."),
    (CASE_C, "11 digits", "Console (Support Center) case about the lost 50% voucher; must be answered in the Support Center; owner wrongly replies by email and it bounces."),
    (CASE_D, "10 digits", "Japanese case about missing Credly badges: ack, keigo request, closing warning, closed, owner reopens, third account found, Japanese confirmation, merged."),
    (CASE_G, "10 digits", "2020 case revived by the owner replying to an old closing notice; reopen ack, long formal confirmation, nudge, confirm, merged."),
    (CASE_E, "15 digits", "APN certification sharing at the new employer: ack, 'kindly provide', on hold waiting on the alliance lead with a question, name question, resolved."),
]


def main():
    for f in glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml")) + glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.json")):
        os.remove(f)
    for m in MSGS:
        with open(os.path.join(OUT, m["name"] + ".eml"), "wb") as fh:
            fh.write(m["raw"])
        lab = {"kind": m["kind"], "needs_reply": m["needs"], "case": m["case"], "candidate_ids": m["cands"]}
        with open(os.path.join(OUT, m["name"] + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    rows = []
    for m in MSGS:
        rows.append("| %s | %s | %s | %s | %s | %s |" % (
            m["name"], m["kind"], "yes" if m["needs"] else "no", m["case"] or "-", m["lang"],
            m["note"].replace("|", "/")))
    counts = {}
    for m in MSGS:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    readme = ["me: %s %s" % (ME, WORK), "",
              "# blind-30: held-out corpus",
              "",
              "Mailbox owner: Kanade Hasebe (長谷部 奏). Personal address %s; old company address %s "
              "(Tsurugi CloudWorks, an AWS partner; left on 31 March 2025, then joined Hoshinami Systems). "
              "Messages are numbered in arrival order; run them as one sequence." % (ME, WORK),
              "",
              "Written blind from DOMAIN.md, the seeds and BLIND-CORPUS.md only. Regenerate with `python3 gen.py`.",
              "",
              "## Cases", "", "| case | length | story |", "|---|---|---|"]
    readme += ["| %s | %s | %s |" % c for c in CASES]
    readme += ["", "Numbers that are not case ids: AWS account IDs 409812736451, 238410975562, 123984470215; "
               "Pearson VUE registration IDs 428816307, 431907562; codes 307418, 918204; phishing 'case' numbers "
               "5512098317, 174245566100981, 8830015521 (suspicious mail belongs to no case).",
               "", "## Counts", ""]
    readme += ["- %s: %d" % (k, counts[k]) for k in sorted(counts)]
    readme += ["- total: %d; needs_reply true: %d; Japanese: %d" % (
        len(MSGS), sum(m["needs"] for m in MSGS), sum(m["lang"] == "ja" for m in MSGS)), "",
        "## Messages", "", "| file | kind | needs_reply | case | lang | what it is / what makes it hard |",
        "|---|---|---|---|---|---|"] + rows + [""]
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write("\n".join(readme))
    check()


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return "\n".join(out)


def check():
    n = 0
    for path in sorted(glob.glob(os.path.join(OUT, "[0-9][0-9][0-9]-*.eml"))):
        with open(path, "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        assert msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"] is not None, path
        str(msg["Subject"])
        text = body_text(msg)
        assert text.strip(), path
        with open(path[:-4] + ".json") as fh:
            lab = json.load(fh)
        assert set(lab) == {"kind", "needs_reply", "case", "candidate_ids"}, path
        for cid in lab["candidate_ids"]:
            assert cid in text, (path, cid)
        if lab["case"]:
            assert lab["case"] in str(msg["Subject"]) + text or msg["In-Reply-To"], path
        n += 1
    print("ok: %d messages parsed and labelled" % n)


if __name__ == "__main__":
    main()
