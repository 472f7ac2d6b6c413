#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json next to this script.
Standard library only.  Run: python3 gen.py
"""
import base64, collections, datetime as dt, hashlib, json, os, quopri, re
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "kenta.arisawa.mail@gmail.com"
ME_C = "k-arisawa@hoshizora-tech.co.jp"
ME_NAME = "Kenta Arisawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

CASE_A = "174190233800472"   # merge company -> personal (APN hold)
CASE_B = "174198812300915"   # duplicate form of A
CASE_C = "13926475081"       # two profiles on the same e-mail, badges missing
CASE_D = "9182736450"        # console case: exam benefit missing
CASE_E = "15372946018"       # name on certificate (Japanese thread, reopened)
CASE_Q = "9201345678"        # console case, EC2 quota (not T&C)

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))

CAND_RE = re.compile(r"AWS\d{8}(?!\d)")
MSGS = []
IDS = {}
REFS = {}


def d(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mid(key, domain):
    h = hashlib.sha1(key.encode()).hexdigest()
    if domain == "ses":
        return "<0101%s-%s-%s-000000@email.amazonses.com>" % (h[:12], h[12:20], h[20:28])
    if domain == "gmail":
        return "<CA+%s%s@mail.gmail.com>" % (h[:20].upper(), h[20:30])
    if domain == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:16].upper(), h[16:20].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], domain)


def auth_hdr(to, from_dom, ok=True, dkim_dom=None, spf_dom=None):
    dkim_dom = dkim_dom or from_dom
    spf_dom = spf_dom or from_dom
    if to.endswith("gmail.com"):
        res = "pass" if ok else "fail"
        dm = "pass (p=QUARANTINE sp=QUARANTINE dis=NONE)" if ok else "fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE)"
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       spf=%s (google.com: domain of bounces@%s %s permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s header.from=%s") % (
            res if ok else "fail (signature did not verify)", dkim_dom, "jnsoxz2g", "Qm9" + hashlib.md5(from_dom.encode()).hexdigest()[:5],
            "pass" if ok else "softfail", spf_dom, "designates 54.240.11.87 as" if ok else "does not designate 203.0.113.54 as",
            spf_dom, dm, from_dom)
    res = "pass" if ok else "fail"
    return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (%s) header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s") % (
        res, "54.240.8.31" if ok else "198.51.100.23", spf_dom, res,
        "signature was verified" if ok else "body hash did not verify", dkim_dom, res,
        "none" if ok else "quarantine", from_dom, res if ok else "fail", "100" if ok else "000")


def enc_hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode(linesep="\n")


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)


def body_bytes(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def part(ctype, text, cs, cte):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs, cte)
    b = body_bytes(text, cs, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h.encode("ascii") + b


def add(key, kind, reply, case, date, frm, to, subj, new, quote="", *, html=None, fmt="plain",
        cs="utf-8", cte="quoted-printable", eol="\n", cc=None, irt=None, auth=None, msgid_dom="ses",
        extra=None, note=""):
    """new = author's own text (plain), quote = quoted history (plain).
    html = full html body (for fmt 'html' / 'alt').  For fmt 'html' the candidate IDs are
    taken from `new`, which then holds the plain transcription of the author's own HTML text."""
    m = {}
    msg_id = mid(key, msgid_dom)
    IDS[key] = msg_id
    refs = []
    if irt:
        refs = REFS.get(irt, []) + [IDS[irt]]
    REFS[key] = refs
    hs = []
    if extra and "Return-Path" in extra:
        hs.append(("Return-Path", extra.pop("Return-Path")))
    if auth:
        hs.append(("Authentication-Results", auth))
    hs.append(("Message-ID", msg_id))
    hs.append(("Date", format_datetime(date)))
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", enc_hdr(subj, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8")))
    if irt:
        hs.append(("In-Reply-To", IDS[irt]))
        hs.append(("References", " ".join(refs)))
    for k, v in (extra or {}).items():
        hs.append((k, v))
    hs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) for k, v in hs).encode("ascii")
    text = new + (("\n" + quote) if quote else "")
    if fmt == "plain":
        h2 = "Content-Type: text/plain; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (cs, cte)
        data = head + h2.encode() + body_bytes(text, cs, cte)
    elif fmt == "html":
        h2 = "Content-Type: text/html; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (cs, cte)
        data = head + h2.encode() + body_bytes(html, cs, cte)
    else:
        bnd = "----=_Part_%s" % hashlib.md5(key.encode()).hexdigest()[:20]
        h2 = "Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bnd
        data = head + h2.encode() + b"--" + bnd.encode() + b"\n" + part("text/plain", text, cs, cte) + \
            b"\n--" + bnd.encode() + b"\n" + part("text/html", html, cs, cte) + b"\n--" + bnd.encode() + b"--\n"
    if not data.endswith(b"\n"):
        data += b"\n"
    if eol == "\r\n":
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    m["data"] = data
    m["date"] = date
    m["label"] = {"kind": kind, "needs_reply": reply, "case": case,
                  "candidate_ids": CAND_RE.findall(new)}
    MSGS.append(m)


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def gmail_auth(from_dom, ok=True, **kw):
    return auth_hdr("x@gmail.com", from_dom, ok, **kw)


def o365_auth(from_dom, ok=True, **kw):
    return auth_hdr("x@hoshizora-tech.co.jp", from_dom, ok, **kw)


TC_FROM = addr("AWS Training and Certification", TC)
CON_FROM = addr("Amazon Web Services", CON)
ME_P_FROM = addr(ME_NAME, ME_P)
ME_C_FROM = addr("有沢 健太 / Kenta Arisawa", ME_C)

CONSOLE_FOOT = """To see all correspondence on this case, or to add a reply, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please do not reply to this e-mail: this address cannot accept incoming e-mails.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

SUBJ_A = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
SUBJ_C = "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C
SUBJ_E = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_E

# ---------------------------------------------------------------- messages
# 001 newsletter
add("news1", "unrelated", False, None, d("2025-03-03 07:02", JST),
    addr("Cloud Native Weekly", "digest@cloudnativeweekly.io"), ME_P,
    "Cloud Native Weekly #212: merge queues, Karpenter 1.3, and a case study",
    "", fmt="html", auth=gmail_auth("cloudnativeweekly.io"), msgid_dom="cloudnativeweekly.io",
    html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<h2>Cloud Native Weekly #212</h2>
<p><b>Merge queues at scale.</b> How one team cut CI time by merging pull requests in batches, and what broke when they did.</p>
<p><b>Karpenter 1.3</b> ships disruption budgets per node pool.</p>
<p><b>Case study:</b> closing 400 stale support tickets with one script. Spoiler: they reopened 30.</p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at cloudnativeweekly.io. <a href="https://cloudnativeweekly.io/u/8812">Unsubscribe</a></p>
</td></tr></table></body></html>""")

