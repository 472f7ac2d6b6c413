#!/usr/bin/env python3
"""Generate a blind held-out corpus of mailbox messages (standard library only)."""
import base64, datetime, hashlib, json, os, quopri, re
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "tomoya.kanzaki.p@gmail.com"
ME_C = "t-kanzaki@nishikaze-sys.co.jp"
ME_NAME = "Tomoya Kanzaki"
SUP = "aws-cs-trainingcertification-form@amazon.com"
TC = "AWS Training and Certification <%s>" % SUP
CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"

D = "12893476510"        # 2023, 11 digits
E = "171802455700193"    # 2024, 15 digits
CON = "7719034562"       # console, 10 digits
A = "174614836200518"    # main 2025
B = "174615012900274"    # duplicate
F = "174891234500826"    # credly follow-up
ID_P, ID_X, ID_C = "AWS04417729", "AWS11830264", "AWS20375518"

def tc_subj(c, sp=""):
    return "RE:%s[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % (sp, c)

def dt(s, tz=0):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))

def h(s):
    return hashlib.sha1(s.encode()).hexdigest()

MSGS = []
IDS = {}

def mid_for(key, frm):
    x = h(key)
    if "amazon.com" in frm or "amazonses" in frm:
        return "<0101%s-%s-%s-000000@us-west-2.amazonses.com>" % (x[:12], x[12:20], x[20:28])
    if "gmail.com" in frm:
        return "<CAK%s+%s@mail.gmail.com>" % (x[:20].upper(), x[20:30])
    if "nishikaze-sys.co.jp" in frm:
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (x[:4].upper(), x[4:20].upper(), x[20:24].upper())
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    return "<%s.%s@%s>" % (x[:16], x[16:24], dom)