# 002 certification expiry, Japanese ISO-2022-JP, to company address
add("exp1", "certification", False, None, d("2025-03-04 01:15"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS 認定の有効期限が近づいています",
    """有沢 健太 様

AWS 認定アカウント (AWS 候補 ID: AWS03817254) でお持ちの下記の認定が、まもなく有効期限を迎えます。

  AWS Certified Developer - Associate   有効期限: 2025年5月18日

認定を維持するには、有効期限までに再認定の試験に合格してください。
有効期限を過ぎますと、認定およびデジタルバッジは失効いたします。

再認定の詳細は AWS 認定のウェブサイトをご覧ください。
https://aws.amazon.com/jp/certification/recertification/

AWS 認定チーム
※このメールは送信専用アドレスから送信されています。""",
    cs="iso-2022-jp", cte="7bit", auth=o365_auth("certmetrics.com"), msgid_dom="certmetrics.com")

# 003 colleague, Shift_JIS
add("coll1", "unrelated", False, None, d("2025-03-05 10:41", JST),
    addr("村井 早苗", "s-murai@hoshizora-tech.co.jp"), ME_C,
    "送別会の日程について",
    """有沢さん

お疲れさまです、村井です。
送別会ですが、3/27(木) 19:00〜 で会場を押さえました。
苦手な食べ物があれば今週中に教えてください。

あと、引き継ぎ資料の共有フォルダの件、権限を付けておきました。
確認お願いします。

村井""", cs="shift_jis", cte="base64", msgid_dom="outlook",
    auth=None, extra={"X-MS-Has-Attach": "", "X-MS-TNEF-Correlator": "", "Content-Language": "ja-JP"})

# 004 billing (console sender, not a case)
add("bill1", "unrelated", False, None, d("2025-03-06 09:12"),
    addr("Amazon Web Services", "aws-billing@email.amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 483920175562]",
    """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $4.81

Please see the Bills section of the Billing and Cost Management console to view the details of the charges.

https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.""",
    cte="7bit", auth=gmail_auth("email.amazon.com"))

# 005 Builder ID code
add("otp1", "unrelated", False, None, d("2025-03-07 12:30"),
    addr("AWS", "no-reply@signin.aws"), ME_P, "Verify your AWS Builder ID email address",
    """Hello,

To finish creating your AWS Builder ID, enter this verification code:

    582914

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services""", cte="7bit", auth=gmail_auth("signin.aws"))

# 006 training platform welcome
add("welc1", "unrelated", False, None, d("2025-03-07 12:48"),
    addr("AWS Training and Certification", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Training and Certification",
    """Welcome aboard, Kenta

Your AWS Training and Certification profile is ready. Explore over 600 free digital
courses on AWS Skill Builder, or schedule your next certification exam.

Go to AWS Training and Certification: https://www.aws.training/""",
    fmt="alt", auth=gmail_auth("aws.training"), msgid_dom="aws.training",
    html="""<html><body><h1>Welcome aboard, Kenta</h1><p>Your AWS Training and Certification profile is ready.
Explore over 600 free digital courses on AWS Skill Builder, or schedule your next certification exam.</p>
<p><a href="https://www.aws.training/">Go to AWS Training and Certification</a></p></body></html>""")

# 007 phishing lookalike
add("ph1", "suspicious", False, None, d("2025-03-10 03:22"),
    addr("AWS Certification Support", "support@amazon-certsupport.com"), ME_C,
    "Action required: your AWS Certification account will be deactivated",
    """Dear Candidate,

Our records show two AWS Certification accounts registered to your organisation.
Duplicate accounts are deactivated after 48 hours and all certifications on them are revoked.

To keep your certifications you must verify ownership and approve the account merge:

  https://amazon-certsupport.com/verify?id=AWS03817254

Sign in with your AWS Builder ID e-mail and password. Alternatively reply to this e-mail with
your login e-mail and password and our team will complete the merge for you.

AWS Certification Support Team
Case reference: 8837120045""", cte="7bit",
    auth=o365_auth("amazon-certsupport.com"), msgid_dom="amazon-certsupport.com")

# ---- Case E (Japanese, name on certificate)
E_ACK = """有沢 健太 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース ID: 15372946018

内容を確認のうえ、担当者よりご連絡いたします。通常は 1 営業日以内にご返信しておりますが、
内容によってはお時間をいただく場合がございます。

同じ内容のお問い合わせを新たに送信されますと、回答が遅れる原因となります。
追加の情報がある場合は、このメールに返信してお知らせください。

ご依頼内容:
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
内容: 認定証に表示される氏名のローマ字表記 (Arisawa Kenta) が誤って Arisawa Kennta となっています。修正をお願いします。

AWS トレーニングと認定 カスタマーサービス"""
add("e_ack", "acknowledgement", False, CASE_E, d("2025-03-10 05:03"), TC_FROM, ME_P,
    SUBJ_E, E_ACK, cs="iso-2022-jp", cte="7bit", auth=gmail_auth("amazon.com"))

E_REQ = """有沢様

AWS トレーニングと認定サポートの田村でございます。
このたびはご連絡いただきありがとうございます。

認定記録上の氏名は、本人確認書類の表記と一致している必要がございます。
つきましては、お手数ですが以下の 2 点をご返信いただけますでしょうか。

1. 試験会場でご提示された本人確認書類 (パスポート等) に記載のローマ字氏名
2. 対象の認定アカウントの AWS 候補 ID (AWS から始まる 11 文字)

確認が取れ次第、修正作業を進めさせていただきます。
何卒よろしくお願いいたします。

田村
AWS Training and Certification Customer Service"""
add("e_req", "info_request", True, CASE_E, d("2025-03-11 02:40"), TC_FROM, ME_P,
    "RE:" + SUBJ_E, E_REQ, cs="utf-8", cte="base64", irt="e_ack", auth=gmail_auth("amazon.com"))

add("e_rep1", "user_reply", False, CASE_E, d("2025-03-11 21:14", JST), ME_P_FROM, TC,
    "Re: RE:" + SUBJ_E,
    """田村様

ご連絡ありがとうございます。有沢です。

1. パスポート記載の氏名: ARISAWA KENTA
2. AWS 候補 ID: AWS05521963

よろしくお願いいたします。

有沢 健太""",
    "2025年3月11日(火) 11:40 AWS Training and Certification <" + TC + ">:\n\n" + q(E_REQ),
    cte="base64", irt="e_req", msgid_dom="gmail")

add("gh1", "unrelated", False, None, d("2025-03-12 04:05"),
    addr("Daiki Ono", "notifications@github.com"), ME_P,
    "Re: [hoshizora/infra-modules] Merge the account module into core (PR #212)",
    """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/212#event-16620931
You are receiving this because you authored the thread.""", cte="7bit",
    auth=gmail_auth("github.com"), msgid_dom="github.com",
    extra={"List-ID": "hoshizora/infra-modules <infra-modules.hoshizora.github.com>",
           "X-GitHub-Reason": "author"})

E_RES = """有沢様

田村でございます。
ご提供いただいた情報をもとに、認定記録上の氏名を「Kenta Arisawa」に修正いたしました。
認定アカウントの表示および認定証 PDF への反映には、最大で 24 時間程度かかる場合がございます。

本件について、お客様にご対応いただくことはございません。
ご不明な点がございましたら、本メールへご返信ください。

今後とも AWS トレーニングと認定をよろしくお願いいたします。

田村
AWS Training and Certification Customer Service"""
add("e_res", "resolved", False, CASE_E, d("2025-03-12 06:55"), TC_FROM, ME_P,
    "RE:" + SUBJ_E, E_RES,
    "-----Original Message-----\nFrom: " + ME_P + "\nSent: 2025/03/11 12:14\nSubject: Re: RE:" + SUBJ_E + "\n\n"
    "田村様\n\nご連絡ありがとうございます。有沢です。\n\n1. パスポート記載の氏名: ARISAWA KENTA\n2. AWS 候補 ID: AWS05521963\n\n"
    "-----Original Message-----\n" + E_REQ,
    cs="iso-2022-jp", cte="7bit", irt="e_rep1", auth=gmail_auth("amazon.com"))

add("e_srv", "survey", False, CASE_E, d("2025-03-13 06:55"),
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "How did we do? Your case %s" % CASE_E,
    """Hello,

Your recent request to AWS Training and Certification (case %s) was marked as solved.
Would you take one minute to rate the help you received?

  Very satisfied  https://survey.aws.training/r?c=%s&s=5
  Satisfied       https://survey.aws.training/r?c=%s&s=4
  Neutral         https://survey.aws.training/r?c=%s&s=3
  Dissatisfied    https://survey.aws.training/r?c=%s&s=2

Your answers are anonymous and help us improve. Replies to this message are not monitored.""" % ((CASE_E,) * 5),
    cte="7bit", auth=gmail_auth("amazon.com"))

# ---- Case A opens
A_ACK = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s.

What you sent us:
Inquiry type: Certification
Additional details: Account Merge
Description:
Use case: I will leave Hoshizora Tech at the end of March and my company mailbox will be closed. I want to move my certifications to my personal account.
Email addresses used: k-arisawa@hoshizora-tech.co.jp, kenta.arisawa.mail@gmail.com
Address to keep: kenta.arisawa.mail@gmail.com
Candidate IDs: AWS03817254 (company), AWS05521963 (personal)

A member of our team normally replies within one business day, though some requests take longer to research.
To avoid delays, please keep all correspondence on this case instead of submitting the form again.

Sincerely,
AWS Training and Certification Customer Service""" % CASE_A
add("a_ack", "acknowledgement", False, CASE_A, d("2025-03-13 21:46"), TC_FROM, ME_P,
    SUBJ_A, A_ACK, cte="quoted-printable", auth=gmail_auth("amazon.com"), eol="\r\n")

add("mkt1", "unrelated", False, None, d("2025-03-14 00:10"),
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Registration is open: AWS Summit Japan 2025",
    """Join us in Chiba, 25-26 June

Registration for AWS Summit Japan is now open. Choose from more than 150 sessions,
visit the Expo, and take a certification exam on site with a 50% discount.

Register now: https://aws.amazon.com/jp/summits/japan/

Not interested? Update your communication preferences:
https://pages.awscloud.com/communication-preferences
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109""",
    fmt="alt", auth=gmail_auth("amazon.com"),
    html="""<html><body><table width="640" style="font-family:Helvetica"><tr><td style="background:#232f3e;color:#fff;padding:20px">
<h1>AWS Summit Japan 2025</h1><p>Join us in Chiba, 25-26 June</p></td></tr>
<tr><td><p>Registration for AWS Summit Japan is now open. Choose from more than 150 sessions, visit the Expo,
and take a certification exam on site with a 50% discount.</p><p><a href="https://aws.amazon.com/jp/summits/japan/">Register now</a></p>
<p style="font-size:10px">Not interested? <a href="https://pages.awscloud.com/communication-preferences">Update your communication preferences</a>.</p></td></tr></table></body></html>""")

B_ACK = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged as case %s.

What you sent us:
Inquiry type: Certification
Additional details: Account Merge
Description:
Please merge my certification account k-arisawa@hoshizora-tech.co.jp into kenta.arisawa.mail@gmail.com. I am leaving the company.

A member of our team normally replies within one business day, though some requests take longer to research.
To avoid delays, please keep all correspondence on this case instead of submitting the form again.

Sincerely,
AWS Training and Certification Customer Service""" % CASE_B
add("b_ack", "acknowledgement", False, CASE_B, d("2025-03-14 21:36"), TC_FROM, ME_C,
    SUBJ_B, B_ACK, cte="quoted-printable", auth=o365_auth("amazon.com"))

add("b_fwd", "user_reply", False, CASE_B, d("2025-03-15 06:52", JST), ME_C_FROM, ME_P,
    "FW: " + SUBJ_B,
    """自分用メモ: フォームを会社PCからもう一度送ってしまった。最初のケース (%s) の方で進めるので、
こちらは重複だとサポートに伝える必要があるかも。""" % CASE_A,
    """________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年3月15日 6:36
宛先: k-arisawa@hoshizora-tech.co.jp
件名: %s

%s""" % (TC, SUBJ_B, B_ACK), cte="base64", msgid_dom="outlook", irt="b_ack")

add("b_dup", "case_update", False, CASE_B, d("2025-03-15 03:18"), addr("AWS Training and Certification", TC), ME_C,
    "RE:" + SUBJ_B,
    """Hello Kenta,

I noticed that this request repeats the one you submitted a day earlier, case %s, which is already with our team.
To keep everything in one place I have closed this case and linked it to the earlier one. Your merge request is not affected; all further updates will come through case %s.

Best regards,
Owen
AWS Training and Certification""" % (CASE_A, CASE_A),
    cte="7bit", irt="b_ack", auth=o365_auth("amazon.com"))

A_HOLD1 = """Hi Kenta,

Thank you for your patience. I'm Marisol and I'll be handling your merge request.

While reviewing the two accounts, I found that the certification account registered to
k-arisawa@hoshizora-tech.co.jp is linked to an AWS Partner Network organization (Hoshizora Tech Co., Ltd.).
Certifications on partner-linked accounts count toward the partner's tier, so we are not able to move
them out while the account is still active under the partner. Our partner team has to review the link
before anything else can happen, and I've placed the case on hold in the meantime.

One thing that would help the partner team: are you still employed at Hoshizora Tech, and if so, what is
your last working day?

Kind regards,
Marisol
AWS Training and Certification Customer Service"""
add("a_hold1", "on_hold", True, CASE_A, d("2025-03-16 01:27"), TC_FROM, ME_P,
    "RE:" + SUBJ_A, A_HOLD1, cte="quoted-printable", irt="a_ack", auth=gmail_auth("amazon.com"))

add("zd1", "unrelated", False, None, d("2025-03-16 08:44"),
    addr("Tailwind Hosting Support", "support@tailwindhost.zendesk.com"), ME_P,
    "[Tailwind Hosting] Re: DNS propagation stuck for arisawa.dev (#48213)",
    """##- Please type your reply above this line -##

Your request (48213) has been solved. To reopen this request, reply to this email.

Nadia (Tailwind Hosting)
Mar 16, 2025, 17:44 JST

Hi Kenta, the stale NS record has been removed and arisawa.dev now resolves everywhere.
We've marked the ticket as solved.

[WZ1P7R-K5Q9]""", cte="7bit", auth=gmail_auth("tailwindhost.zendesk.com"), msgid_dom="tailwindhost.zendesk.com")

add("a_rep1", "user_reply", False, CASE_A, d("2025-03-17 08:05", JST), ME_P_FROM, TC,
    "Re: RE:" + SUBJ_A,
    """Hi Marisol,

Yes, I'm still at Hoshizora Tech until March 31, 2025 - that is my last working day, and the
company mailbox will be shut down after that. I'm happy for the partner team to contact my manager if needed.

The company account is AWS03817254.

Thanks,
Kenta Arisawa""",
    "On Sun, Mar 16, 2025 at 10:27 AM AWS Training and Certification <%s> wrote:\n%s" % (TC, q(A_HOLD1)),
    cte="quoted-printable", irt="a_hold1", msgid_dom="gmail")

A_HOLD2 = """Hi Kenta,

Thanks for the quick answer. I've passed your last working day to the AWS Partner Network team, who will
contact the partner administrator at Hoshizora Tech to release the certification record.

Until the partner side has done that, the case stays on hold. There is nothing you need to do right now;
I'll write again as soon as the record is released.

Kind regards,
Marisol"""
add("a_hold2", "on_hold", False, CASE_A, d("2025-03-17 02:11"), TC_FROM, ME_P,
    "RE:" + SUBJ_A, A_HOLD2, cte="7bit", irt="a_rep1", auth=gmail_auth("amazon.com"))

add("ooo1", "unrelated", False, None, d("2025-03-18 09:02", JST),
    addr("西川 拓", "t-nishikawa@hoshizora-tech.co.jp"), ME_C,
    "自動応答: 引き継ぎミーティングの件",
    """お疲れさまです。西川です。
3/18(火)〜3/21(金) は出張のため不在にしております。
メールの確認が遅れますので、お急ぎの場合は 090-XXXX-XXXX までご連絡ください。""",
    cte="base64", msgid_dom="outlook", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("cm_survey", "certification", False, None, d("2025-03-18 16:00"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you",
    """Hello Kenta,

You hold at least one active AWS Certification, and we'd like to hear what you think about the program.
The survey takes about eight minutes and covers exam preparation, benefits and the candidate portal.

Take the survey: https://www.certmetrics.com/amazon/survey/2025q1

If you would rather not be asked, you can switch off survey invitations in your certification profile.

Thank you,
AWS Certification""", cte="7bit", auth=gmail_auth("certmetrics.com"), msgid_dom="certmetrics.com")

# spoof with dmarc=fail using real sender
add("ph2", "suspicious", False, None, d("2025-03-19 11:37"),
    addr("AWS Training and Certification", TC), ME_P,
    "RE:[CASE 174190233800999] [AWS Training and Certification Form Submission] - account-assistance",
    """Hello,

We are ready to merge your certification accounts. Before we continue, we need you to verify the destination
account by signing in through our secure merge portal within 24 hours:

https://aws-training-merge.support-portal.app/confirm?case=174190233800999

Accounts that are not verified in time will be locked and the exam history may be lost.

AWS Training and Certification Customer Service""",
    cte="quoted-printable", msgid_dom="support-portal.app",
    auth=gmail_auth("amazon.com", ok=False, spf_dom="support-portal.app"),
    extra={"Return-Path": "<bounce@support-portal.app>", "Reply-To": "merge-desk@support-portal.app"})

# ---- Case C opens (Japanese-language ack, UTF-8 base64)
C_ACK = """有沢 健太 様

お問い合わせありがとうございます。ケース 13926475081 を作成いたしました。

お問い合わせ内容:
以下のアカウントはどちらもメールアドレス kenta.arisawa.mail@gmail.com で登録されています。
(1) AWS05521963 (2) AWS05529110
誤って (2) を作成してしまったため、Credly にバッジが表示されません。(1) への統合をお願いします。

担当者が内容を確認のうえ、原則として 24 時間以内にご連絡いたします。
同一のご依頼で別のお問い合わせを作成されますと、対応が重複し遅れることがございます。

AWS トレーニングと認定"""
add("c_ack", "acknowledgement", False, CASE_C, d("2025-03-19 13:02"), TC_FROM, ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_C,
    C_ACK, cte="base64", auth=gmail_auth("amazon.com"))

C_REQ_TXT = """Hello,

My name is Tobias and I'm looking into your badge issue.

When two certification profiles share one e-mail address, Credly can only connect to one of them, which is why the
badges are not showing. Before I can raise the merge with our certification operations team I need the candidate ID
of each profile as it appears at the top right of the certification portal, and which of the two holds your
exam history.

Tobias
AWS Training and Certification"""
add("c_req", "info_request", True, CASE_C, d("2025-03-20 18:20"), TC_FROM, ME_P,
    "RE: " + SUBJ_C, C_REQ_TXT, fmt="html", cte="quoted-printable", irt="c_ack", auth=gmail_auth("amazon.com"),
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Amazon Ember,Arial;font-size:14px">
<p>Hello,</p>
<p>My name is Tobias and I&#39;m looking into your badge issue.</p>
<p>When two certification profiles share one e-mail address, Credly can only connect to one of them, which is why the
badges are not showing. Before I can raise the merge with our certification operations team I need the
<b>candidate ID of each profile</b> as it appears at the top right of the certification portal, and which of the two
holds your exam history.</p>
<p>Tobias<br>AWS Training and Certification</p>
<table style="border-top:1px solid #ccc;font-size:11px;color:#666"><tr><td>Case ID</td><td>13926475081</td></tr>
<tr><td>Status</td><td>Pending customer action</td></tr></table>
</div></body></html>""")

add("sb1", "unrelated", False, None, d("2025-03-20 23:59"),
    addr("AWS Skill Builder", "no-reply@skillbuilder.aws"), ME_P,
    "Your AWS Skill Builder receipt",
    """Thank you for your purchase.

Order ID: SB-2025-0320-77145
Plan: AWS Skill Builder Individual subscription (monthly)
Amount: USD 29.00
Billing period: Mar 21, 2025 - Apr 20, 2025

Manage your subscription: https://skillbuilder.aws/subscription

This receipt was sent to kenta.arisawa.mail@gmail.com. Questions about billing? Visit the help center.""",
    cte="7bit", auth=gmail_auth("skillbuilder.aws"), msgid_dom="skillbuilder.aws")

add("a_lift", "case_update", False, CASE_A, d("2025-03-21 00:48"), TC_FROM, ME_P,
    "RE:" + SUBJ_A,
    """Hi Kenta,

Good news: the partner administrator at Hoshizora Tech has released your certification record, so the hold on this
case is lifted. I'm now lining up both accounts for the merge and will be in touch shortly with the details.

Kind regards,
Marisol""", cte="7bit", irt="a_hold2", auth=gmail_auth("amazon.com"))

A_CONF_TXT = """Hi Kenta,

I've located both certification accounts:

Account #1
Login email: kenta.arisawa.mail@gmail.com
Training notification email: kenta.arisawa.mail@gmail.com
Certification notification email: kenta.arisawa.mail@gmail.com

Account #2
Login email: k-arisawa@hoshizora-tech.co.jp
Training notification email: k-arisawa@hoshizora-tech.co.jp
Certification notification email: k-arisawa@hoshizora-tech.co.jp

After the merge only one account remains; the other is deactivated and its history moves over.
Could you confirm that both accounts belong to you and that Account #1 is the one to keep?

Kind regards,
Marisol
AWS Training and Certification Customer Service"""
A_CONF_HTML = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hi Kenta,</p><p>I&#39;ve located both certification accounts:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kenta.arisawa.mail@gmail.com</td><td>k-arisawa@hoshizora-tech.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenta.arisawa.mail@gmail.com</td><td>k-arisawa@hoshizora-tech.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenta.arisawa.mail@gmail.com</td><td>k-arisawa@hoshizora-tech.co.jp</td></tr>
</table>
<p>After the merge only one account remains; the other is deactivated and its history moves over.
Could you confirm that both accounts belong to you and that Account #1 is the one to keep?</p>
<p>Kind regards,<br>Marisol<br>AWS Training and Certification Customer Service</p></body></html>"""
add("a_conf", "confirmation_request", True, CASE_A, d("2025-03-21 01:30"), TC_FROM, ME_P,
    "RE:" + SUBJ_A, A_CONF_TXT, fmt="alt", html=A_CONF_HTML, cte="quoted-printable", irt="a_lift",
    auth=gmail_auth("amazon.com"))

add("pv1", "unrelated", False, None, d("2025-03-22 02:15"),
    addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Appointment Confirmation - CompTIA Security+",
    """Dear Kenta Arisawa,

Thank you for scheduling your exam with Pearson VUE.

Registration ID: 482915736
Exam: SY0-701 CompTIA Security+
Date: Saturday, April 19, 2025, 10:00 AM JST
Location: Pearson Professional Centers-Tokyo

Please arrive 15 minutes early with two forms of identification. To reschedule or cancel,
sign in to your account at least 24 hours before your appointment.

Pearson VUE""", cte="7bit", auth=gmail_auth("pearson.com"), msgid_dom="pearson.com")

C_REP = """Hi Tobias,

Here are the two candidate IDs:

- AWS05521963 - this is the one with all my exam history (keep this one)
- AWS05529110 - created by mistake last year, nothing on it

Both are under kenta.arisawa.mail@gmail.com.

Thanks,
Kenta"""
add("c_rep", "user_reply", False, CASE_C, d("2025-03-23 10:12", JST), ME_P_FROM, TC,
    "Re: RE: " + SUBJ_C, C_REP,
    "On Fri, Mar 21, 2025 at 3:20 AM AWS Training and Certification <%s> wrote:\n%s" % (TC, q(C_REQ_TXT)),
    cte="quoted-printable", irt="c_req", msgid_dom="gmail")

add("c_upd1", "case_update", False, CASE_C, d("2025-03-24 04:41"), TC_FROM, ME_P,
    "RE: " + SUBJ_C,
    """Hello Kenta,

Thank you, that is exactly what I needed. I have handed the merge of AWS05529110 into AWS05521963 to our
certification operations team. Their queue is long at the moment, so expect three to five business days.
No further action is required from you at this time.

Tobias""", "\n" + q(C_REP), cte="7bit", irt="c_rep", auth=gmail_auth("amazon.com"))

A_CLOSE = """Hello Kenta,

We wrote to you on 21 March asking you to confirm the accounts to be merged, and we haven't received an answer yet.

If we don't hear back within three business days, this case will be closed automatically. Simply replying to this
message will keep it open - there is no need to submit a new request.

Regards,
AWS Training and Certification Customer Service"""
add("a_close", "closing_notice", True, CASE_A, d("2025-03-24 07:00"), TC_FROM, ME_P,
    "RE:" + SUBJ_A, A_CLOSE,
    "\n---------- Previous message ----------\n" + A_CONF_TXT, cte="quoted-printable", irt="a_conf",
    auth=gmail_auth("amazon.com"))

add("mkt2", "unrelated", False, None, d("2025-03-24 08:00"),
    addr("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【ご案内】AWS Innovate オンラインカンファレンス 開催のお知らせ",
    """AWS Innovate は、AWS の最新サービスやベストプラクティスをオンラインで学べる無料のカンファレンスです。

開催日: 2025年4月24日(木)
参加費: 無料 (事前登録制)

お申し込みはこちら: https://aws.amazon.com/jp/events/aws-innovate/

ご質問がございましたら、お気軽にお問い合わせください。
配信停止をご希望の方は、こちらから設定を変更いただけます。
アマゾン ウェブ サービス ジャパン合同会社""",
    fmt="alt", cte="base64", auth=gmail_auth("amazon.com"),
    html="""<html><body><h2>AWS Innovate オンラインカンファレンス</h2><p>AWS の最新サービスやベストプラクティスをオンラインで学べる無料のカンファレンスです。</p>
<p>開催日: 2025年4月24日(木)<br>参加費: 無料 (事前登録制)</p><p><a href="https://aws.amazon.com/jp/events/aws-innovate/">お申し込みはこちら</a></p>
<p style="font-size:10px">ご質問がございましたら、お気軽にお問い合わせください。配信停止をご希望の方は<a href="#">こちら</a>。</p></body></html>""")

# owner replies from the company address (wrong address)
A_REP_WRONG = """Confirmed. Please merge to Account #1.

Kenta Arisawa
Hoshizora Tech Co., Ltd. | Cloud Infrastructure Group"""
add("a_rep_wrong", "user_reply", False, CASE_A, d("2025-03-25 09:31", JST), ME_C_FROM, TC,
    "RE: RE:" + SUBJ_A, A_REP_WRONG,
    """
-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Monday, March 24, 2025 4:00 PM
To: kenta.arisawa.mail@gmail.com
Subject: RE:%s

%s""" % (TC, SUBJ_A, A_CLOSE), cte="base64", irt="a_close", msgid_dom="outlook", eol="\r\n")

A_WRONG = """Hi Kenta,

Thanks for getting back to us. Your confirmation reached us from k-arisawa@hoshizora-tech.co.jp, which is the account
being merged away rather than the contact address on this case. To protect your records we can only act on a
confirmation sent from kenta.arisawa.mail@gmail.com.

Please reply to this message from that address, confirming once more that Account #1 should be kept.

Kind regards,
Marisol"""
add("a_wrong", "info_request", True, CASE_A, d("2025-03-25 02:03"), TC_FROM, addr(ME_NAME, ME_P),
    "RE:" + SUBJ_A, A_WRONG, cc=ME_C, cte="7bit", irt="a_rep_wrong", auth=gmail_auth("amazon.com"))

A_REP_OK = """Hello Marisol,

Sending this from my personal address as requested.
Confirmed: both accounts are mine. Please keep Account #1 (AWS05521963) and merge Account #2 (AWS03817254) into it.

Best,
Kenta"""
add("a_rep_ok", "user_reply", False, CASE_A, d("2025-03-25 11:20", JST), ME_P_FROM, TC,
    "Re: RE:" + SUBJ_A, A_REP_OK,
    "On Tue, Mar 25, 2025 at 11:03 AM AWS Training and Certification <%s> wrote:\n%s" % (TC, q(A_WRONG)),
    cte="quoted-printable", irt="a_wrong", msgid_dom="gmail")

add("a_autoack", "acknowledgement", False, CASE_A, d("2025-03-25 02:20"),
    addr("AWS Training and Certification", TC), ME_P,
    "RE:" + SUBJ_A,
    """This is an automated message.

We've added your e-mail to case %s. The agent handling your case will read it and respond.
There is no need to send it again or to open another case.

AWS Training and Certification Customer Service""" % CASE_A,
    cte="7bit", irt="a_rep_ok", auth=gmail_auth("amazon.com"), extra={"Auto-Submitted": "auto-replied"})

A_RES = """Hi Kenta,

All done - I've merged Account #2 into Account #1. Your exam history, active certifications and benefits now sit
under kenta.arisawa.mail@gmail.com, and the old company login no longer works. Digital badges are re-issued
automatically; they usually show up in Credly within a day.

I'm marking this case as resolved. If anything looks wrong when you sign in, you can reply here.

Kind regards,
Marisol
AWS Training and Certification Customer Service"""
add("a_res", "resolved", False, CASE_A, d("2025-03-25 05:47"), TC_FROM, ME_P,
    "RE:" + SUBJ_A, A_RES,
    """
From: %s
Sent: 3/25/2025 2:20 AM
Subject: Re: RE:%s
%s

From: AWS Training and Certification
Sent: 3/21/2025 1:30 AM
%s""" % (ME_P, SUBJ_A, A_REP_OK, A_CONF_TXT), fmt="alt", cte="quoted-printable", irt="a_rep_ok",
    auth=gmail_auth("amazon.com"),
    html="<html><body><div>" + A_RES.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) +
    "</div><hr><div style='color:#555'><b>From:</b> " + ME_P + "<br><p>" + A_REP_OK.replace("\n", "<br>") +
    "</p><hr><b>From:</b> AWS Training and Certification<br>" + A_CONF_HTML[A_CONF_HTML.index("<p>"):A_CONF_HTML.rindex("</body>")] +
    "</div></body></html>")

BADGE_HTML = """<html><body style="background:#f4f4f4"><table align="center" width="600" style="background:#fff;font-family:Helvetica">
<tr><td style="padding:24px"><img src="https://images.credly.com/size/340x340/images/%s/image.png" width="120" alt="badge"></td></tr>
<tr><td style="padding:0 24px"><h2>Kenta, you earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept your badge</a></p>
<p style="font-size:11px;color:#777">Credly, Inc. | 免責事項 | You received this email because a badge was issued to kenta.arisawa.mail@gmail.com.</p></td></tr></table></body></html>"""
add("bd1", "badge", False, None, d("2025-03-25 06:12"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge",
    "Kenta, you earned a badge! Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.",
    fmt="html", cte="base64", auth=gmail_auth("credly.com"), msgid_dom="credly.com",
    html=BADGE_HTML % ("7f5c1b3e-2a44-4c1c-9d0e-21a9b0c3f611", "AWS Certified Solutions Architect - Associate", "e3b9a1f0-6d2c-47aa-8f51-0c2b77a9d402"))
add("bd2", "badge", False, None, d("2025-03-25 06:13"), addr("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a new badge",
    "Kenta, you earned a badge! Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.",
    fmt="html", cte="base64", auth=gmail_auth("credly.com"), msgid_dom="credly.com",
    html=BADGE_HTML % ("b0a4c2d1-91e3-4f0b-8c57-6a1e2d9f3b80", "AWS Certified Developer - Associate", "5a6d0e27-c81b-4e92-a3f0-77d14be1c935"))

add("a_srv", "survey", False, CASE_A, d("2025-03-26 05:47"),
    addr("AWS Training and Certification", "aws-tc-feedback@amazon.com"), ME_P,
    "Tell us about your experience with case %s" % CASE_A,
    """Hi Kenta,

Marisol recently worked with you on case %s. We'd love to know how it went.

How satisfied are you with the support you received?
https://survey.aws.training/r?c=%s

It's three questions and takes under a minute.

AWS Training and Certification""" % (CASE_A, CASE_A), fmt="alt", cte="quoted-printable",
    auth=gmail_auth("amazon.com"),
    html="""<html><body><p>Hi Kenta,</p><p>Marisol recently worked with you on case %s. We&#39;d love to know how it went.</p>
<p>How satisfied are you with the support you received?</p>
<p><a href="https://survey.aws.training/r?c=%s&s=1">&#9733;</a> <a href="https://survey.aws.training/r?c=%s&s=2">&#9733;&#9733;</a>
<a href="https://survey.aws.training/r?c=%s&s=3">&#9733;&#9733;&#9733;</a> <a href="https://survey.aws.training/r?c=%s&s=4">&#9733;&#9733;&#9733;&#9733;</a>
<a href="https://survey.aws.training/r?c=%s&s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></p>
<p>It&#39;s three questions and takes under a minute.</p><p>AWS Training and Certification</p></body></html>""" % ((CASE_A,) * 6))

add("ph3", "suspicious", False, None, d("2025-03-26 14:09"),
    addr("Credly", "notify@credly-badges.net"), ME_P,
    "Your badge could not be accepted - action needed",
    """Hi Kenta,

Your AWS badge "AWS Certified Solutions Architect - Associate" failed to transfer after your account merge.
To reclaim it, sign in with your AWS Builder ID e-mail and password here:

https://credly-badges.net/reclaim?u=kenta.arisawa.mail

Unclaimed badges are permanently deleted after 72 hours.

The Credly Team""", cte="7bit", auth=gmail_auth("credly-badges.net"), msgid_dom="credly-badges.net")

add("gha1", "unrelated", False, None, d("2025-03-27 02:30"),
    addr("GitHub", "notifications@github.com"), ME_P,
    "[hoshizora/infra-modules] Run failed: deploy - main (a41c9e2)",
    """deploy: All jobs have failed

View workflow run: https://github.com/hoshizora/infra-modules/actions/runs/13988201544

  plan   failed in 41s
  apply  skipped

You are receiving this because you are subscribed to this thread.""", cte="7bit",
    auth=gmail_auth("github.com"), msgid_dom="github.com",
    extra={"X-GitHub-Reason": "ci_activity"})

add("a_fwd", "user_reply", False, CASE_A, d("2025-03-28 09:15", JST), ME_C_FROM,
    addr("村井 早苗", "s-murai@hoshizora-tech.co.jp"),
    "FW: RE:" + SUBJ_A,
    """村井さん

退職手続きの件で共有です。会社アドレスで持っていた AWS 認定は個人アカウント側へ統合済みです。
パートナー側の認定者数の集計からは外れると思うので、APN 担当の方にもお伝えいただけると助かります。

有沢""",
    """-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Tuesday, March 25, 2025 2:47 PM
To: kenta.arisawa.mail@gmail.com
Subject: RE:%s

%s""" % (TC, SUBJ_A, A_RES), cs="iso-2022-jp", cte="7bit", irt="a_res", msgid_dom="outlook", eol="\r\n")

# ---- Case D (console)
D_ACK = """Hello,

We have opened case %s on your behalf.

The details of your case:

Case ID: %s
Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After my two certification accounts were merged (case %s), the 50%% exam discount voucher that
was on my old account no longer appears under Benefits.

%s""" % (CASE_D, CASE_D, CASE_A, CONSOLE_FOOT % CASE_D)
add("d_ack", "acknowledgement", False, CASE_D, d("2025-03-28 03:40"), CON_FROM, ME_P,
    "Amazon Web Services: New Support case: %s" % CASE_D, D_ACK, cte="quoted-printable",
    auth=gmail_auth("amazon.com"))

D_REQ = """Hello,

Thank you for contacting AWS Support.

Benefits are tied to the certification that earned them, and when two accounts are merged an unused voucher
is normally carried over. In your case the voucher record did not come across, so I'd like to trace it.

Could you let us know roughly when the voucher was issued, which certification earned it, and whether you
started a purchase with it before the merge? Once we have that I can ask the benefits team to restore it.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Haruto K.
Amazon Web Services"""
add("d_req", "info_request", True, CASE_D, d("2025-03-29 01:05"), CON_FROM, ME_P,
    "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_D, D_REQ,
    "\n" + CONSOLE_FOOT % CASE_D, cte="quoted-printable", auth=gmail_auth("amazon.com"))

add("quota", "unrelated", False, None, d("2025-03-29 06:50"), CON_FROM, ME_P,
    "RE:[CASE %s] Limit Increase: EC2 Instances" % CASE_Q,
    """Hello,

Thank you for your service quota request for Running On-Demand Standard instances in ap-northeast-1.

To process an increase of this size we need a little more detail about the workload: what instance types
you plan to run, the expected peak number of vCPUs, and whether the usage is for production or testing.

Please reply through the Support Center so the service team can review your request.

Best regards,
Ravi P.
Amazon Web Services
""", "\n" + CONSOLE_FOOT % CASE_Q + "\n[AWS ID 483920175562]", cte="quoted-printable", auth=gmail_auth("amazon.com"))

add("recert", "certification", False, None, d("2025-03-30 04:00"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    """Hello Kenta Arisawa,

You have successfully recertified AWS Certified Developer - Associate.

Candidate ID: AWS05521963
Validation number: 8QZ4T1MJXB11QL3W
New expiration date: March 29, 2028

Your digital badge and certificate will be updated in the next few days. Download your certificate from the
AWS Certification account at any time.

AWS Certification""", fmt="alt", cte="7bit", auth=gmail_auth("certmetrics.com"), msgid_dom="certmetrics.com",
    html="""<html><body><p>Hello Kenta Arisawa,</p><p>You have successfully recertified <b>AWS Certified Developer - Associate</b>.</p>
<table><tr><td>Candidate ID:</td><td>AWS05521963</td></tr><tr><td>Validation number:</td><td>8QZ4T1MJXB11QL3W</td></tr>
<tr><td>New expiration date:</td><td>March 29, 2028</td></tr></table>
<p>Your digital badge and certificate will be updated in the next few days. Download your certificate from the AWS Certification account at any time.</p>
<p>AWS Certification</p></body></html>""")

add("hr1", "unrelated", False, None, d("2025-03-31 17:30", JST),
    addr("人事部", "hr@hoshizora-tech.co.jp"), ME_C,
    "【最終出社日】アカウント停止のお知らせ",
    """有沢 健太 様

本日をもちまして、社内システムのアカウントを停止いたします。
メールボックス (k-arisawa@hoshizora-tech.co.jp) は 4/1 0:00 に無効化され、以降の受信メールは差出人へ返送されます。
長い間お疲れさまでした。

人事部""", cs="shift_jis", cte="8bit", msgid_dom="outlook")

add("c_upd2", "case_update", False, CASE_C, d("2025-03-31 09:10"), TC_FROM, ME_P,
    "RE: " + SUBJ_C,
    """有沢様

AWS トレーニングと認定の Tobias です。
ケース 13926475081 につきましては、現在も認定運用チームにて統合作業の準備を進めております。
お待たせしており申し訳ございません。現時点でお客様に追加でご対応いただくことはございません。
進捗がございましたら、改めてご連絡いたします。

Tobias""", cte="base64", irt="c_upd1", auth=gmail_auth("amazon.com"))

D_CLOSE = """Hello,

We haven't heard back from you regarding case %s. If we don't receive a response in the next 3 days, this
case will be resolved automatically. You can keep it open by adding a reply through the Support Center link below.

Best regards,
Amazon Web Services""" % CASE_D
add("d_close", "closing_notice", True, CASE_D, d("2025-04-01 01:05"), CON_FROM, ME_P,
    "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_D, D_CLOSE,
    "\n" + CONSOLE_FOOT % CASE_D, cte="7bit", auth=gmail_auth("amazon.com"))

C_CONF = """有沢様

いつもお世話になっております。AWS トレーニングと認定の Tobias でございます。
認定運用チームでの準備が整いましたので、統合の最終確認をお願いいたします。

■ アカウント #1
  ログイン用メールアドレス: kenta.arisawa.mail@gmail.com
  AWS 候補 ID: AWS05521963
  試験履歴: あり (認定 3 件)

■ アカウント #2
  ログイン用メールアドレス: kenta.arisawa.mail@gmail.com
  AWS 候補 ID: AWS05529110
  試験履歴: なし

アカウント #1 を残し、#2 を統合するという内容でお間違いないか、ご確認いただけますでしょうか。
ご返信をいただき次第、作業を実施いたします。

何卒よろしくお願い申し上げます。
Tobias"""
add("c_conf", "confirmation_request", True, CASE_C, d("2025-04-02 00:35"), TC_FROM, ME_P,
    "RE: " + SUBJ_C, C_CONF, cs="shift_jis", cte="base64", irt="c_upd2", auth=gmail_auth("amazon.com"))

C_REP2 = """Tobias 様

ご確認ありがとうございます。
はい、アカウント #1 (AWS05521963) を残して統合してください。

有沢"""
add("c_rep2", "user_reply", False, CASE_C, d("2025-04-02 10:02", JST), ME_P_FROM, TC,
    "Re: RE: " + SUBJ_C, C_REP2,
    "2025年4月2日(水) 9:35 AWS Training and Certification <%s>:\n\n%s" % (TC, q(C_CONF)),
    cc=ME_C, cte="base64", irt="c_conf", msgid_dom="gmail")

add("bounce1", "unrelated", False, CASE_C, d("2025-04-02 10:02", JST),
    addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)",
    """** Address not found **

Your message wasn't delivered to k-arisawa@hoshizora-tech.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k-arisawa@hoshizora-tech.co.jp not found by SMTP address lookup""",
    """
----- Original message -----

From: Kenta Arisawa <%s>
To: %s
Cc: %s
Subject: Re: RE: %s

%s""" % (ME_P, TC, ME_C, SUBJ_C, C_REP2), cte="base64", msgid_dom="gmail", irt="c_rep2",
    extra={"Auto-Submitted": "auto-replied"})

add("d_got", "acknowledgement", False, CASE_D, d("2025-04-02 12:40"), CON_FROM, ME_P,
    "Amazon Web Services: Support case %s has been updated" % CASE_D,
    """Hello,

We've received your correspondence on case %s. The case status has changed to "Pending Amazon Action".
We'll follow up in the Support Center once there is an update.

%s""" % (CASE_D, CONSOLE_FOOT % CASE_D), cte="7bit", auth=gmail_auth("amazon.com"))

add("d_upd", "case_update", False, CASE_D, d("2025-04-03 03:15"), CON_FROM, ME_P,
    "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_D,
    """Hello,

Thanks for the details. The voucher you describe (issued in November 2024 for AWS Certified Solutions Architect -
Associate) was indeed left on the deactivated account. I've raised it with the certification benefits team,
which owns voucher records, and I'm waiting on them. I'll post an update here as soon as they reply.

Best regards,
Haruto K.
Amazon Web Services""", "\n" + CONSOLE_FOOT % CASE_D, cte="quoted-printable", auth=gmail_auth("amazon.com"))

add("edu1", "unrelated", False, None, d("2025-04-03 06:22"),
    addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P,
    "RE:[CASE 174366512700218] [AWS Educate Form Submission] - account-access",
    """Hello,

Thank you for contacting AWS Educate. To restore access to the learner account, please confirm the school e-mail
address you originally registered with and the approximate date you joined.

Best,
Sofia
AWS Educate Support""", cte="7bit", auth=gmail_auth("amazon.com"))

C_RES = """Hello Kenta,

The merge is complete. AWS05529110 has been folded into AWS05521963, so your certification account now has a single
profile under kenta.arisawa.mail@gmail.com. Credly should pick up your badges within 24 hours; if you had a Credly
account linked before, no extra step is needed.

If you have anything to add, just reply to this email. Otherwise, no further action is needed and this case is now closed.

Tobias
AWS Training and Certification"""
add("c_res", "resolved", False, CASE_C, d("2025-04-04 02:10"), TC_FROM, ME_P,
    "RE: " + SUBJ_C, C_RES,
    "\n\n-----Original Message-----\n" + C_REP2 + "\n\n-----Original Message-----\n" + C_CONF,
    cte="quoted-printable", irt="c_rep2", auth=gmail_auth("amazon.com"))

add("bd3", "badge", False, None, d("2025-04-04 21:00"), addr("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Cloud Practitioner badge",
    """Hi Kenta,

You have a badge from Amazon Web Services Training and Certification waiting for you.
Accept it to share it on LinkedIn or add it to your email signature.

Accept badge: https://www.credly.com/earner/earned/badge/0c81f2d6-4a7b-4d3e-9e10-93b5a2f7c6e4

Credly""", cte="7bit", auth=gmail_auth("credly.com"), msgid_dom="credly.com")

add("ph4", "suspicious", False, None, d("2025-04-05 03:48"),
    addr("Pearson VUE", "no-reply@pearsonvue-scheduling.info"), ME_P,
    "Your exam appointment has been cancelled - payment failed",
    """Dear Candidate,

We were unable to charge your card for the exam appointment (registration 482915736).
Your appointment will be cancelled unless you update your payment details today:

https://pearsonvue-scheduling.info/billing/update

Pearson VUE Customer Service""", cte="7bit", auth=gmail_auth("pearsonvue-scheduling.info"),
    msgid_dom="pearsonvue-scheduling.info")

add("news2", "unrelated", False, None, d("2025-04-05 13:00", JST),
    addr("connpass", "no-reply@connpass.com"), ME_P,
    "JAWS-UG 東京 #58 の参加登録が完了しました",
    """有沢 健太 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 「認定資格とキャリア」
日時: 2025/04/17(木) 19:00〜21:00
会場: 目黒セントラルスクエア

受付票: https://connpass.com/event/349120/ticket/

※キャンセルされる場合はイベントページからお手続きください。""",
    fmt="alt", cte="quoted-printable", msgid_dom="connpass.com", auth=gmail_auth("connpass.com"),
    html="""<html><body><p>有沢 健太 さん</p><p>以下のイベントへの参加登録が完了しました。</p>
<p><b>JAWS-UG 東京 #58 「認定資格とキャリア」</b><br>日時: 2025/04/17(木) 19:00〜21:00<br>会場: 目黒セントラルスクエア</p>
<p><a href="https://connpass.com/event/349120/ticket/">受付票を表示</a></p></body></html>""")

D_RES = """Hello,

Good news - the certification benefits team has restored your 50% exam discount voucher. It is now listed under
Benefits in your certification account and keeps its original expiry date (November 14, 2025).

As the issue is fixed, I'll set this case to resolved. It can be reopened from the Support Center for 14 days.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Haruto K.
Amazon Web Services"""
add("d_res", "resolved", False, CASE_D, d("2025-04-07 00:40"), CON_FROM, ME_P,
    "RE:[CASE %s] Exam discount benefit missing after account merge" % CASE_D, D_RES,
    "\n" + CONSOLE_FOOT % CASE_D, cte="quoted-printable", auth=gmail_auth("amazon.com"))

add("d_srv", "survey", False, CASE_D, d("2025-04-07 00:42"), CON_FROM, ME_P,
    "Amazon Web Services: How was your support experience? (Case %s)" % CASE_D,
    "", fmt="html", cte="base64", auth=gmail_auth("amazon.com"),
    html="""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your support case <b>%s</b> (Exam discount benefit missing after account merge) was recently resolved.</p>
<p>Please take a moment to tell us how we did. Your feedback goes directly to the AWS Support team.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?caseId=%s">Rate your experience</a></p>
<p style="font-size:11px;color:#666">This address cannot accept incoming e-mails.</p></body></html>""" % (CASE_D, CASE_D))

# ---- Case E reopened
E_REOPEN = """田村様

お世話になっております。有沢です。
氏名の修正ありがとうございました。認定アカウント上の表示は直っていたのですが、
ダウンロードした認定証 PDF は、まだ「Kennta」のままになっています。
お手数ですが、再度ご確認いただけますか。

有沢"""
add("e_reopen", "user_reply", False, CASE_E, d("2025-04-08 20:15", JST), ME_P_FROM, TC,
    "Re: RE:" + SUBJ_E, E_REOPEN,
    "2025年3月12日(水) 15:55 AWS Training and Certification <%s>:\n\n%s" % (TC, q(E_RES)),
    cte="base64", irt="e_res", msgid_dom="gmail")

add("e_upd", "case_update", False, CASE_E, d("2025-04-09 01:30"), TC_FROM, ME_P,
    "RE:" + SUBJ_E,
    """有沢様

田村でございます。ご連絡ありがとうございます。
本ケースを再開し、認定証の再発行について担当部署へ確認を依頼いたしました。
回答があり次第、あらためてご案内いたしますので、今しばらくお待ちくださいませ。

田村""", cs="iso-2022-jp", cte="7bit", irt="e_reopen", auth=gmail_auth("amazon.com"))

add("atl1", "unrelated", False, None, d("2025-04-09 07:25"),
    addr("Atlassian Support", "support@atlassian.com"), ME_P,
    "Your case CA-918273 is awaiting your response",
    """Hi Kenta,

We're still waiting to hear from you about "Confluence space export times out".
Could you attach the support zip from your instance so we can continue? If we don't hear back in 5 days,
we'll close this case; you can reopen it any time by replying.

Atlassian Support""", cte="7bit", auth=gmail_auth("atlassian.com"), msgid_dom="atlassian.com")

E_REQ2 = """Hi Kenta,

This is Grace from the certification records team, following up for Tamura on your case.

The certificate PDF is generated from a cached copy of your profile, which is refreshed only when you sign in
again after a name change. I've cleared the cache on our side. For the new PDF to be built, sign out of the
certification portal completely, sign back in, open Account, and tell us exactly how your name is shown there -
including spacing and capital letters - so we can check it against the record before regenerating.

Thanks,
Grace
AWS Training and Certification"""
add("e_req2", "info_request", True, CASE_E, d("2025-04-10 04:02", PDT), TC_FROM, ME_P,
    "RE:" + SUBJ_E, E_REQ2, fmt="alt", cte="quoted-printable", irt="e_upd", auth=gmail_auth("amazon.com"), eol="\r\n",
    html="<html><body><p>" + E_REQ2.replace("\n\n", "</p><p>").replace("\n", " ") + "</p></body></html>")

E_CLOSED = """Hi Kenta,

We asked on April 10 for the name shown on your Account page and haven't had a reply, so this case has now been
closed. If you still need the certificate regenerated, reply to this message within the next 14 days and the
case will be reopened automatically with your history intact.

AWS Training and Certification"""
add("e_closed", "closing_notice", True, CASE_E, d("2025-04-14 04:10"), TC_FROM, ME_P,
    "RE:" + SUBJ_E, E_CLOSED, fmt="html", cte="base64", irt="e_req2", auth=gmail_auth("amazon.com"),
    html="""<html><body style="font-family:Arial;font-size:13px"><p>Hi Kenta,</p>
<p>We asked on April 10 for the name shown on your Account page and haven&#39;t had a reply, so this case has now been closed.
If you still need the certificate regenerated, reply to this message within the next 14 days and the case will be reopened
automatically with your history intact.</p><p>AWS Training and Certification</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">""" +
    E_REQ2.replace("\n\n", "</p><p>").join(["<p>", "</p>"]) + "</blockquote></body></html>")

add("ph5", "suspicious", False, None, d("2025-04-14 09:33"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification has been suspended",
    """Hello,

A policy violation was detected during your last exam (Candidate ID AWS05521963). Your certifications are suspended
until you reply to this message with a scan of your photo ID and the card used to pay for the exam.

AWS Certification Compliance""", cte="7bit",
    auth=gmail_auth("certmetrics.com", ok=False, spf_dom="mail-secure-relay.top"),
    msgid_dom="mail-secure-relay.top", extra={"Return-Path": "<root@mail-secure-relay.top>"})

E_REP3 = """Hi Grace,

Sorry for the slow reply. After signing out and back in, the Account page shows: "Kenta Arisawa" (first name
Kenta, last name Arisawa, normal capitalisation, one space).

Kenta"""
add("e_rep3", "user_reply", False, CASE_E, d("2025-04-15 07:48", JST), ME_P_FROM, TC,
    "Re: RE:" + SUBJ_E, E_REP3,
    "On Mon, Apr 14, 2025 at 1:10 PM AWS Training and Certification <%s> wrote:\n%s" % (TC, q(E_CLOSED)),
    cte="quoted-printable", irt="e_closed", msgid_dom="gmail")

add("e_res2", "resolved", False, CASE_E, d("2025-04-15 23:05"), TC_FROM, ME_P,
    "RE:" + SUBJ_E,
    """有沢様

田村でございます。ご確認ありがとうございました。
認定証を正しい氏名 (Kenta Arisawa) で再発行いたしました。認定アカウントの「認定」ページから最新の PDF をダウンロードいただけます。

これにて本件は完了とさせていただきます。
その他ご不明な点がございましたら、お気軽にお問い合わせください。

田村""",
    "\n> " + E_REP3.replace("\n", "\n> "), cs="iso-2022-jp", cte="7bit", irt="e_rep3", auth=gmail_auth("amazon.com"))

add("benefit", "certification", False, None, d("2025-04-16 15:00"),
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification benefits",
    """Hello Kenta,

As an AWS Certified individual (Candidate ID: AWS05521963) you have the following benefits available:

- 50% discount on your next certification exam (expires November 14, 2025)
- Access to the AWS Certified Global Community
- Free practice exam on AWS Skill Builder

View your benefits: https://www.aws.training/Certification

AWS Certification""", cte="quoted-printable", auth=gmail_auth("certmetrics.com"), msgid_dom="certmetrics.com")

add("self1", "user_reply", False, None, d("2025-04-17 09:40", JST), ME_P_FROM, ME_P,
    "メモ: AWS認定の移行 完了チェック",
    """- 試験履歴: 旧アカウント分もすべて表示 OK
- 認定: SAA / DVA / CLF の3件 OK (DVA は再認定済み)
- 特典: 50% 割引バウチャー復活 OK
- Credly: バッジ 3 件受領済み
- 候補 ID は AWS05521963 に一本化""", cte="base64", msgid_dom="gmail")


def main():
    for f in os.listdir(OUT):
        if re.fullmatch(r"\d{3}-msg\.(eml|json)", f):
            os.remove(os.path.join(OUT, f))
    prev = None
    for i, m in enumerate(MSGS, 1):
        if prev is not None:
            assert m["date"] >= prev, "arrival order broken at %03d" % i
        prev = m["date"]
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(m["data"])
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(m["label"], fh, ensure_ascii=False)
            fh.write("\n")
    cnt = collections.Counter(m["label"]["kind"] for m in MSGS)
    for k, v in sorted(cnt.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("%-22s %d" % ("needs_reply=true", sum(m["label"]["needs_reply"] for m in MSGS)))


if __name__ == "__main__":
    main()