def auth(frm, to, mode):
    if mode is None:
        return None
    dom = re.search(r"@([\w.-]+)>?\s*$", frm).group(1)
    org = ".".join(dom.split(".")[-2:]) if not dom.endswith(".co.jp") else ".".join(dom.split(".")[-3:])
    ok = mode == "pass"
    if ME_P in to:
        if ok:
            return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s1 header.b=Qm3xT0aP;\n"
                    "       spf=pass (google.com: domain of bounce@%s designates 54.240.27.18 as permitted sender) smtp.mailfrom=bounce@%s;\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (org, org, org, org))
        return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=s1 header.b=Zz81kQ0w;\n"
                "       spf=fail (google.com: domain of bounce@%s does not designate 185.193.88.41 as permitted sender) smtp.mailfrom=bounce@%s;\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (org, org, org, org))
    if ok:
        return ("spf=pass (sender IP is 54.240.8.21) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (org, org, org))
    return ("spf=fail (sender IP is 185.193.88.41) smtp.mailfrom=%s; dkim=fail (body hash did not verify)\n"
            " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (org, org, org))

PYCS = {"utf-8": "utf-8", "iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}

def enc(text, charset, cte):
    data = text.encode(PYCS[charset])
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data

def part(ctype, text, charset="utf-8", cte=None):
    if cte is None:
        cte = "7bit" if charset in ("us-ascii", "iso-2022-jp") else "8bit"
    cs = {"shift_jis": "Shift_JIS", "iso-2022-jp": "ISO-2022-JP"}.get(charset, charset)
    hdr = ["Content-Type: %s; charset=\"%s\"" % (ctype, cs), "Content-Transfer-Encoding: %s" % cte]
    return hdr, enc(text, charset, cte)

def hdr_enc(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        return "%s <%s>" % (name, email_) if re.match(r"^[\w .'-]+$", name) else '"%s" <%s>' % (name, email_)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_)

def msg(key, date, frm, to, subject, body, label, cc=None, reply=None, auth_mode="pass",
        eol="\n", hcs="utf-8", extra=None, refs_only=False):
    """body: ('text'|'html', text, charset, cte) | ('alt', textpart, htmlpart) | ('raw', ctype_line, bytes)"""
    mid = mid_for(key + date.isoformat(), frm)
    IDS[key] = mid
    lines = []
    a = auth(frm, to + (cc or ""), auth_mode)
    if a:
        lines.append("Authentication-Results: " + a)
    lines += ["From: " + frm, "To: " + to]
    if cc:
        lines.append("Cc: " + cc)
    lines += ["Subject: " + hdr_enc(subject, hcs), "Date: " + format_datetime(date), "Message-ID: " + mid]
    if reply:
        parent = IDS[reply]
        prefs = REFS.get(reply, [])
        refs = prefs + [parent]
        lines.append("In-Reply-To: " + parent)
        lines.append("References: " + " ".join(refs[-6:]))
        REFS[key] = refs
    for x in (extra or []):
        lines.append(x)
    lines.append("MIME-Version: 1.0")
    if body[0] in ("text", "html"):
        ph, pb = part("text/plain" if body[0] == "text" else "text/html", *body[1:])
        lines += ph
        payload = pb
    elif body[0] == "alt":
        bnd = "----=_Part_%s" % h(key)[:18]
        lines.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        chunks = [b"This is a multi-part message in MIME format.\n"]
        for sub, ct in ((body[1], "text/plain"), (body[2], "text/html")):
            ph, pb = part(ct, *sub)
            chunks.append(("--%s\n" % bnd).encode() + ("\n".join(ph) + "\n\n").encode() + pb.rstrip(b"\n") + b"\n")
        chunks.append(("--%s--\n" % bnd).encode())
        payload = b"".join(chunks)
    else:
        lines.append(body[1])
        payload = body[2]
    raw = ("\n".join(lines) + "\n\n").encode("ascii") + payload
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append((key, raw, label))
    return mid

REFS = {}

def L(kind, nr, case, cids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def outlook_hdr(frm, sent, to, subj, cc=None, ja=False):
    if ja:
        s = "差出人: %s\n送信日時: %s\n宛先: %s\n" % (frm, sent, to)
        if cc: s += "CC: %s\n" % cc
        return s + "件名: %s\n" % subj
    s = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc: s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subj

GUSER_P = addr(ME_NAME, ME_P)
OUSER_C = addr("神崎 智也", ME_C)

# =====================================================================
# 2023: Pearson VUE, duplicate profiles, Credly
# =====================================================================
msg("vue1", dt("2023-02-27 14:03:11"), "Pearson VUE <pearsonvue-confirmation@pearson.com>", GUSER_P,
    "Confirmation of your AWS Certified Developer - Associate appointment",
    ("text", """Dear Tomoya Kanzaki,

Thank you for scheduling your exam with Pearson VUE.

Exam:            DVA-C02 AWS Certified Developer - Associate
Registration ID: 412907385
Date and time:   Wednesday, March 8, 2023 10:00 AM JST
Location:        Pearson VUE Test Center, Tokyo Shinjuku

Please arrive 15 minutes before your appointment and bring two valid forms of ID.
If you need to reschedule or cancel, please do so at least 24 hours before your
appointment through your exam provider account. Replies to this message are not read.

Pearson VUE
""", "us-ascii"), L("unrelated", False, None))

msg("cm1", dt("2023-03-09 02:40:05"), "AWS Certification <do-not-reply@certmetrics.com>", GUSER_P,
    "Congratulations! You are now AWS Certified",
    ("alt", ("""Hello Tomoya Kanzaki,

Congratulations on earning AWS Certified Developer - Associate!

Candidate ID: %s
Validation number: 9QL3ZPD1Y2EQ1K5R
Certification date: March 08, 2023
Expiration date: March 08, 2026

Your digital badge will be issued through Credly. Sign in to your AWS Certification
Account to download your certificate and view your benefits.

AWS Training and Certification
""" % ID_X, "us-ascii", "7bit"),
     ("""<html><body><p>Hello Tomoya Kanzaki,</p><p>Congratulations on earning <b>AWS Certified Developer - Associate</b>!</p>
<table><tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Validation number</td><td>9QL3ZPD1Y2EQ1K5R</td></tr>
<tr><td>Certification date</td><td>March 08, 2023</td></tr><tr><td>Expiration date</td><td>March 08, 2026</td></tr></table>
<p>Your digital badge will be issued through Credly.</p><p>AWS Training and Certification</p></body></html>
""" % ID_X, "us-ascii", "7bit")), L("certification", False, None, [ID_X]))

ackD_text = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification / Account Merge
Correspondence: My certification badges stopped syncing to Credly. I think I have two certification accounts with the same email address (tomoya.kanzaki.p@gmail.com). Could you merge them so that everything is on one account?

A member of our team will respond, usually within 24 hours. Please do not open a new case for the same request, as duplicate cases can delay our response.

If you have additional details about this issue, reply to this email.

Sincerely,
Amazon Web Services Training and Certification
""" % (D, D)
msg("d_ack", dt("2023-03-20 05:22:48"), TC, ME_P, tc_subj(D),
    ("alt", (ackD_text, "utf-8", "quoted-printable"),
     ("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ackD_text.strip().split("\n\n")) + "</body></html>\n",
      "utf-8", "quoted-printable")),
    L("acknowledgement", False, D))

d_req = """Hi Tomoya,

Thanks for reaching out about your Credly badges, and sorry for the trouble.

When two certification profiles exist under the same email address, the badge platform only sees whichever profile was linked first, so a certification earned on the other profile never reaches Credly. That matches what you describe: the Developer - Associate you passed this month was recorded on a profile created in 2022, not on the one connected to your Credly wallet.

Before I combine anything I have to be certain which records belong to you. A search by email returns several partial matches, and merging the wrong record is not something we can easily undo.

The candidate ID of each profile is what I am missing. It is shown in the top right corner once you sign in to the certification portal, in the form AWS followed by eight digits. Sign in once for each profile (you may have to sign out of your Builder ID in between) and send both numbers back on this thread.

Once I have them I will prepare the merge.

Best regards,
Rahul
AWS Training and Certification
"""
msg("d_req", dt("2023-03-21 00:14:09"), TC, ME_P, tc_subj(D), ("text", d_req, "us-ascii"),
    L("info_request", True, D), reply="d_ack", eol="\r\n")

d_rep1 = """Hi Rahul,

Thanks for the quick reply. Here are the two IDs:

- %s (the one connected to Credly, created in 2019)
- %s (created in 2022, has the Developer - Associate)

Best,
Tomoya

On Tue, Mar 21, 2023 at 9:14 AM AWS Training and Certification <%s> wrote:
%s
""" % (ID_P, ID_X, SUP, q(d_req))
msg("d_rep1", dt("2023-03-21 21:47:30", 9), GUSER_P, TC, "Re: " + tc_subj(D), ("text", d_rep1, "utf-8", "8bit"),
    L("user_reply", False, D, [ID_P, ID_X]), reply="d_req", auth_mode=None)

d_conf = """Hello Tomoya,

I located both profiles:

Account #1
Login email: tomoya.kanzaki.p@gmail.com
Candidate ID: %s
Certification notification email: tomoya.kanzaki.p@gmail.com

Account #2
Login email: tomoya.kanzaki.p@gmail.com
Candidate ID: %s
Certification notification email: tomoya.kanzaki.p@gmail.com

Account #1 is the one linked to Credly. Shall I merge Account #2 into it, so that #1 remains?

Keiko
AWS Training and Certification
""" % (ID_P, ID_X)
msg("d_conf", dt("2023-03-23 09:40:12"), TC, ME_P, tc_subj(D),
    ("text", d_conf + "\n-----Original Message-----\nFrom: " + ME_P + "\nSent: 3/21/2023 12:47 PM\nTo: " + SUP +
     "\nSubject: Re: " + tc_subj(D) + "\n\n" + d_rep1.split("\nOn Tue")[0], "us-ascii"),
    L("confirmation_request", True, D, [ID_P, ID_X]), reply="d_rep1")

msg("d_rep2", dt("2023-03-24 08:02:51", 9), GUSER_P, TC, "Re: " + tc_subj(D),
    ("text", "はい、お願いします。\nYes, please merge Account #2 into Account #1.\n\nTomoya\n\n2023年3月23日(木) 18:40 AWS Training and Certification <%s>:\n%s\n" % (SUP, q(d_conf)), "utf-8", "8bit"),
    L("user_reply", False, D), reply="d_conf", auth_mode=None)

msg("d_done", dt("2023-03-29 03:11:40"), TC, ME_P, tc_subj(D),
    ("text", """Hello Tomoya,

Account #2 (%s) has been merged into Account #1 (%s). All exam history and certifications now sit on the remaining profile, and the Developer - Associate badge should appear in your Credly wallet within 48 hours.

No further action is required on your side.

Regards,
Keiko

-----Original Message-----
From: %s
Sent: 3/23/2023 6:40 PM
To: %s
Subject: %s

%s
""" % (ID_X, ID_P, SUP, ME_P, tc_subj(D), d_conf), "us-ascii"),
    L("resolved", False, D, [ID_X, ID_P]), reply="d_rep2")

def credly(key, date, badge, to=GUSER_P, subj=None, extra_line=""):
    subj = subj or "Amazon Web Services Training and Certification sent you a badge"
    t = """Hi Tomoya,

Amazon Web Services Training and Certification has issued you a badge:

%s

%sAccept your badge to display it on your Credly profile and share it with your network:
https://www.credly.com/earner/earned/badge/4f1d9a0e-7c2b-4e55-9a61-0d3b8e2f6c71

You are receiving this email because an issuer awarded you a badge on Credly.
""" % (badge, extra_line)
    html = "<html><body><p>Hi Tomoya,</p><p>Amazon Web Services Training and Certification has issued you a badge:</p><h2>%s</h2><p>%s</p><p><a href=\"https://www.credly.com/earner/earned/badge/4f1d9a0e-7c2b-4e55-9a61-0d3b8e2f6c71\">Accept badge</a></p></body></html>\n" % (badge, extra_line)
    msg(key, date, "Credly <admin@credly.com>", to, subj,
        ("alt", (t, "utf-8", "quoted-printable"), (html, "utf-8", "quoted-printable")), L("badge", False, None))

credly("d_badge", dt("2023-03-29 03:55:02"), "AWS Certified Developer - Associate")

msg("d_survey", dt("2023-04-03 16:00:00"), "Amazon Web Services <aws-training-survey@amazon.com>", ME_P,
    "How did we do on case %s?" % D,
    ("text", """Hello,

Your recent AWS Training and Certification case (Case ID: %s) was marked resolved.
We would appreciate two minutes of your time to tell us how we did.

How satisfied were you with the support you received?
  Very satisfied:    https://survey.aws.example-feedback.amazon.com/s?c=%s&r=5
  Satisfied:         https://survey.aws.example-feedback.amazon.com/s?c=%s&r=4
  Neutral:           https://survey.aws.example-feedback.amazon.com/s?c=%s&r=3
  Dissatisfied:      https://survey.aws.example-feedback.amazon.com/s?c=%s&r=2

Replies to this message are not monitored.

Amazon Web Services
""" % (D, D, D, D, D), "us-ascii"), L("survey", False, D))

msg("gh1", dt("2023-06-12 07:31:19"), "Ryo Sato <notifications@github.com>", GUSER_P,
    "Re: [nishikaze/infra-tools] Merge duplicate account records before export (PR #482)",
    ("text", """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/nishikaze/infra-tools/pull/482#event-9534120077
You are receiving this because you were mentioned.
""", "us-ascii"), L("unrelated", False, None), extra=["List-ID: nishikaze/infra-tools <infra-tools.nishikaze.github.com>"])

msg("zd1", dt("2023-09-05 10:12:44"), "Tessera Cloud Support <support@tesseracloud.zendesk.com>", GUSER_P,
    "[Tessera Support] Request #88213 closed: Merge my two user accounts",
    ("text", """##- Please type your reply above this line -##

Your request (#88213) has been closed.

Hi Tomoya,

We have merged the two user accounts you listed into tomoya.kanzaki.p@gmail.com, so I'm
closing this request. If we don't hear from you, it will stay closed; reply to this email
within 20 days and it will be reopened automatically.

Mika (Tessera Cloud Support)
""", "us-ascii"), L("unrelated", False, None))

# =====================================================================
# 2024: case E (company address, APN sharing) - Japanese
# =====================================================================
e_ack = """神崎 智也 様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
お問い合わせ内容: 自分の認定資格を、会社の APN パートナーアカウントと共有したいです。設定方法を教えてください。

通常24時間以内に担当者よりご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

補足情報がございましたら、本メールにご返信ください。

Amazon Web Services トレーニングと認定
""" % (E, E)
msg("e_ack", dt("2024-06-10 13:02:37"), TC, OUSER_C, tc_subj(E), ("text", e_ack, "utf-8", "base64"),
    L("acknowledgement", False, E))

e_req = """神崎様

お問い合わせありがとうございます。担当の田村です。

APN パートナーアカウントへの認定情報の共有は、認定アカウント側のプロフィール設定で行います。ただし t-kanzaki@nishikaze-sys.co.jp では認定アカウントが2件見つかっており、どちらを対象にするか確認が必要です。

対象の認定アカウントの候補ID(AWS で始まる11桁)を、このメールに返信してお知らせください。

田村
AWS トレーニングと認定 サポート
"""
msg("e_req", dt("2024-06-11 02:25:10"), TC, OUSER_C, tc_subj(E), ("text", e_req, "iso-2022-jp"),
    L("info_request", True, E), reply="e_ack", hcs="iso-2022-jp")

msg("bill_ja", dt("2024-06-13 01:00:03"), CONSOLE, OUSER_C, "AWS 請求書のお知らせ - アカウント 384019275566",
    ("text", """AWS をご利用いただきありがとうございます。

AWS アカウント 384019275566 の 2024年5月分の請求書を発行いたしました。

請求金額: USD 1,284.17
お支払い期日: 2024年7月1日

お支払い期日までにお支払いください。請求書の詳細は請求ダッシュボードでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

このメールは送信専用のアドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

Amazon Web Services
""", "utf-8", "quoted-printable"), L("unrelated", False, None))

e_close1 = """神崎 様

いつもお世話になっております。
AWS トレーニングと認定サポートの田村でございます。

6月11日にお送りしたご連絡につきまして、その後いかがでしょうか。
候補IDのご確認が取れておりませんため、手続きを進められずにおります。

誠に恐れ入りますが、6月17日までにご返信をいただけない場合、本ケースはいったんクローズとさせていただきます。ご返信をいただけましたら引き続き対応いたしますので、ご確認のほどよろしくお願いいたします。

田村
"""
msg("e_close1", dt("2024-06-14 06:48:22"), TC, OUSER_C, tc_subj(E, " "), ("text", e_close1, "shift_jis", "8bit"),
    L("closing_notice", True, E), reply="e_req", eol="\r\n")

e_close2 = """Hello,

We haven't received a response regarding case %s, so the case has now been closed.

Should you still want assistance, a reply to this message will reopen the case and route it back to the same agent.

Thank you,
AWS Training and Certification
""" % E
msg("e_close2", dt("2024-06-18 00:02:15"), TC, OUSER_C, tc_subj(E), ("text", e_close2, "us-ascii"),
    L("closing_notice", True, E), reply="e_close1")

e_rep = """田村様

ご連絡が遅くなり申し訳ございません。出張中で確認できておりませんでした。
対象の候補IDは %s です。こちらのアカウントを APN パートナーアカウントと共有したいと考えております。

引き続きよろしくお願いいたします。

神崎 智也
株式会社西風システムズ

%s
%s
""" % (ID_C, outlook_hdr(TC, "2024年6月18日 9:02", OUSER_C, tc_subj(E), ja=True), e_close2)
msg("e_rep", dt("2024-06-18 11:36:40", 9), OUSER_C, TC, "RE: " + tc_subj(E), ("text", e_rep, "iso-2022-jp"),
    L("user_reply", False, E, [ID_C]), reply="e_close2", auth_mode=None, hcs="iso-2022-jp")

e_done = """Hi Tomoya,

Thank you for the ID. The certification account %s now shares its certifications with the Nishikaze Systems partner profile. Partner Central can take up to five business days to show the change.

This case is now resolved.

Tamura
AWS Training and Certification
""" % ID_C
msg("e_done", dt("2024-06-19 04:20:31"), TC, OUSER_C, tc_subj(E),
    ("alt", (e_done, "us-ascii", "7bit"), ("<html><body><div>" + e_done.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>\n", "us-ascii", "7bit")),
    L("resolved", False, E, [ID_C]), reply="e_rep")

msg("vue_ja", dt("2024-10-21 19:12:00", 9), addr("ピアソンVUE", "pearsonvue-confirmation@pearson.com", "iso-2022-jp"), GUSER_P,
    "試験予約の確認: AWS Certified Solutions Architect - Professional",
    ("text", """神崎 智也 様

ピアソンVUEをご利用いただき、ありがとうございます。以下の内容で試験のご予約を承りました。

試験名: SAP-C02 AWS Certified Solutions Architect - Professional
登録ID: 418822017
日時: 2024年11月9日(土) 13:30
会場: ピアソンVUE テストセンター 東京品川

内容に誤りがある場合は、試験日の24時間前までにご連絡ください。
本メールは送信専用です。

ピアソンVUE
""", "iso-2022-jp"), L("unrelated", False, None), hcs="iso-2022-jp")

msg("cm_recert", dt("2024-11-12 03:10:45"), "AWS Certification <do-not-reply@certmetrics.com>", GUSER_P,
    "Congratulations on recertifying your AWS Certification!",
    ("text", """Hello Tomoya Kanzaki,

By earning AWS Certified Solutions Architect - Professional, you have also recertified
AWS Certified Solutions Architect - Associate. Its new expiration date is November 09, 2027.

You can view your certifications and download certificates from your AWS Certification Account.

Thank you,
AWS Training and Certification
""", "us-ascii"), L("certification", False, None))

# =====================================================================
# 2025: leaving the company
# =====================================================================
msg("bill_en", dt("2025-04-02 08:14:51"), "Amazon Web Services <aws-billing-notifications@amazon.com>", OUSER_C,
    "Your AWS Invoice is available [AWS ID 384019275566]",
    ("text", """Greetings from Amazon Web Services,

This e-mail confirms that your latest invoice for account 384019275566 is now available.
Amount due: USD 1,412.06. Due date: May 1, 2025.

Please log on to the Billing console to view and pay the invoice:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
""", "us-ascii"), L("unrelated", False, None))

msg("cm_exp", dt("2025-04-10 02:00:17"), "AWS Certification <do-not-reply@certmetrics.com>", GUSER_P,
    "Your AWS Certification expires in 90 days",
    ("alt", ("""Hello Tomoya Kanzaki,

Your AWS Certified Developer - Associate certification expires on June 08, 2025
(the date shown reflects the merge of your profiles in 2023).

Candidate ID: %s

To keep it active, pass the current version of the exam before it expires. Recertifying
also renews your 50%% discount benefit.

AWS Training and Certification
""" % ID_P, "utf-8", "quoted-printable"),
      ("<html><body><p>Hello Tomoya Kanzaki,</p><p>Your <b>AWS Certified Developer - Associate</b> certification expires on June 08, 2025.</p><p>Candidate ID: %s</p><p>To keep it active, pass the current version of the exam before it expires.</p></body></html>\n" % ID_P, "utf-8", "quoted-printable")),
    L("certification", False, None, [ID_P]))

msg("bid1", dt("2025-04-14 01:31:05"), "AWS Builder ID <no-reply@signin.aws>", GUSER_P,
    "Verify your AWS Builder ID email address",
    ("text", """Hello,

Your AWS Builder ID verification code is:

583920

This code expires in 10 minutes. If you did not request it, you can ignore this email.

Amazon Web Services
""", "us-ascii"), L("unrelated", False, None))

con_footer = """
===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

===================================================

AWS Support:
https://aws.amazon.com/premiumsupport/knowledge-center/

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % CON
con_subj = "Certification exam voucher \u2013 company benefit transfer"
msg("con_ack", dt("2025-04-14 02:18:33"), CONSOLE, OUSER_C, "Amazon Web Services: New Support case: %s" % CON,
    ("text", """Dear Amazon Web Services Customer,

We have received your support case %s for account [AWS ID 384019275566].

Case ID: %s
Subject: %s
Severity: General question
Correspondence: I'm leaving the company next month. Can the unused 50%% exam voucher on my certification profile move with me?

You can view the case and add correspondence in the AWS Support Center.
%s""" % (CON, CON, con_subj, con_footer), "utf-8", "quoted-printable"),
    L("acknowledgement", False, CON))

con_req = """Hello,

Thank you for contacting AWS Support. My name is Daniel and I will be looking into this for you.

Exam vouchers issued through an AWS Partner Network benefit belong to the partner organization rather than to an individual, while the 50% discount earned by passing an exam belongs to the person. Which of the two you have decides whether it can follow you.

We need two things from you to check this: the voucher code (the last four characters are enough) and the name of the partner organization that issued it. Please add them as a reply to this case in the Support Center.

Best regards,

Daniel M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""
msg("con_req", dt("2025-04-15 06:40:00"), CONSOLE, OUSER_C, "RE:[CASE %s] %s" % (CON, con_subj),
    ("alt", (con_req + con_footer, "utf-8", "quoted-printable"),
     ("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in (con_req + con_footer).strip().split("\n\n")) + "</body></html>\n", "utf-8", "quoted-printable")),
    L("info_request", True, CON), reply="con_ack")

msg("ooo1", dt("2025-04-15 19:02:19", 9), "Kenji Ota <k-ota@nishikaze-sys.co.jp>", OUSER_C,
    "Automatic reply: Handover of AWS account admin role",
    ("text", """I'm out of the office until April 21 with limited access to email.
For anything urgent about the production AWS accounts, please contact infra-oncall@nishikaze-sys.co.jp.
I'll reply when I'm back.

Kenji Ota
""", "us-ascii"), L("unrelated", False, None), extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Organization-AutoReply: true"])

con_close = """Hello,

We wanted to follow up on case %s, as we have not heard from you since our last correspondence on April 15.

Unless we receive a response, this case will move to a resolved state automatically in 3 days. We would still like to help: add a reply through the Support Center link below and the case will stay open.

Best regards,

Amazon Web Services
""" % CON
msg("con_close", dt("2025-04-18 07:00:12"), CONSOLE, OUSER_C, "RE:[CASE %s] %s" % (CON, con_subj),
    ("text", con_close + con_footer, "utf-8", "quoted-printable"), L("closing_notice", True, CON), reply="con_req")

msg("hr1", dt("2025-04-19 09:30:00", 9), addr("人事総務部", "jinji@nishikaze-sys.co.jp", "iso-2022-jp"), OUSER_C,
    "【ご確認ください】退職手続きに関するご案内",
    ("text", """神崎 智也 様

お疲れさまです。人事総務部です。
退職手続きについてご案内いたします。

・最終出社日: 2025年5月16日(金)
・貸与PC・入館証の返却: 最終出社日の17時まで
・会社メールアドレスは最終出社日の翌日に停止いたします

つきましては、私物データの移行が完了しているかどうか、4月25日までに本メールへご返信いただけますでしょうか。
ご不明な点がございましたら、人事総務部までお問い合わせください。

よろしくお願いいたします。
""", "iso-2022-jp"), L("unrelated", False, None), hcs="iso-2022-jp", auth_mode="pass")

con_done = """Hello,

Thank you for the details you added in the Support Center.

I confirmed with the partner benefits team: the voucher ending in 7QX4 is part of the Nishikaze Systems APN allocation and cannot be moved to a personal certification account. It stays available to your company until it expires. Your own 50% discount benefit from passing an exam is not affected and will follow your certification account.

As there is nothing further we can do on this request, I am marking this case as resolved.

Best regards,

Daniel M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
"""
msg("con_done", dt("2025-04-22 03:51:44"), CONSOLE, OUSER_C, "RE:[CASE %s] %s" % (CON, con_subj),
    ("text", con_done + con_footer + "\n---- Previous correspondence ----\n\n" + con_req, "utf-8", "quoted-printable"),
    L("resolved", False, CON), reply="con_close")

# ---------------------------------------------------------------- case A
a_ack = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Inquiry type: Certification / Account Merge
Use case: I am leaving Nishikaze Systems on May 16 and would like to merge my certification accounts.
All email addresses used: t-kanzaki@nishikaze-sys.co.jp, tomoya.kanzaki.p@gmail.com
Email address to keep: tomoya.kanzaki.p@gmail.com
Candidate IDs: %s (company), %s (personal)

A member of our team will respond, usually within 24 hours. Please do not open a new case for the same request, as this can delay our response.

If you have anything to add, simply reply to this email.

Sincerely,
Amazon Web Services Training and Certification
""" % (A, A, ID_C, ID_P)
msg("a_ack", dt("2025-05-02 01:12:42"), TC, ME_P, tc_subj(A), ("text", a_ack, "us-ascii"),
    L("acknowledgement", False, A, [ID_C, ID_P]))

b_ack = """神崎 智也 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせに対応するため、ケース %s を作成いたしました。

ケースの詳細は以下のとおりです。

ケース ID: %s
件名: account-assistance
お問い合わせ内容: 退職に伴い、会社の認定アカウントを個人の認定アカウントに統合したいです。残したいメールアドレスは tomoya.kanzaki.p@gmail.com です。

通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

ご質問やご不明な点がございましたら、このメールにご返信ください。

Amazon Web Services トレーニングと認定
""" % (B, B)
msg("b_ack", dt("2025-05-02 01:42:09"), TC, ME_P, tc_subj(B), ("text", b_ack, "iso-2022-jp"),
    L("acknowledgement", False, B))

msg("mkt_ja", dt("2025-05-02 03:00:00"), addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), GUSER_P,
    "【AWS Summit Japan】参加登録の受付を開始しました",
    ("html", """<html><body>
<p>神崎 智也 様</p>
<p>AWS Summit Japan の参加登録受付を開始いたしました。基調講演をはじめ、150以上のセッションをご用意しております。</p>
<table border="0" cellpadding="8"><tr><td style="background:#ff9900"><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></td></tr></table>
<p>ご不明な点がございましたら、このメールにご返信いただくか、事務局までお問い合わせください。</p>
<p style="font-size:10px">配信停止をご希望の方は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。Amazon Web Services Japan 合同会社</p>
</body></html>
""", "utf-8", "base64"), L("unrelated", False, None))

msg("b_dup", dt("2025-05-03 00:31:07"), TC, ME_P, tc_subj(B),
    ("text", """Hello Tomoya,

It looks like this request reached us twice. We will handle it under case %s and have closed this one (%s) as a duplicate. You don't need to do anything here; all updates will come on the original case.

Thanks,
Marisol
AWS Training and Certification
""" % (A, B), "us-ascii"), L("resolved", False, B), reply="b_ack")

a_hold = """Hi Tomoya,

My name is Owen and I have picked up your merge request.

While reviewing the two profiles I noticed that the company profile (t-kanzaki@nishikaze-sys.co.jp) is associated with an AWS Partner Network organization. For partner-linked profiles we check with our partner operations team before moving certifications out of the organization, because the partner's certification counts depend on them.

I sent that check off today. The case is on hold until partner operations come back to us, which normally takes two to four business days. There is nothing you need to send in the meantime; I will update this case as soon as I hear from them.

Regards,
Owen
AWS Training and Certification
"""
msg("a_hold", dt("2025-05-03 05:07:55"), TC, ME_P, tc_subj(A), ("text", a_hold, "utf-8", "base64"),
    L("on_hold", False, A), reply="a_ack")

msg("phish1", dt("2025-05-05 11:44:02"), "AWS Certification Support <support@aws-certification-merge.com>", ME_P,
    "Action Required: Confirm your certification account merge (Ref 20250505-4471)",
    ("html", """<html><body><table width="600"><tr><td>
<img src="https://aws-certification-merge.com/img/aws-logo.png" alt="AWS">
<p>Dear Candidate,</p>
<p>Your account merge request is pending final verification. If you do not verify within <b>24 hours</b>, the request will be cancelled and your certifications may be lost.</p>
<p><a href="http://aws-certification-merge.com/verify?u=tomoya.kanzaki.p">Verify my account</a></p>
<p>Alternatively, reply to this email with your Builder ID password so our team can complete the merge for you.</p>
<p>AWS Training &amp; Certification Team</p>
</td></tr></table></body></html>
""", "utf-8", "quoted-printable"), L("suspicious", False, None))

a_hold2 = """神崎 智也 様

いつもお世話になっております。
AWS トレーニングと認定サポートの林でございます。担当の Owen より本件を引き継ぎました。

パートナー運用チームに確認しましたところ、株式会社西風システムズの APN 組織では、神崎様は現在も在籍中の認定保有者として登録されているとのことでした。APN 組織に所属している認定アカウントは、ご本人様の在籍中は統合を行えない決まりとなっております。

そのため、本件はいったん保留とさせていただいております。

つきましては、退職日がお決まりでしたら、その日付をお知らせいただけますでしょうか。退職のご予定が確認でき次第、パートナー運用チームと調整のうえ手続きを再開いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

林
AWS トレーニングと認定サポート
"""
msg("a_hold2", dt("2025-05-06 02:20:14"), TC, ME_P, tc_subj(A), ("text", a_hold2, "shift_jis", "8bit"),
    L("on_hold", True, A), reply="a_hold")

msg("a_rep1", dt("2025-05-06 12:05:33", 9), GUSER_P, TC, "Re: " + tc_subj(A),
    ("text", """林様

Thank you. My last working day at Nishikaze Systems is May 16, 2025, and the company mailbox will be shut down the day after. Please go ahead with the merge into my personal account as soon as you are able to.

神崎 智也

2025年5月6日(火) 11:20 AWS Training and Certification <%s>:
%s
""" % (SUP, q(a_hold2)), "utf-8", "8bit"), L("user_reply", False, A), reply="a_hold2", auth_mode=None)

msg("jira1", dt("2025-05-07 01:15:40"), "Jira <jira@nishikaze.atlassian.net>", OUSER_C,
    "[JIRA] (INFRA-1182) Close out AWS account handover",
    ("text", """Shun Mori changed the status of INFRA-1182 to Resolved.

Close out AWS account handover
Resolution: Done

Please review the handover notes and reply in the ticket if anything is missing.

View issue: https://nishikaze.atlassian.net/browse/INFRA-1182
""", "us-ascii"), L("unrelated", False, None))

a_upd = """Hi Tomoya,

Thank you for confirming your leaving date. I passed it on to partner operations and they have released the hold on the company profile. Your case is now back with the account team, who will check both profiles and write to you with the details before anything is changed.

If your last day moves, just let us know on this case.

Best regards,
Hayashi
AWS Training and Certification
"""
msg("a_upd", dt("2025-05-07 03:42:18"), TC, ME_P, tc_subj(A), ("text", a_upd, "us-ascii"),
    L("case_update", False, A), reply="a_rep1")

a_ps = """Hi Tomoya,

Priya here from the certification account team. Partner operations have released the company profile, so I am now preparing the merge. I am checking both profiles today and will send you the details to confirm shortly - nothing to do on that part yet.

Regards,
Priya

P.S. The company profile still has an exam appointment booked for May 28 (Pearson VUE registration 420156398). Open appointments don't survive a merge. Should I leave everything untouched until after that exam, or is it fine for the appointment to be lost?
"""
msg("a_ps", dt("2025-05-07 09:15:02"), TC, ME_P, tc_subj(A),
    ("alt", (a_ps, "us-ascii", "7bit"),
     ("<html><body><p>Hi Tomoya,</p><p>Priya here from the certification account team. Partner operations have released the company profile, so I am now preparing the merge. I am checking both profiles today and will send you the details to confirm shortly - nothing to do on that part yet.</p><p>Regards,<br>Priya</p><p style=\"color:#555\">P.S. The company profile still has an exam appointment booked for May 28 (Pearson VUE registration 420156398). Open appointments don't survive a merge. Should I leave everything untouched until after that exam, or is it fine for the appointment to be lost?</p></body></html>\n", "us-ascii", "7bit")),
    L("info_request", True, A), reply="a_upd")

msg("a_rep2", dt("2025-05-08 07:58:10", 9), GUSER_P, TC, "Re: " + tc_subj(A),
    ("text", """Hi Priya,

That appointment can go - I'll cancel it with Pearson VUE myself today. Please continue with the merge.

Tomoya

On Wed, May 7, 2025 at 6:15 PM AWS Training and Certification <%s> wrote:
%s
""" % (SUP, q(a_ps)), "utf-8", "8bit"), L("user_reply", False, A), reply="a_ps", auth_mode=None)

a_conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Tomoya,</p>
<p>Thanks for sorting out the appointment. I have now gone through both certification profiles tied to your request. This is what we have on file:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>tomoya.kanzaki.p@gmail.com</td><td>t-kanzaki@nishikaze-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>tomoya.kanzaki.p@gmail.com</td><td>t-kanzaki@nishikaze-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>tomoya.kanzaki.p@gmail.com</td><td>t-kanzaki@nishikaze-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>
<tr><td>Active certifications</td><td>SAA, DVA</td><td>SAP</td></tr>
</table>
<p>A merge moves the exam history, certifications, benefits (including unused discount vouchers) and digital badges of one profile into the other. The profile that is merged away is closed, and its login email can no longer be used to sign in to the certification portal. Any partner association on the closed profile is removed; given the earlier correspondence on this case, that is expected.</p>
<p>Your form says the personal address should be kept, so my plan is to merge Account #2 into Account #1. Before I run it I need this in writing from you: which of the two accounts should remain?</p>
<p>Kind regards,<br>Priya<br>AWS Training and Certification</p>
</body></html>
""" % (ID_P, ID_C)
msg("a_conf", dt("2025-05-08 07:02:33"), TC, ME_P, tc_subj(A), ("html", a_conf_html, "utf-8", "quoted-printable"),
    L("confirmation_request", True, A, [ID_P, ID_C]), reply="a_rep2")

msg("sb1", dt("2025-05-08 12:20:00"), "AWS Skill Builder <no-reply@aws.training>", GUSER_P,
    "Your AWS Skill Builder subscription receipt",
    ("text", """Hello Tomoya,

Thank you for your purchase.

Order: SB-2025-0508-77312
Plan: AWS Skill Builder Individual (monthly)
Amount: USD 29.00

Questions about your subscription? Contact us through the AWS Skill Builder help page.

AWS Training and Certification
""", "us-ascii"), L("unrelated", False, None))

msg("cp1", dt("2025-05-09 08:00:00", 9), "connpass <no-reply@connpass.com>", GUSER_P,
    "【connpass】JAWS-UG 東京 の新着イベントのお知らせ",
    ("text", """神崎 智也 さん

フォロー中のグループに新しいイベントが公開されました。

■ JAWS-UG 東京 #58 認定資格の取り方・活かし方
  日時: 2025/06/05(木) 19:00
  https://jawsug-tokyo.connpass.com/event/351120/

参加を希望される方は、イベントページから参加登録をしてください。

このメールに返信しても届きません。
""", "utf-8", "base64"), L("unrelated", False, None))

a_conf_txt = """Hello Tomoya,

Thanks for sorting out the appointment. I have now gone through both certification profiles tied to your request. This is what we have on file:

                                  Account #1                     Account #2
Login email                       tomoya.kanzaki.p@gmail.com     t-kanzaki@nishikaze-sys.co.jp
Training notification email       tomoya.kanzaki.p@gmail.com     t-kanzaki@nishikaze-sys.co.jp
Certification notification email  tomoya.kanzaki.p@gmail.com     t-kanzaki@nishikaze-sys.co.jp
Candidate ID                      %s                    %s
Active certifications             SAA, DVA                       SAP

A merge moves the exam history, certifications, benefits (including unused discount vouchers) and digital badges of one profile into the other. The profile that is merged away is closed, and its login email can no longer be used to sign in to the certification portal.

Your form says the personal address should be kept, so my plan is to merge Account #2 into Account #1. Before I run it I need this in writing from you: which of the two accounts should remain?

Kind regards,
Priya
AWS Training and Certification
""" % (ID_P, ID_C)
a_close = """Hi Tomoya,

Circling back on the message below. Without your go-ahead I can't run the merge, and cases that sit idle are archived automatically by our system; yours is due for archiving on Wednesday, May 14. A line from you before then keeps it active, and if it does get archived, writing back on this thread brings it back.

Priya

________________________________
%s
%s""" % (outlook_hdr(TC, "Thursday, May 8, 2025 7:02 AM", ME_P, tc_subj(A)), a_conf_txt)
msg("a_close", dt("2025-05-11 22:31:09"), TC, ME_P, tc_subj(A), ("text", a_close, "us-ascii"),
    L("closing_notice", True, A), cc=OUSER_C, reply="a_conf", eol="\r\n")

a_rep3 = """Hi Priya,

Sorry for the delay. Confirmed - please merge Account #2 into Account #1 and keep tomoya.kanzaki.p@gmail.com.

Tomoya Kanzaki
Nishikaze Systems Co., Ltd.

%s
%s""" % (outlook_hdr(TC, "Monday, May 12, 2025 7:31 AM", ME_P, tc_subj(A), cc=OUSER_C), a_close)
msg("a_rep3", dt("2025-05-12 08:40:27", 9), OUSER_C, TC, "RE: " + tc_subj(A), ("text", a_rep3, "us-ascii"),
    L("user_reply", False, A), reply="a_close", auth_mode=None, eol="\r\n")

a_wrong = """Hello Tomoya,

Thanks for getting back to us. One snag: your confirmation came from t-kanzaki@nishikaze-sys.co.jp, which is the address of the profile that will be closed. A merge can only be authorised from the address of the profile being kept, so that nobody with access to an old work mailbox can move someone's certifications.

Would you send the same confirmation from tomoya.kanzaki.p@gmail.com? Replying to this email from that mailbox is fine.

Priya
AWS Training and Certification
"""
msg("a_wrong", dt("2025-05-12 00:05:48"), TC, OUSER_C, tc_subj(A), ("text", a_wrong, "us-ascii"),
    L("info_request", True, A), reply="a_rep3")

a_fwd = """gmailから返信する用

-----Original Message-----
%s
%s""" % (outlook_hdr(TC, "2025年5月12日 9:05", OUSER_C, tc_subj(A), ja=True).replace("差出人", "From").replace("送信日時", "Sent").replace("宛先", "To").replace("件名", "Subject"), a_wrong)
msg("a_fwd", dt("2025-05-12 09:12:03", 9), OUSER_C, GUSER_P, "FW: " + tc_subj(A), ("text", a_fwd, "iso-2022-jp"),
    L("user_reply", False, A), auth_mode="pass", hcs="iso-2022-jp")

msg("a_rep4", dt("2025-05-12 09:20:44", 9), GUSER_P, TC, "Account merge confirmation",
    ("text", """Hi Priya,

Sending this from my personal address as requested: I confirm the merge of Account #2 (%s) into Account #1 (%s). Account #1 / tomoya.kanzaki.p@gmail.com should remain.

Thanks,
Tomoya

On Mon, May 12, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
%s
""" % (ID_C, ID_P, SUP, q(a_wrong)), "utf-8", "8bit"),
    L("user_reply", False, A, [ID_C, ID_P]), reply="a_wrong", auth_mode=None)

msg("a_queued", dt("2025-05-12 01:02:10"), TC, ME_P, tc_subj(A),
    ("text", """Hi Tomoya,

That's the confirmation I needed, thank you. The merge is queued and typically finishes within a few hours. No action is needed from you; I'll confirm here when it's done.

Priya
""", "us-ascii"), L("case_update", False, A), reply="a_rep4")

a_done = """Hello Tomoya,

I have successfully merged all accounts. Account #2 has been closed, and everything from it - exam history, the Solutions Architect - Professional certification and your benefits - now shows under Account #1 (tomoya.kanzaki.p@gmail.com, candidate ID %s). Credly may send separate badge mails over the next day.

Sign in with your personal Builder ID when you have a moment and check that everything looks right. If something is missing, reply on this case.

Best,
Priya
AWS Training and Certification

-----Original Message-----
%s
%s""" % (ID_P, outlook_hdr(TC, "5/8/2025 7:02 AM", ME_P, tc_subj(A)), a_conf_txt)
msg("a_done", dt("2025-05-12 04:47:36"), TC, ME_P, tc_subj(A), ("text", a_done, "utf-8", "quoted-printable"),
    L("resolved", False, A, [ID_P]), reply="a_queued")

credly("a_badge1", dt("2025-05-12 05:10:12"), "AWS Certified Solutions Architect - Professional")
credly("a_badge2", dt("2025-05-13 05:10:40"), "AWS Certified Solutions Architect - Associate",
       subj="Reminder: accept your badge from Amazon Web Services Training and Certification",
       extra_line="This badge is still waiting for you. ")

msg("a_survey", dt("2025-05-13 16:30:00"), TC, ME_P, "We'd like your feedback on case %s" % A,
    ("html", """<html><body>
<p>Hello,</p>
<p>Your AWS Training and Certification case <b>%s</b> was recently resolved. Please tell us how we did - it takes less than a minute.</p>
<p>How satisfied are you with the resolution of your case?</p>
<table><tr>
<td><a href="https://amazonsurvey.amazon.com/r?c=%s&amp;s=1">1</a></td><td><a href="https://amazonsurvey.amazon.com/r?c=%s&amp;s=2">2</a></td>
<td><a href="https://amazonsurvey.amazon.com/r?c=%s&amp;s=3">3</a></td><td><a href="https://amazonsurvey.amazon.com/r?c=%s&amp;s=4">4</a></td>
<td><a href="https://amazonsurvey.amazon.com/r?c=%s&amp;s=5">5</a></td></tr></table>
<p>Please do not reply to this email.</p>
</body></html>
""" % (A, A, A, A, A, A), "utf-8", "quoted-printable"), L("survey", False, A))

msg("cm_hear", dt("2025-05-14 01:00:00"), "AWS Certification <do-not-reply@certmetrics.com>", GUSER_P,
    "AWS Certification wants to hear from you",
    ("text", """Hello Tomoya Kanzaki,

As an AWS Certified individual, your experience matters to us. We are inviting a small group
of certification holders to a 30-minute remote interview about how certification has helped
their careers.

If you'd like to take part, reply to this email with two or three time slots that suit you
in the next two weeks. Participation is entirely voluntary.

Thank you,
AWS Certification Program Team
""", "us-ascii"), L("certification", False, None))

msg("ooo2", dt("2025-05-14 13:20:51", 9), addr("大田 健二", "k-ota@nishikaze-sys.co.jp", "iso-2022-jp"), OUSER_C,
    "自動応答: 引き継ぎ資料の件",
    ("text", """お疲れさまです。大田です。

5月19日(月)まで休暇のため不在にしております。
期間中はメールを確認できませんので、お急ぎの場合は infra-oncall@nishikaze-sys.co.jp までご連絡ください。
戻り次第、ご返信いたします。
""", "iso-2022-jp"), L("unrelated", False, None), hcs="iso-2022-jp", extra=["Auto-Submitted: auto-replied"])

msg("spoof1", dt("2025-05-15 06:13:27"), TC, ME_P, tc_subj(A),
    ("text", """Hello Tomoya,

To complete the final step of your account merge, we need you to re-verify your AWS Builder ID.
Reply to this email with the six-digit code you will receive shortly, or sign in at the secure
page below within 12 hours:

https://aws-training-verify.net/merge/confirm?case=%s

If we do not receive the verification, the merged account will be locked.

AWS Training and Certification
""" % A, "us-ascii"), L("suspicious", False, None), auth_mode="fail")

msg("ms1", dt("2025-05-16 02:18:09"), "Microsoft Learn Support <support@mail.support.microsoft.com>", GUSER_P,
    "Case 2505140040008817 closed - Merge Microsoft Learn profiles",
    ("text", """Hello Tomoya,

We've completed the merge of your two Microsoft Learn profiles. Your certifications and
transcript now appear under tomoya.kanzaki.p@gmail.com.

This case is now closed. If you have further questions on this issue, reply within 7 days
and the case will be reopened.

Kind regards,
Microsoft Learn Support
Case number: 2505140040008817
""", "us-ascii"), L("unrelated", False, None))

dsn_bnd = "000000000000a1b2c3d4e5f60718"
dsn = ("""--%s
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to t-kanzaki@nishikaze-sys.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--%s
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Sun, 18 May 2025 10:02:11 -0700 (PDT)

Final-Recipient: rfc822; t-kanzaki@nishikaze-sys.co.jp
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--%s
Content-Type: text/rfc822-headers

From: Tomoya Kanzaki <tomoya.kanzaki.p@gmail.com>
To: t-kanzaki@nishikaze-sys.co.jp
Subject: test - is the old mailbox still alive?
Date: Sun, 18 May 2025 10:02:10 -0700

--%s--
""" % (dsn_bnd, dsn_bnd, dsn_bnd, dsn_bnd)).encode()
msg("dsn1", dt("2025-05-18 17:02:12"), "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", GUSER_P,
    "Delivery Status Notification (Failure)",
    ("raw", 'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % dsn_bnd, dsn),
    L("unrelated", False, None), auth_mode=None)

msg("a_reopen", dt("2025-05-20 10:14:02", 9), GUSER_P, TC, "Re: " + tc_subj(A),
    ("text", """Hi Priya,

Sorry to come back to this. After the merge I can see the Solutions Architect - Professional certification, but the exam itself (taken November 9, 2024 at a Pearson VUE test center, registration 418822017) does not show in Exam History on my profile. Could you check?

Tomoya

On Mon, May 12, 2025 at 1:47 PM AWS Training and Certification <%s> wrote:
%s
""" % (SUP, q(a_done)), "utf-8", "8bit"), L("user_reply", False, A), reply="a_done", auth_mode=None)

msg("a_reopened", dt("2025-05-20 03:58:40"), TC, ME_P, tc_subj(A),
    ("text", """Hello Tomoya,

I have reopened case %s and sent your note to our exam records team, who can relink individual exam records. They usually need two to three business days. You don't have to send anything else at this point; we will write back on this case.

Regards,
Hayashi
AWS Training and Certification
""" % A, "us-ascii"), L("case_update", False, A), reply="a_reopen")

msg("phish2", dt("2025-05-21 08:45:10", 9), addr("AWS 認定サポート", "info@amazon-certsupport.com"), GUSER_P,
    "【重要】AWS認定アカウント統合の最終確認のお願い",
    ("text", """お客様各位

AWS認定アカウントの統合手続きが保留状態となっております。
48時間以内に下記リンクよりご本人確認を完了いただけない場合、統合は取り消され、保有資格が失効する可能性がございます。

ご本人確認: https://amazon-certsupport.com/jp/verify

本件に関するお問い合わせは、このメールにご返信ください。

AWS トレーニングと認定 サポートセンター
""", "utf-8", "base64"), L("suspicious", False, None))

a_ja = """神崎 智也 様

いつもお世話になっております。AWS トレーニングと認定サポートの林でございます。

試験記録チームより回答がございましたので、ご報告いたします。
2024年11月9日の受験記録は、受験時にご登録いただいていた氏名と、統合後のアカウントの氏名表記が一致しないため、自動では紐付けられなかったとのことです。試験記録チームにて手動で紐付けを行うことは可能ですが、その際にはご本人様による氏名の確認が必要となります。

なお、その他の受験記録および認定資格につきましては、統合後のアカウントに正しく反映されていることを確認しております。

お手数ではございますが、受験時にご登録いただいていた氏名(ローマ字表記)をご返信いただけますでしょうか。

ご不明な点がございましたら、お気軽にお問い合わせください。

林
AWS トレーニングと認定サポート
"""
msg("a_ja", dt("2025-05-22 04:05:19"), TC, ME_P, tc_subj(A), ("text", a_ja, "utf-8", "quoted-printable"),
    L("info_request", True, A), reply="a_reopened")

msg("a_rep5", dt("2025-05-22 14:03:30", 9), GUSER_P, TC, "Re: " + tc_subj(A),
    ("text", """林様

ご確認ありがとうございます。
受験時の登録氏名は「KANZAKI TOMOYA」(姓・名の順)です。現在のアカウントは「Tomoya Kanzaki」となっております。

よろしくお願いいたします。
神崎 智也

2025年5月22日(木) 13:05 AWS Training and Certification <%s>:
%s
""" % (SUP, q(a_ja)), "utf-8", "8bit"), L("user_reply", False, A), reply="a_ja", auth_mode=None)

a_fix = """Hello Tomoya,

The exam record for November 9, 2024 has been linked to your certification account and now appears in Exam History. No further action is required.

Should anything else look off, feel free to write back on this case.

Best regards,
Hayashi
AWS Training and Certification
"""
msg("a_fix", dt("2025-05-23 01:44:05"), TC, ME_P, tc_subj(A),
    ("alt", (a_fix + "\n\n" + q(a_ja) + "\n", "utf-8", "quoted-printable"),
     ("<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in a_fix.strip().split("\n\n")) +
      "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">" + a_ja.replace("\n", "<br>") + "</blockquote></body></html>\n", "utf-8", "quoted-printable")),
    L("resolved", False, A), reply="a_rep5")

msg("bid2", dt("2025-05-23 20:11:00", 9), "AWS Builder ID <no-reply@login.awsapps.com>", GUSER_P,
    "AWS Builder ID の確認コード",
    ("text", """AWS Builder ID のサインインを確認してください。

確認コード: 207431

このコードの有効期限は10分間です。このリクエストに心当たりがない場合は、このメールを無視してください。
""", "utf-8", "base64"), L("unrelated", False, None))

msg("sb2", dt("2025-05-26 00:30:00"), "AWS Skill Builder <no-reply@aws.training>", GUSER_P,
    "Pick up where you left off: Exam Prep Plan - Developer Associate",
    ("text", """Hi Tomoya,

You're 40% through "Exam Prep Plan: AWS Certified Developer - Associate (DVA-C02)".
Your certification expires on June 08, 2025 - finish the plan and book your exam to keep it active.

Continue learning: https://skillbuilder.aws/learning-plan/dva-c02

AWS Training and Certification
""", "us-ascii"), L("unrelated", False, None))

# ---------------------------------------------------------------- case F (Credly)
f_ack = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td><b>Case ID</b></td><td>%s</td></tr>
<tr><td><b>Subject</b></td><td>account-assistance</td></tr>
<tr><td><b>Description</b></td><td>After my account merge, my Solutions Architect - Professional badge does not appear in my Credly wallet. Can you help?</td></tr>
</table>
<p>Our team usually responds within 24 hours. Please avoid opening another case for the same question, since that can slow things down.</p>
<p>If you have additional information, you may reply to this email.</p>
<p>Amazon Web Services Training and Certification</p>
</body></html>
""" % (F, F)
msg("f_ack", dt("2025-06-03 00:59:05"), TC, ME_P, tc_subj(F, " "), ("html", f_ack, "utf-8", "quoted-printable"),
    L("acknowledgement", False, F))

f_req = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Tomoya,</p>
<p>Thanks for your patience. Credly places a badge in the wallet that matches the certification notification email at the moment the badge is issued. Here is what I see on our side:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Badge</th><th>Issued to</th><th>Status</th></tr>
<tr><td>Solutions Architect - Associate</td><td>tomoya.kanzaki.p@gmail.com</td><td>Accepted</td></tr>
<tr><td>Developer - Associate</td><td>tomoya.kanzaki.p@gmail.com</td><td>Accepted</td></tr>
<tr><td>Solutions Architect - Professional</td><td>t-kanzaki@nishikaze-sys.co.jp</td><td>Pending</td></tr>
</table>
<p>The Professional badge was issued to your old work address before the merge. Is there a Credly account registered under t-kanzaki@nishikaze-sys.co.jp, or was that badge never accepted? I can ask Credly to move it either way, but the steps are different.</p>
<p>Regards,<br>Sam<br>AWS Training and Certification</p>
<hr>
<p style="font-size:11px;color:#777">How was this response? <a href="https://amazonsurvey.amazon.com/q?c=%s&amp;r=good">Good</a> | <a href="https://amazonsurvey.amazon.com/q?c=%s&amp;r=ok">OK</a> | <a href="https://amazonsurvey.amazon.com/q?c=%s&amp;r=poor">Poor</a></p>
</body></html>
""" % (F, F, F)
msg("f_req", dt("2025-06-04 02:12:50"), TC, ME_P, tc_subj(F), ("html", f_req, "utf-8", "base64"),
    L("info_request", True, F), reply="f_ack")

msg("f_rep", dt("2025-06-04 12:30:02", 9), GUSER_P, TC, "Re: " + tc_subj(F),
    ("text", """Hi Sam,

I never created a Credly account with the company address, so that badge was never accepted.

Tomoya

On Wed, Jun 4, 2025 at 11:12 AM AWS Training and Certification <%s> wrote:
> Hi Tomoya,
>
> Thanks for your patience. Credly places a badge in the wallet that matches the
> certification notification email at the moment the badge is issued.
> [...]
> The Professional badge was issued to your old work address before the merge. Is there a
> Credly account registered under t-kanzaki@nishikaze-sys.co.jp, or was that badge never
> accepted?
""" % SUP, "utf-8", "8bit"), L("user_reply", False, F), reply="f_req", auth_mode=None)

msg("f_hold", dt("2025-06-06 05:33:11"), TC, ME_P, tc_subj(F),
    ("text", """Hi Tomoya,

Thanks, that makes it simpler. I've asked Credly to revoke the pending badge and reissue it to tomoya.kanzaki.p@gmail.com. This now sits with their team, and I'll keep the case pending until they confirm - usually two to three business days. Nothing needed from you meanwhile.

Sam
""", "us-ascii"), L("on_hold", False, F), reply="f_rep")

msg("f_done", dt("2025-06-09 06:02:47"), TC, ME_P, tc_subj(F),
    ("text", """Hi Tomoya,

Credly has reissued the Solutions Architect - Professional badge to tomoya.kanzaki.p@gmail.com; you should receive their email shortly. With that, I'm closing this case as resolved.

Thanks for your patience,
Sam
AWS Training and Certification
""", "us-ascii"), L("resolved", False, F), reply="f_hold")

credly("f_badge", dt("2025-06-09 06:40:19"), "AWS Certified Solutions Architect - Professional")

msg("f_survey", dt("2025-06-10 16:00:00"), "Amazon Web Services <aws-training-survey@amazon.com>", ME_P,
    "Rate your support experience - Case %s" % F,
    ("alt", ("""Hello,

Thank you for contacting AWS Training and Certification about case %s.
Please take a moment to rate your experience: https://amazonsurvey.amazon.com/r?c=%s

This survey will be open for 14 days.
""" % (F, F), "us-ascii", "7bit"),
     ("<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification about case %s.</p><p><a href=\"https://amazonsurvey.amazon.com/r?c=%s\">Rate your experience</a></p><p>This survey will be open for 14 days.</p></body></html>\n" % (F, F), "us-ascii", "7bit")),
    L("survey", False, F))

msg("mkt_en", dt("2025-06-12 15:00:00"), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), GUSER_P,
    "Reserve your seat: AWS Community Day Tokyo",
    ("alt", ("""Hi Tomoya,

AWS Community Day Tokyo is back on July 12. Seats are limited - reply YES to this email and we'll hold one for you.

See the agenda: https://aws.amazon.com/events/community-day/tokyo

To unsubscribe, visit https://pages.awscloud.com/unsubscribe
""", "us-ascii", "7bit"),
     ("<html><body><p>Hi Tomoya,</p><p>AWS Community Day Tokyo is back on July 12. Seats are limited - <b>reply YES</b> to this email and we'll hold one for you.</p></body></html>\n", "us-ascii", "7bit")),
    L("unrelated", False, None))

msg("cm_ben", dt("2025-06-15 02:00:00"), "AWS Certification <do-not-reply@certmetrics.com>", GUSER_P,
    "Your AWS Certification benefits are ready",
    ("text", """Hello Tomoya Kanzaki,

A 50%% discount voucher for your next AWS Certification exam is available in your
AWS Certification Account (Candidate ID %s). It can be used once and expires on
May 12, 2026.

Sign in and open BENEFITS to view the code.

AWS Training and Certification
""" % ID_P, "us-ascii"), L("certification", False, None, [ID_P]))

msg("gh2", dt("2025-06-20 11:08:31"), "github-actions[bot] <notifications@github.com>", GUSER_P,
    "Re: [tkanzaki/dotfiles] Merge work and personal git configs (PR #12)",
    ("text", """Merged #12 into main.

All checks have passed. Please confirm the deployment by reviewing the workflow run.

--
Reply to this email directly, view it on GitHub:
https://github.com/tkanzaki/dotfiles/pull/12#event-10344177
""", "us-ascii"), L("unrelated", False, None))

# =====================================================================
def main():
    for f in os.listdir(OUT):
        if re.match(r"^\d{3}-.*\.(eml|json)$", f):
            os.remove(os.path.join(OUT, f))
    for i, (key, raw, label) in enumerate(MSGS, 1):
        base = "%03d-mail" % i
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(MSGS), "messages")

if __name__ == "__main__":
    main()
