#!/usr/bin/env python3
"""Generate the blind-32 held-out corpus (stdlib only). Writes NNN-mNNN.eml/.json beside this file."""
import base64, json, os, quopri, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "takamori.iori.p@gmail.com"
ME_C = "i.takamori@kumoi-tech.co.jp"
ME_NAME = "Iori Takamori"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_NAME = "AWS Training and Certification"
AWSNR = "no-reply-aws@amazon.com"

A = "174961823400157"   # main merge case (15 digits)
B = "174962198300412"   # duplicate submission (15 digits)
C = "14388017562"       # console case (11 digits)
D = "7281945306"        # voucher case (10 digits)
E = "175438021190846"   # third account merge (15 digits)

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
MIDS = {}


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def auth(to, dom, ok=True, dkim_dom=None):
    dkim_dom = dkim_dom or dom
    r = "pass" if ok else "fail"
    if to.endswith("gmail.com"):
        return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s2048 header.b=Qx3kLm0a;\n"
                "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (r, dkim_dom, "pass" if ok else "softfail", dom, 17 + len(dom), dom, r,
                   "NONE" if ok else "QUARANTINE", dom))
    return ("spf=%s (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % ("pass" if ok else "fail", 40 + len(dom), dom, r, dkim_dom, r,
               "none" if ok else "quarantine", dom, r, "100" if ok else "000"))


def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(cs if cs not in ("iso-2022-jp",) else "ascii", errors="strict") if cte == "7bit" else raw


def leaf(ctype, text, cs="utf-8", cte="quoted-printable"):
    return ("leaf", ctype, text, cs, cte)


def alt(*parts):
    return ("alt", parts)


def render_part(p, n):
    """returns list of byte lines (no newline) for the part incl. its headers"""
    if p[0] == "leaf":
        _, ctype, text, cs, cte = p
        if cte == "7bit" and any(ord(ch) > 127 for ch in text) and cs != "iso-2022-jp":
            cte = "8bit"
        head = ["Content-Type: %s; charset=%s" % (ctype, '"%s"' % cs if n % 2 else cs),
                "Content-Transfer-Encoding: %s" % cte]
        body = enc_body(text, cs, cte)
        if isinstance(body, str):
            body = body.encode("ascii")
        return [h.encode() for h in head], body
    _, parts = p
    bnd = "----=_Part_%d_%s" % (n, hashlib.md5(str(n).encode()).hexdigest()[:12])
    head = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
    out = b""
    for sp in parts:
        h, b = render_part(sp, n)
        out += b"--" + bnd.encode() + b"\n" + b"\n".join(h) + b"\n\n" + b.rstrip(b"\n") + b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    return [h.encode() for h in head], out


def mid_for(n, kind):
    h = hashlib.sha1(("blind32-%d" % n).encode()).hexdigest()
    if kind == "ses":
        return "<010001%s-%s-000000@email.amazonses.com>" % (h[:20], h[20:32])
    if kind == "gmail":
        return "<CAF%s+%s@mail.gmail.com>" % (h[:18], h[18:30].upper())
    if kind == "outlook":
        return "<TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (h[:4].upper(), h[4:24].upper(), h[24:28].upper())
    return "<%s.%s@%s>" % (h[:16], h[16:24], kind)


def add(n, label, frm, to, subj, date, body, mid="ses", reply_to=None, refs=None, auth_res=None,
        crlf=False, subj_cs="utf-8", extra=None, cc=None):
    """label: (kind, needs_reply, case, cands)"""
    m = mid_for(n, mid)
    MIDS[n] = m
    lines = []
    if auth_res:
        lines.append("Authentication-Results: " + auth_res)
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + hdr(subj, subj_cs))
    lines.append("Date: " + format_datetime(date))
    lines.append("Message-ID: " + m)
    if reply_to:
        lines.append("In-Reply-To: " + MIDS[reply_to])
        chain = [MIDS[r] for r in (refs or [reply_to])]
        lines.append("References: " + " ".join(chain))
    for e in extra or []:
        lines.append(e)
    lines.append("MIME-Version: 1.0")
    h, b = render_part(body, n)
    data = "\n".join(lines).encode() + b"\n" + b"\n".join(h) + b"\n\n" + b
    if not data.endswith(b"\n"):
        data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    kind, nr, case, cands = label
    MSGS.append((n, data, {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}))


def d(mo, day, h, mi, tz=UTC):
    return datetime(2025, mo, day, h, mi, 0, tzinfo=tz)


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() for l in text.strip("\n").split("\n"))


def tcs(case, re="RE:"):
    return "%s[CASE %s] %s" % (re, case, SUBJ_TC)


TCFROM = addr(TC_NAME, TC)

# ---------------------------------------------------------------- 001
add(1, ("unrelated", False, None, []), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", d(6, 10, 12, 1),
    leaf("text/plain", """Hello,

Use the following code to finish creating your AWS Builder ID. The code expires in 10 minutes.

Verification code: 582014

If you didn't request this code, you can safely ignore this email. Someone else might have typed your email address by mistake.

Amazon Web Services
""", "utf-8", "7bit"), auth_res=auth(ME_P, "signin.aws"))

add(2, ("unrelated", False, None, []), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "You're enrolled: AWS Cloud Quest: Cloud Practitioner", d(6, 10, 12, 44),
    alt(leaf("text/plain", """Hi Iori,

You're all set. Your enrollment in AWS Cloud Quest: Cloud Practitioner is confirmed.
Continue anytime from My Learning.

Questions? Visit our FAQ. Please do not reply to this message.
"""), leaf("text/html", """<html><body><p>Hi Iori,</p><p>You're all set. Your enrollment in <b>AWS Cloud Quest: Cloud Practitioner</b> is confirmed.</p><p><a href="https://skillbuilder.aws/my-learning">Continue learning</a></p><p style="font-size:11px">Please do not reply to this message.</p></body></html>""")),
    auth_res=auth(ME_P, "aws.training"))

ACK_A = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.
The details of your case are as follows:

Case ID: %s
Subject: AWS Training and Certification Form Submission - account-assistance
Severity: General guidance
Correspondence: I am leaving Kumoi Technologies at the end of June and would like my
certification account registered to i.takamori@kumoi-tech.co.jp combined into my personal
account takamori.iori.p@gmail.com. Please keep the personal one.

A member of our team will respond within 24 hours in most cases. Please do not open another
case for the same request: duplicates can delay our reply. If you have additional information
about this request, you can simply reply to this email.

Sincerely,
Amazon Web Services
AWS Training and Certification
""" % (A, A)
add(3, ("acknowledgement", False, A, []), TCFROM, ME_P, tcs(A, "RE: "), d(6, 11, 5, 3),
    alt(leaf("text/plain", ACK_A), leaf("text/html", "<html><body>" + ACK_A.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</body></html>")),
    auth_res=auth(ME_P, "amazon.com"))

ACK_B = """高森 伊織 様

アマゾン ウェブ サービスへお問い合わせいただき、ありがとうございます。
お問い合わせ内容を確認するため、ケース %s を作成いたしました。

ケースID: %s
件名: AWS Training and Certification Form Submission - account-assistance

担当者より通常24時間以内にご連絡いたします。内容によっては、さらにお時間を頂戴する場合がございます。
なお、すでに同じ内容でケースを作成されている場合は、別途ケースを作成されないようお願いいたします。

補足情報がございましたら、本メールにご返信ください。

アマゾン ウェブ サービス
AWS トレーニングと認定
""" % (B, B)
add(4, ("acknowledgement", False, B, []), TCFROM, ME_P, tcs(B), d(6, 11, 6, 6),
    alt(leaf("text/plain", ACK_B, "utf-8", "base64"),
        leaf("text/html", "<html><body><p>" + ACK_B.replace("\n", "<br>\n") + "</p></body></html>", "utf-8", "base64")),
    auth_res=auth(ME_P, "amazon.com"))

add(5, ("unrelated", False, None, []), addr("クモイ社内報", "kouhou@kumoi-tech.co.jp", "iso-2022-jp"), ME_C,
    "【社内報】6月号 新オフィス移転のお知らせ", d(6, 11, 18, 30, JST),
    leaf("text/plain", """社員各位

広報室です。社内報6月号をお届けします。

■ 新オフィス移転について
7月より本社を大手町に移転いたします。移転作業へのご協力をお願いします。

■ 資格取得者紹介
今月はAWS認定を取得された3名をご紹介します。

ご意見・ご感想がございましたら、広報室までご返信ください。
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", mid="kumoi-tech.co.jp",
    auth_res=auth(ME_C, "kumoi-tech.co.jp"))

add(6, ("unrelated", False, None, []), addr("Daichi Ono", "notifications@github.com"), ME_C,
    "Re: [kumoi/platform-infra] Merge account-cleanup scripts into main (PR #412)", d(6, 11, 10, 12),
    leaf("text/plain", """Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/kumoi/platform-infra/pull/412#event-17399281
You are receiving this because you were mentioned.
""", "utf-8", "7bit"), mid="github.com", auth_res=auth(ME_C, "github.com"))

add(7, ("resolved", False, B, []), TCFROM, ME_P, tcs(B), d(6, 12, 1, 40),
    leaf("text/plain", """Hi Iori,

Looks like the form went through twice - this case and %s are the same request.
We'll carry on with the other one, so I've closed this case as a duplicate.
No action is needed on this one.

Dev
AWS Training and Certification
""" % A, "utf-8", "7bit"), auth_res=auth(ME_P, "amazon.com"))

CONF_A_TXT = """Hello Iori,

Thank you for your patience. I'm Marisol and I'll be helping you with your account request.

When a person has more than one certification account, exam history, certifications and
benefits live separately on each of them. Merging moves everything onto a single account;
the other one is then deactivated and can no longer be used to sign in.

I located the following accounts under your name:

Account #1
Login email: i.takamori@kumoi-tech.co.jp
Training notification email: i.takamori@kumoi-tech.co.jp
Certification notification email: i.takamori@kumoi-tech.co.jp
Candidate ID: AWS03318842

Account #2
Login email: takamori.iori.p@gmail.com
Training notification email: takamori.iori.p@gmail.com
Certification notification email: takamori.iori.p@gmial.com
Candidate ID: AWS11904457

Once merged, the change cannot be undone, so it is important that we get the direction right.
Which one of the two should remain as the surviving account?

Best regards,
Marisol R.
AWS Training and Certification Customer Support
"""
CONF_A_HTML = """<html><head><style>td{border:1px solid #ccc;padding:4px 8px}</style></head><body>
<p>Hello Iori,</p>
<p>Thank you for your patience. I'm Marisol and I'll be helping you with your account request.</p>
<p>When a person has more than one certification account, exam history, certifications and benefits live separately on each of them.
Merging moves everything onto a single account; the other one is then deactivated and can no longer be used to sign in.</p>
<p>I located the following accounts under your name:</p>
<table cellspacing="0">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>i.takamori@kumoi-tech.co.jp</td><td>takamori.iori.p@gmail.com</td></tr>
<tr><td>Training notification email</td><td>i.takamori@kumoi-tech.co.jp</td><td>takamori.iori.p@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>i.takamori@kumoi-tech.co.jp</td><td>takamori.iori.p@gmial.com</td></tr>
<tr><td>Candidate ID</td><td>AWS03318842</td><td>AWS11904457</td></tr>
</table>
<p>Once merged, the change cannot be undone, so it is important that we get the direction right.
Which one of the two should remain as the surviving account?</p>
<p>Best regards,<br>Marisol R.<br>AWS Training and Certification Customer Support</p>
</body></html>"""
add(8, ("confirmation_request", True, A, ["AWS03318842", "AWS11904457"]), TCFROM, ME_P, tcs(A, "RE: "),
    d(6, 12, 3, 18), leaf("text/html", CONF_A_HTML, "utf-8", "quoted-printable"), reply_to=3,
    auth_res=auth(ME_P, "amazon.com"))

add(9, ("unrelated", False, None, []), addr("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "AWS Notification - Your Billing Statement for Account 4471 0932 8815 is available", d(6, 12, 10, 2),
    leaf("text/plain", """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: $3.18

[AWS ID 447109328815]

You can see a complete break down of all charges on the Billing & Cost Management page.
Thank you for using Amazon Web Services.
""", "utf-8", "7bit"), auth_res=auth(ME_P, "amazon.com"))

add(10, ("suspicious", False, None, []), addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
    "Action required: verify your identity to complete account merge [Case 1749700055]", d(6, 12, 14, 55),
    alt(leaf("text/plain", """Dear Candidate,

Your certification account merge (Case ID: 1749700055) is pending identity verification.
To prevent loss of your certifications, sign in within 24 hours using the secure link below and
confirm which account to keep:

https://aws-certification-helpdesk.com/verify?case=1749700055

Failure to respond will result in permanent deletion of exam history.

AWS Training & Certification Security Team
"""), leaf("text/html", """<html><body><p>Dear Candidate,</p><p>Your certification account merge (Case ID: 1749700055) is pending identity verification.</p><p><a href="https://aws-certification-helpdesk.com/verify?case=1749700055">Confirm which account to keep</a></p><p>Failure to respond will result in permanent deletion of exam history.</p></body></html>""")),
    mid="aws-certification-helpdesk.com", auth_res=auth(ME_P, "aws-certification-helpdesk.com"))

add(11, ("unrelated", False, None, []), addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
    "Confirmation of your exam appointment - AWS Certified SysOps Administrator", d(6, 13, 0, 20),
    leaf("text/plain", """Dear Iori Takamori,

Thank you for scheduling your AWS Certification exam.

Registration ID: 428193075
Exam: SOA-C02 AWS Certified SysOps Administrator - Associate
Date: Saturday, July 19, 2025 10:00 JST
Delivery: OnVUE online proctored

Please review the check-in requirements. If you need to reschedule, do so at least 24 hours
before your appointment.

Pearson VUE
""", "utf-8", "quoted-printable"), mid="pearson.com", auth_res=auth(ME_P, "pearson.com"))

add(12, ("unrelated", False, None, []), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "【AWS Summit Japan】オンデマンド配信のご案内", d(6, 13, 0, 50),
    alt(leaf("text/plain", """高森 伊織 様

AWS Summit Japan にご登録いただき、ありがとうございました。
全セッションのオンデマンド配信を開始いたしました。

ご不明な点がございましたら、お気軽にお問い合わせください。
配信停止をご希望の場合は、こちらから設定を変更してください。

アマゾン ウェブ サービス ジャパン合同会社
""", "utf-8", "base64"), leaf("text/html", """<html><body><p>高森 伊織 様</p><p>AWS Summit Japan にご登録いただき、ありがとうございました。<br>全セッションのオンデマンド配信を開始いたしました。</p><p><a href="https://aws.amazon.com/jp/summits/">今すぐ視聴する</a></p></body></html>""", "utf-8", "base64")),
    auth_res=auth(ME_P, "amazon.com"))

add(13, ("unrelated", False, None, []), addr("人事部 退職手続き担当", "jinji@kumoi-tech.co.jp", "shift_jis"), ME_C,
    "退職手続きに関するご確認のお願い", d(6, 13, 10, 15, JST),
    leaf("text/plain", """高森さん

人事部の佐伯です。退職に伴う手続きについてご連絡いたします。

1. 健康保険証の返却（最終出社日まで）
2. 貸与PCの返却日時のご希望
3. 離職票の送付先住所

お手数ですが、6月20日までに本メールへご返信いただけますでしょうか。
よろしくお願いいたします。

人事部 佐伯
""", "shift_jis", "base64"), subj_cs="shift_jis", mid="kumoi-tech.co.jp",
    auth_res=auth(ME_C, "kumoi-tech.co.jp"))

CLOSE_A = """Hi Iori,

Just checking in - we still need your answer on the account question below before anything
can be moved. Without a response, this case closes automatically on June 19. A reply of any
kind keeps it active.

Kenji
AWS T&C Support

"""
add(14, ("closing_notice", True, A, []), TCFROM, ME_P, tcs(A, "RE: "), d(6, 16, 0, 5),
    leaf("text/plain", CLOSE_A + "---- Previous message ----\n" + q(CONF_A_TXT), "utf-8", "quoted-printable"),
    reply_to=8, refs=[3, 8], auth_res=auth(ME_P, "amazon.com"))

REPLY15 = """Confirmed - please merge everything into Account #2 (takamori.iori.p@gmail.com,
candidate ID AWS11904457). Sorry for the late answer, I was travelling.

Iori

On Mon, Jun 16, 2025 at 9:05 AM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(CLOSE_A + q(CONF_A_TXT)))
add(15, ("user_reply", False, A, ["AWS11904457"]), addr(ME_NAME, ME_P), TC, tcs(A, "Re: RE: "), d(6, 16, 9, 47, JST),
    leaf("text/plain", REPLY15, "utf-8", "quoted-printable"), mid="gmail", reply_to=14, refs=[3, 8, 14],
    cc=addr("Sho Minami", "s.minami@kumoi-tech.co.jp"))

add(16, ("unrelated", False, None, []), addr("南 翔", "s.minami@kumoi-tech.co.jp"), ME_P,
    "自動応答: " + tcs(A, "Re: RE: "), d(6, 16, 0, 48),
    leaf("text/plain", """お疲れ様です。南です。
6月16日〜6月18日は出張のため不在にしております。
メールは確認次第ご返信いたします。
お急ぎの場合は、インフラチーム（infra@kumoi-tech.co.jp）までご連絡ください。
""", "utf-8", "base64"), mid="outlook", reply_to=15,
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    auth_res=auth(ME_P, "kumoi-tech.co.jp"))

HOLD_A = """高森 伊織 様

いつもお世話になっております。AWS トレーニングと認定サポートの山本でございます。

統合のご指示をいただき、ありがとうございます。
確認いたしましたところ、統合元の Account #1（i.takamori@kumoi-tech.co.jp）は、
AWS パートナーネットワーク（APN）に参加されている Kumoi Technologies 様の組織に
紐付いておりました。APN 組織に紐付いたアカウントは、パートナー側の確認が完了するまで
統合を進めることができないため、現在本ケースは保留とさせていただいております。

パートナーチームへの確認にあたり、Kumoi Technologies 様での最終在籍日を
ご教示いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
山本
"""
add(17, ("on_hold", True, A, []), TCFROM, ME_P, tcs(A), d(6, 17, 2, 10),
    leaf("text/plain", HOLD_A, "iso-2022-jp", "7bit"), reply_to=15, refs=[3, 8, 14, 15],
    auth_res=auth(ME_P, "amazon.com"))

REPLY18 = """山本様

ご連絡ありがとうございます。
最終在籍日は2025年6月30日（最終出社日は6月27日）です。
Last working day: June 27, employment ends June 30.

よろしくお願いいたします。
高森

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年6月17日 11:10
宛先: takamori.iori.p@gmail.com
件名: RE:[CASE %s] %s

%s
""" % (TC, A, SUBJ_TC, HOLD_A)
add(18, ("user_reply", False, A, []), addr("高森 伊織", ME_C), TC, tcs(A, "RE: RE:"), d(6, 17, 13, 2, JST),
    leaf("text/plain", REPLY18, "utf-8", "base64"), mid="outlook", reply_to=17, refs=[3, 8, 14, 15, 17], crlf=True)

INFO19 = """Hello,

Thank you for your message. We see it came from i.takamori@kumoi-tech.co.jp. For security
reason we can act on instructions about a merge only from the email address registered on the
destination account, which in this case is the personal one.

Kindly write to us again from takamori.iori.p@gmail.com, keeping the case number in the subject,
and we will continue the process from there.

Regards,
Yamamoto
AWS Training and Certification
"""
add(19, ("info_request", True, A, []), TCFROM, ME_C, tcs(A), d(6, 17, 5, 30),
    leaf("text/plain", INFO19 + "\n-----Original Message-----\n" + REPLY18.split("________________________________")[0],
         "utf-8", "quoted-printable"), reply_to=18, refs=[3, 8, 14, 15, 17, 18], auth_res=auth(ME_C, "amazon.com"))

add(20, ("user_reply", False, A, []), addr(ME_NAME, ME_P), TC, "Re: my account merge", d(6, 17, 15, 20, JST),
    leaf("text/plain", """Hello Yamamoto-san,

Writing from my personal address as asked. My last day at Kumoi Technologies is June 30, 2025.
Please go ahead with merging into the personal account.

Best,
Iori Takamori
""", "utf-8", "7bit"), mid="gmail", reply_to=19, refs=[3, 8, 17, 18, 19])

INFO21 = """Hi Iori,

Quick update. Thanks for writing in from the personal address - that's all we needed on that
side. I've sent the partner association over to the APN team and they usually come back within
a couple of business days.

While going through the records I noticed that on Account #2 the certification notification
address is spelled takamori.iori.p@gmial.com ("gmial"). After the merge, certificates and
recertification reminders would go there. Is that a typo we should correct to gmail.com, or is
that address intentional?

Thanks,
Marisol
"""
add(21, ("info_request", True, A, []), TCFROM, ME_P, tcs(A, "RE: "), d(6, 18, 4, 0),
    alt(leaf("text/plain", INFO21), leaf("text/html", "<html><body><div style='font-family:Arial'>" +
        INFO21.replace("\n\n", "</div><br><div style='font-family:Arial'>").replace("\n", " ") + "</div></body></html>")),
    reply_to=20, refs=[3, 8, 19, 20], auth_res=auth(ME_P, "amazon.com"))

add(22, ("user_reply", False, A, []), addr(ME_NAME, ME_P), TC, tcs(A, "Re: RE: "), d(6, 18, 14, 5, JST),
    leaf("text/plain", """Typo - yes please change it to gmail.com. Thanks for spotting it!

Iori

On Wed, Jun 18, 2025 at 1:00 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(INFO21)), "utf-8", "quoted-printable"), mid="gmail", reply_to=21, refs=[3, 8, 21])

add(23, ("on_hold", False, A, []), TCFROM, ME_P, tcs(A), d(6, 18, 8, 31),
    leaf("text/plain", """Hello,

This is an update on case %s.

Status: Pending - AWS Partner Network review
Reason: One of the accounts in this request is associated with an AWS Partner Network (APN)
organization. We are waiting for the APN team to release the association before the merge can
be completed.

No action is required from you at this time. We will contact you as soon as we hear back.

AWS Training and Certification
""" % A, "utf-8", "7bit"), reply_to=22, auth_res=auth(ME_P, "amazon.com"))

add(24, ("unrelated", False, None, []), addr("Jira", "jira@kumoi.atlassian.net"), ME_C,
    "[JIRA] (OPS-2231) Offboarding: transfer ownership of AWS accounts - please confirm", d(6, 19, 1, 11),
    leaf("text/plain", """Haruka Ito assigned OPS-2231 to Iori Takamori

Offboarding: transfer ownership of AWS accounts
Please confirm the list of accounts below and move the ticket to Done:
 - 447109328815 (sandbox)
 - 903318200174 (staging)

View issue: https://kumoi.atlassian.net/browse/OPS-2231
""", "utf-8", "7bit"), mid="kumoi.atlassian.net", auth_res=auth(ME_C, "atlassian.net"))

add(25, ("suspicious", False, None, []), TCFROM, ME_P, tcs(A), d(6, 19, 6, 40),
    alt(leaf("text/plain", """Hello Iori,

To finalise the merge of your certification accounts we need you to re-validate the login of
Account #1 before 21 June. Sign in here and confirm your password:

https://aws-training-verify.com/signin?c=%s

AWS Training and Certification
""" % A), leaf("text/html", """<html><body><p>Hello Iori,</p><p>To finalise the merge of your certification accounts we need you to re-validate the login of Account #1 before 21 June.</p><p><a href="https://aws-training-verify.com/signin?c=%s">Sign in to AWS Training and Certification</a></p></body></html>""" % A)),
    mid="aws-training-verify.com", auth_res=auth(ME_P, "amazon.com", ok=False, dkim_dom="aws-training-verify.com"))

add(26, ("unrelated", False, None, []), addr("AWS Partner Network", "apn-no-reply@amazon.com"), ME_C,
    "Your AWS Partner Central user was unlinked from Kumoi Technologies", d(6, 20, 0, 15),
    leaf("text/plain", """Hello,

Your AWS Partner Central user i.takamori@kumoi-tech.co.jp has been unlinked from the partner
organization Kumoi Technologies by an alliance lead. Trainings and certifications earned while
linked remain on your AWS Training and Certification account.

If you believe this was done in error, contact your alliance lead.

AWS Partner Network
""", "utf-8", "7bit"), auth_res=auth(ME_C, "amazon.com"))

UPD27 = """高森様

AWS トレーニングと認定サポートです。

APN チームより、Kumoi Technologies 様との紐付け解除が完了したとの連絡を受けました。
これにより保留は解除され、現在アカウント統合の作業を進めております。
完了まで1〜2営業日ほどかかる見込みです。

現時点で高森様にご対応いただく必要はございません。完了しましたら改めてご連絡いたします。

AWS トレーニングと認定 カスタマーサポート
"""
add(27, ("case_update", False, A, []), TCFROM, ME_P, tcs(A), d(6, 20, 3, 2),
    alt(leaf("text/plain", UPD27, "utf-8", "quoted-printable"),
        leaf("text/html", "<html><body><p>" + UPD27.replace("\n", "<br>") + "</p></body></html>", "utf-8", "quoted-printable")),
    reply_to=23, auth_res=auth(ME_P, "amazon.com"))

CONF28 = """高森 伊織 様

お世話になっております。AWS トレーニングと認定サポートの佐藤と申します。
前任の担当者より本件を引き継ぎました。

統合作業の実施前に、念のため最終確認をさせてください。

  統合元: Account #1  i.takamori@kumoi-tech.co.jp
  統合先: Account #2  takamori.iori.p@gmail.com（通知先を gmail.com に修正済み）

上記の方向で統合してよろしいでしょうか。統合後は元に戻すことができませんため、
ご確認のほどよろしくお願いいたします。

佐藤
AWS トレーニングと認定
"""
add(28, ("confirmation_request", True, A, []), TCFROM, ME_P, tcs(A), d(6, 20, 7, 45),
    leaf("text/plain", CONF28, "shift_jis", "base64"), reply_to=27, auth_res=auth(ME_P, "amazon.com"))

add(29, ("user_reply", False, A, []), addr("高森 伊織", ME_P), TC, tcs(A, "Re: "), d(6, 20, 17, 3, JST),
    leaf("text/plain", """佐藤様

はい、その方向で問題ございません。Account #2 への統合をお願いいたします。

高森

2025年6月20日(金) 16:45 AWS Training and Certification <%s>:
%s
""" % (TC, q(CONF28)), "utf-8", "8bit"), mid="gmail", reply_to=28)

add(30, ("unrelated", False, None, []), addr("Tessera Cloud Support", "support@tesseracloud.io"), ME_C,
    "[Case 00481123] Your support case has been closed", d(6, 20, 9, 0),
    leaf("text/plain", """Hello Iori,

Your case 00481123 "API keys rotation for kumoi-prod" has been closed because the issue was
resolved. If you need more help, reply to this email within 7 days to reopen the case.

How did we do? Rate this support interaction: https://tesseracloud.io/csat/00481123

Tessera Cloud Support Team
""", "utf-8", "7bit"), mid="tesseracloud.io", auth_res=auth(ME_C, "tesseracloud.io"))

RES31 = """Hello Iori,

Good news: I have merged all of your accounts. Everything now sits on the account that signs in
with takamori.iori.p@gmail.com, and the certification notification address was corrected to
takamori.iori.p@gmail.com as you asked. The former company account has been deactivated.

Digital badges may be re-issued from Credly over the next few days, and the partner profile can
take up to a week to reflect the change.

If anything looks off after you sign in, just reply here within the next 14 days.

Kind regards,
Sato
AWS Training and Certification
"""
add(31, ("resolved", False, A, []), TCFROM, ME_P, tcs(A, "RE: "), d(6, 21, 1, 30),
    leaf("text/plain", RES31 + "\n-----Original Message-----\nFrom: " + TC + "\nSent: Monday, June 16, 2025 12:05 AM\nTo: " + ME_P +
         "\nSubject: RE:[CASE " + A + "] " + SUBJ_TC + "\n\n" + CLOSE_A + "\n-----Original Message-----\n" + CONF_A_TXT,
         "utf-8", "quoted-printable"), reply_to=29, refs=[3, 8, 14, 28, 29], auth_res=auth(ME_P, "amazon.com"))

CREDLY = """<html><body style="font-family:Helvetica">
<table width="600"><tr><td><img src="https://images.credly.com/logo.png" alt="Credly"></td></tr>
<tr><td><h2>%s</h2>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>%s</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/%s">Accept your badge</a></p>
<p style="font-size:11px;color:#777">You're receiving this because you earned a badge. Credly, Inc. - Do not reply to this email.</p>
</td></tr></table></body></html>"""
add(32, ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_P,
    "Iori, you've earned a new badge from AWS Training and Certification", d(6, 21, 2, 2),
    leaf("text/html", CREDLY % ("Congratulations, Iori!", "AWS Certified Solutions Architect - Associate",
                                "3f1c2a9e-55d1-4b8e-a0c2-9e11d0b74f21"), "utf-8", "quoted-printable"),
    mid="credly.com", auth_res=auth(ME_P, "credly.com"))

add(33, ("survey", False, A, []), TCFROM, ME_P, "[CASE %s] How did we do? Tell us about your support experience" % A,
    d(6, 21, 2, 30),
    alt(leaf("text/plain", """Hello,

Your recent case %s with AWS Training and Certification has been marked as resolved.
We'd appreciate two minutes of your time: how satisfied were you with the support you received?

Very satisfied  https://survey.aws.training/r/%s?s=5
Satisfied       https://survey.aws.training/r/%s?s=4
Neutral         https://survey.aws.training/r/%s?s=3
Dissatisfied    https://survey.aws.training/r/%s?s=2

This survey is optional. Replies to this mail are not monitored.
""" % ((A,) * 5), "utf-8", "7bit"), leaf("text/html", """<html><body><p>Your recent case %s has been marked as resolved.</p><table><tr><td><a href="https://survey.aws.training/r/%s?s=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a></td></tr><tr><td><a href="https://survey.aws.training/r/%s?s=1">&#9733;</a></td></tr></table></body></html>""" % (A, A, A))),
    auth_res=auth(ME_P, "amazon.com"))

add(34, ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_P,
    "Your AWS Certified DevOps Engineer - Professional badge is waiting", d(6, 21, 2, 34),
    leaf("text/html", CREDLY % ("A badge is ready for you", "AWS Certified DevOps Engineer - Professional",
                                "a07be6c4-13f0-47b1-9d7c-cc2e85d0f310"), "utf-8", "base64"),
    mid="credly.com", auth_res=auth(ME_P, "credly.com"))

add(35, ("unrelated", False, None, []), addr("Google", "no-reply@accounts.google.com"), ME_P,
    "Security alert: new sign-in on Mac", d(6, 22, 0, 40),
    leaf("text/plain", """New sign-in to your account

takamori.iori.p@gmail.com
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need
to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""", "utf-8", "7bit"), mid="accounts.google.com", auth_res=auth(ME_P, "accounts.google.com"))

add(36, ("certification", False, None, []), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", d(6, 23, 3, 0),
    leaf("text/plain", """Hello Iori,

As an AWS Certified individual, your perspective helps shape the future of AWS Certification.
We're inviting a small group of certification holders to share feedback on the program
through a short questionnaire (about 10 minutes).

Take the questionnaire: https://www.certmetrics.com/amazon/feedback/2025Q2

Participation is voluntary. Please do not reply to this message; this mailbox is not monitored.

AWS Training and Certification
""", "utf-8", "quoted-printable"), mid="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"))

REPLY37 = """Hi Sato-san,

Thanks for merging. One thing is missing though: my SysOps Administrator exam from 2022
(passed, SOA-C02) is not shown in Exam History on the merged account. It was on the old
company account before, I have the score report PDF. Could you check?

Iori
"""
add(37, ("user_reply", False, A, []), addr(ME_NAME, ME_P), TC, tcs(A, "Re: RE: "), d(6, 23, 21, 10, JST),
    leaf("text/plain", REPLY37 + "\nOn Sat, Jun 21, 2025 at 10:30 AM AWS Training and Certification <%s> wrote:\n%s\n" % (TC, q(RES31)),
         "utf-8", "quoted-printable"), mid="gmail", reply_to=31, refs=[3, 31])

add(38, ("case_update", False, A, []), TCFROM, ME_P, tcs(A), d(6, 24, 0, 22),
    leaf("text/plain", """Case %s reopened. I've passed the missing SOA-C02 record to our records team to trace.
Will update you once I hear from them.

- Sato
""" % A, "utf-8", "7bit"), reply_to=37, auth_res=auth(ME_P, "amazon.com"))

INFO39 = """Hello Iori,

Following up on the exam record. The records team looked at both of the former accounts and
did not find a SOA-C02 attempt on either of them. This usually happens when an exam was booked
under yet another profile - for example one created automatically when someone first signs in
through a partner portal, or when the name at the test centre did not match exactly. Such
profiles are not linked to your login email, which is why they did not show up when we merged.

The score report you mentioned will help here. At the top of it there is a candidate ID (it
starts with "AWS" followed by eight digits). We need that ID, and the date you sat the exam,
to locate the record and attach it to your merged account.

Thanks,
Sato
AWS Training and Certification
"""
add(39, ("info_request", True, A, []), TCFROM, ME_P, tcs(A), d(6, 25, 6, 3),
    leaf("text/plain", INFO39, "utf-8", "quoted-printable"), reply_to=38, crlf=True,
    auth_res=auth(ME_P, "amazon.com"))

add(40, ("user_reply", False, A, ["AWS07731265", "AWS03318842"]), addr(ME_NAME, ME_P), TC, tcs(A, "Re: "),
    d(6, 25, 19, 40, JST),
    leaf("text/plain", """The score report shows candidate ID AWS07731265, exam date 2022-11-05. Strange, because my
other exams were all under AWS03318842. Hope this helps.

Iori

On Wed, Jun 25, 2025 at 3:03 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(INFO39)), "utf-8", "quoted-printable"), mid="gmail", reply_to=39)

add(41, ("resolved", False, A, []), TCFROM, ME_P, tcs(A), d(6, 26, 2, 12),
    alt(leaf("text/plain", """Hi Iori,

Found it - the SOA-C02 record under AWS07731265 has been moved to your account and now appears
in Exam History together with the certification. No further action is required on your side.

Best regards,
Sato

--
How would you rate my reply? Excellent / Good / Poor - click a rating:
https://survey.aws.training/agent?c=%s
""" % A), leaf("text/html", """<html><body><p>Hi Iori,</p><p>Found it - the SOA-C02 record under AWS07731265 has been moved to your account and now appears in Exam History together with the certification. <b>No further action is required on your side.</b></p><p>Best regards,<br>Sato</p><hr><p style="font-size:11px">How would you rate my reply? <a href="https://survey.aws.training/agent?c=%s&r=3">Excellent</a> | <a href="#">Good</a> | <a href="#">Poor</a></p></body></html>""" % A)),
    reply_to=40, auth_res=auth(ME_P, "amazon.com"))
MSGS[-1][2]["candidate_ids"] = ["AWS07731265"]

add(42, ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_P,
    "New badge: AWS Certified SysOps Administrator - Associate", d(6, 26, 2, 40),
    leaf("text/html", CREDLY % ("Your badge is here", "AWS Certified SysOps Administrator - Associate",
                                "6d0f77a2-8e3b-4c19-b5aa-01f2c3d4e5f6"), "utf-8", "quoted-printable"),
    mid="credly.com", auth_res=auth(ME_P, "credly.com"))

add(43, ("unrelated", False, None, []), addr("総務部", "soumu@kumoi-tech.co.jp", "iso-2022-jp"), ME_C,
    "【ご返信ください】貸与PC・入館証の返却について", d(6, 27, 9, 0, JST),
    leaf("text/plain", """高森さん

総務部です。本日が最終出社日と伺っております。
貸与PC、入館証、社用携帯を17時までに総務部へご返却ください。
返却が難しい場合は、本メールにご返信のうえ返却予定日をお知らせください。

総務部
""", "iso-2022-jp", "7bit"), subj_cs="iso-2022-jp", mid="kumoi-tech.co.jp",
    auth_res=auth(ME_C, "kumoi-tech.co.jp"))

ACK_D = """高森 伊織 様

AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。
以下の内容でケースを受け付けました。

ケースID: %s
お問い合わせ種別: Certification - Benefits
内容: アカウント統合後、50%%割引バウチャーが特典ページに表示されない

担当者より通常24時間以内にご回答いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。
追加の情報がございましたら、このメールにご返信いただくことでケースに追記されます。

AWS トレーニングと認定
""" % D
add(44, ("acknowledgement", False, D, []), TCFROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % D,
    d(7, 1, 3, 15), leaf("text/plain", ACK_D, "utf-8", "quoted-printable"), auth_res=auth(ME_P, "amazon.com"))

add(45, ("unrelated", False, None, []), addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", d(7, 1, 4, 2),
    leaf("text/plain", """** Address not found **

Your message wasn't delivered to i.takamori@kumoi-tech.co.jp because the address couldn't be
found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

----- Original message -----

From: Iori Takamori <takamori.iori.p@gmail.com>
To: i.takamori@kumoi-tech.co.jp
Subject: Fwd: RE:[CASE %s] %s

Please confirm the merge and reply to this email.
""" % (A, SUBJ_TC), "utf-8", "7bit"), mid="mx.google.com",
    extra=["Auto-Submitted: auto-replied"], auth_res=auth(ME_P, "googlemail.com"))

INFO46 = """Hi Iori,

Priya here, picking up your benefits case.

Which exam did that 50% voucher come from, and roughly when did it appear on the old account?

Priya
"""
add(46, ("info_request", True, D, []), TCFROM, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % D,
    d(7, 2, 1, 5), leaf("text/plain", INFO46, "utf-8", "7bit"), reply_to=44, auth_res=auth(ME_P, "amazon.com"))

CLOSE47 = """高森 伊織 様

AWS トレーニングと認定サポートでございます。

7月2日にお送りしたご質問について、現時点でご返信を確認できておりません。
このまま3営業日以内にご連絡がない場合、本ケースはクローズさせていただきます。
ご返信をいただけましたら、引き続き対応を継続いたします。

何卒よろしくお願い申し上げます。
"""
add(47, ("closing_notice", True, D, []), TCFROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % D,
    d(7, 4, 0, 30), leaf("text/plain", CLOSE47, "shift_jis", "quoted-printable"), reply_to=46,
    auth_res=auth(ME_P, "amazon.com"))

add(48, ("user_reply", False, D, ["AWS03318842"]), addr(ME_NAME, ME_P), TC,
    "Re: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % D, d(7, 4, 10, 12, JST),
    leaf("text/plain", """Dear Priya-san,

Sorry, I miss your mail. The voucher was given after I pass SAA-C03 in March 2024, it was on
the old account AWS03318842. After merge I can not find it in Benefits page.

Best regards,
Iori Takamori

2025年7月4日(金) 9:30 AWS Training and Certification <%s>:
%s
""" % (TC, q(CLOSE47 + "\n" + INFO46)), "utf-8", "quoted-printable"), mid="gmail", reply_to=47, refs=[44, 46, 47])

add(49, ("case_update", False, D, []), TCFROM, ME_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - benefits" % D,
    d(7, 5, 2, 0),
    leaf("text/plain", """Hi Iori,

Thanks, that's what I needed. Benefits from merged accounts are re-issued by a separate team,
so I've sent them the details; they usually take up to five business days. I'll keep an eye on it.

If you have any other question in the meantime, feel free to reply to this email.

Priya
""", "utf-8", "7bit"), reply_to=48, auth_res=auth(ME_P, "amazon.com"))

add(50, ("unrelated", False, None, []), addr("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder Individual subscription receipt", d(7, 7, 5, 0),
    leaf("text/plain", """Thank you for your purchase.

Order number: 114-3920088-551207
Subscription: AWS Skill Builder Individual (monthly)
Amount: USD 29.00
Next billing date: August 7, 2025

You can cancel anytime from Account settings.
""", "utf-8", "7bit"), auth_res=auth(ME_P, "aws.training"))

RES51 = """高森様

お待たせいたしました。
50%割引バウチャーを統合後のアカウントに再発行いたしました。
「特典」ページからご確認いただけます（有効期限：2026年3月31日）。

本件はこれにて解決とさせていただきます。

AWS トレーニングと認定 Priya

"""
add(51, ("resolved", False, D, []), TCFROM, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - benefits" % D,
    d(7, 9, 4, 20), leaf("text/plain", RES51 + "-----Original Message-----\n" + INFO46, "utf-8", "base64"),
    reply_to=49, auth_res=auth(ME_P, "amazon.com"))

add(52, ("survey", False, D, []), TCFROM, ME_P, "[CASE %s] サポートに関するアンケートのお願い" % D, d(7, 9, 5, 0),
    leaf("text/html", """<html><body><p>高森 伊織 様</p>
<p>先日はケース %s にてお問い合わせいただき、ありがとうございました。</p>
<p>サービス向上のため、簡単なアンケートにご協力いただけますでしょうか。所要時間は1分ほどです。</p>
<table border="1"><tr><td><a href="https://survey.aws.training/ja/%s?s=5">とても満足</a></td><td><a href="https://survey.aws.training/ja/%s?s=3">普通</a></td><td><a href="https://survey.aws.training/ja/%s?s=1">不満</a></td></tr></table>
<p>※本メールへのご返信にはお答えできません。</p></body></html>""" % (D, D, D, D), "utf-8", "base64"),
    auth_res=auth(ME_P, "amazon.com"))

ACK_C = """Hello,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: Cannot sign in to AWS Training and Certification with Builder ID after account merge
Severity: General guidance
Correspondence: Since my certification accounts were merged I get "Account not found" when
signing in with my Builder ID.

[AWS ID 447109328815]

To contact us again about this case, please return to the AWS Support Center using the
following link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

(If you are connecting by federation, log in before following the link.)

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.

Amazon Web Services
""" % (C, C, C)
add(53, ("acknowledgement", False, C, []), addr("Amazon Web Services", AWSNR), ME_P,
    "Amazon Web Services: New Support case: %s" % C, d(7, 10, 2, 45),
    leaf("text/plain", ACK_C, "utf-8", "7bit"), auth_res=auth(ME_P, "amazon.com"))

add(54, ("unrelated", False, None, []), addr("AWS Health", "health@aws.com"), ME_P,
    "AWS Health Event - scheduled maintenance for Amazon RDS in ap-northeast-1 [AWS Account: 447109328815]",
    d(7, 10, 6, 0),
    leaf("text/plain", """Hello,

A maintenance update is scheduled for one or more Amazon RDS DB instances in your account
447109328815 in the ap-northeast-1 Region between July 20 and August 3, 2025.

No action is required unless you want to apply the update earlier during your own window.

Sincerely,
Amazon Web Services
""", "utf-8", "7bit"), auth_res=auth(ME_P, "aws.com"))

INFO55_T = """Hello,

Thank you for reaching out. My name is Tomás and I'll be looking into the sign-in issue.

The merge left your certification profile attached to your personal login, but the Builder ID
is a separate identity. To see which one the sign-in page is trying to match, I need two things
from you: the email address of the Builder ID you use, and the exact text of the error
(a screenshot works as well).

Best regards,
Tomás G.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right
corner of the correspondence.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark
of Amazon.com, Inc. or its affiliates.

To see all the details of this case, or to respond, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.
""" % C
add(55, ("info_request", True, C, []), addr("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID after account merge" % C,
    d(7, 11, 1, 20), alt(leaf("text/plain", INFO55_T), leaf("text/html", "<html><body><pre style='font-family:Arial'>" + INFO55_T + "</pre></body></html>")),
    reply_to=53, auth_res=auth(ME_P, "amazon.com"))

add(56, ("closing_notice", True, C, []), addr("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID after account merge" % C,
    d(7, 14, 1, 20),
    leaf("text/plain", """Hello,

We haven't heard back from you regarding this case. We will be glad to keep working with you.
If we don't hear from you in the next few days, this case will be resolved automatically.

To keep it open, add a reply to the case in the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Amazon Web Services

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % C, "utf-8", "quoted-printable"), reply_to=55, auth_res=auth(ME_P, "amazon.com"))

add(57, ("unrelated", False, None, []), addr("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME_P,
    "Amazon.co.jpでのご注文 250-4410938-2281756", d(7, 15, 3, 0),
    leaf("text/html", """<html><body><p>高森 伊織 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。</p>
<table><tr><td>注文番号</td><td>250-4410938-2281756</td></tr><tr><td>商品</td><td>AWS認定 SysOps アドミニストレーター 問題集</td></tr><tr><td>お届け予定</td><td>7月17日</td></tr></table></body></html>""", "utf-8", "base64"),
    mid="amazon.co.jp", auth_res=auth(ME_P, "amazon.co.jp"))

add(58, ("resolved", False, C, []), addr("Amazon Web Services", AWSNR), ME_P,
    "RE:[CASE %s] Cannot sign in to AWS Training and Certification with Builder ID after account merge" % C,
    d(7, 16, 0, 50),
    leaf("text/plain", """Hello Iori,

Thanks for the details you added in the console. The Builder ID was still tied to the deactivated
company profile; I've re-linked it to your merged certification account and confirmed the sign-in
works from our side. I'm resolving this case now.

Should the problem come back, you can reopen the case from the Support Center within 14 days.

Tomás G.
Amazon Web Services

We value your feedback. Please share your experience by rating this and other correspondences
in the AWS Support Center.

To see all the details of this case, visit the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""" % C, "utf-8", "7bit"), reply_to=56, auth_res=auth(ME_P, "amazon.com"))

add(59, ("survey", False, C, []), addr("AWS Support", "aws-support-survey@amazon.com"), ME_P,
    "Tell us about your AWS Support experience - case %s" % C, d(7, 17, 3, 0),
    leaf("text/html", """<html><body><table width="600"><tr><td>
<p>Hi,</p><p>Your support case <b>%s</b> was recently resolved. Would you take a moment to tell us how it went?</p>
<p><a href="https://aws.amazon.com/survey/support?case=%s">Start the 3-question survey</a></p>
<p style="font-size:10px">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p></td></tr></table></body></html>""" % (C, C),
        "utf-8", "quoted-printable"), auth_res=auth(ME_P, "amazon.com"))

add(60, ("certification", False, None, []), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days", d(7, 17, 15, 0),
    alt(leaf("text/plain", """Hello Iori Takamori,

Your AWS Certified Developer - Associate certification (validation number 7QXK2L1J9E1Q4PC3)
will expire on October 16, 2025.

To maintain your certification, pass the current version of the exam or a qualifying higher-level
exam before that date. Your 50% discount benefit can be applied when you schedule.

AWS Certification
This is an automated message; please do not reply.
"""), leaf("text/html", """<html><body><p>Hello Iori Takamori,</p><p>Your <b>AWS Certified Developer - Associate</b> certification will expire on <b>October 16, 2025</b>.</p><p><a href="https://www.aws.training/certification">Recertify now</a></p></body></html>""")),
    mid="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"))

add(61, ("suspicious", False, None, []), addr("AWS認定サポート", "no-reply@amazon-certsupport.com"), ME_P,
    "【重要】AWS認定アカウント統合の最終確認（ケース番号: 1752900044）", d(7, 18, 1, 30),
    leaf("text/html", """<html><body><p>お客様各位</p>
<p>お客様のAWS認定アカウント統合手続き（ケース番号：1752900044）において、本人確認が完了しておりません。</p>
<p>24時間以内に下記リンクよりログインし、統合先アカウントをご確認ください。ご対応いただけない場合、取得済みの認定資格がすべて失効いたします。</p>
<p><a href="https://amazon-certsupport.com/jp/verify">本人確認を行う</a></p>
<p>AWS トレーニングと認定</p></body></html>""", "utf-8", "base64"),
    mid="amazon-certsupport.com", auth_res=auth(ME_P, "amazon-certsupport.com"))

add(62, ("unrelated", False, None, []), addr("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
    "Reminder: your AWS exam is tomorrow", d(7, 18, 5, 0),
    leaf("text/plain", """Dear Iori Takamori,

This is a reminder of your upcoming exam.

Registration ID: 428193075
Exam: SOA-C02
Appointment: July 19, 2025 10:00 JST

Run the system test before exam day. Reply to this email is not monitored.
""", "utf-8", "7bit"), mid="pearson.com", auth_res=auth(ME_P, "pearson.com"))

add(63, ("suspicious", False, None, []), addr("Credly", "notify@credly-badges.net"), ME_P,
    "Your AWS badge will be revoked - action needed", d(7, 22, 8, 0),
    leaf("text/html", """<html><body><p>Hi Iori,</p><p>We were unable to verify the issuer of your badge <b>AWS Certified Solutions Architect - Associate</b> after your account merge.</p>
<p>Re-confirm your Credly login within 48 hours to keep it: <a href="https://credly-badges.net/login">Sign in</a></p></body></html>""", "utf-8", "quoted-printable"),
    mid="credly-badges.net", auth_res=auth(ME_P, "credly-badges.net"))

add(64, ("unrelated", False, None, []), addr("Cloud Ops Weekly", "newsletter@cloudopsweekly.dev"), ME_P,
    "Cloud Ops Weekly #212: merging AWS Organizations, closing old accounts, and more", d(7, 24, 0, 0),
    leaf("text/plain", """This week:

* How we merged 40 AWS accounts into one Organization without downtime
* Closing old accounts safely: a checklist
* Certification corner: do you need to recertify?

Reply to this email and tell us what you'd like to read next!
""", "utf-8", "7bit"), mid="cloudopsweekly.dev", auth_res=auth(ME_P, "cloudopsweekly.dev"))

add(65, ("certification", False, None, []), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", d(7, 25, 4, 0),
    leaf("text/plain", """Dear Iori,

Congratulations! You have successfully recertified AWS Certified SysOps Administrator - Associate.
Your new expiration date is July 19, 2028.

Your digital badge will be issued by Credly shortly. You can download your certificate from the
AWS Certification account.

AWS Training and Certification
""", "utf-8", "quoted-printable"), mid="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"))

add(66, ("badge", False, None, []), addr("Credly", "admin@credly.com"), ME_P,
    "Iori, claim your renewed AWS badge", d(7, 25, 4, 10),
    leaf("text/html", CREDLY % ("Your badge has been renewed", "AWS Certified SysOps Administrator - Associate",
                                "c2e9a418-7b30-4f5d-8ec1-5d6a7b8c9d0e"), "utf-8", "base64"),
    mid="credly.com", auth_res=auth(ME_P, "credly.com"))

add(67, ("unrelated", False, None, []), addr("AWS access portal", "no-reply@login.awsapps.com"), ME_P,
    "Your one-time verification code", d(7, 27, 23, 2),
    leaf("text/plain", """Use this code to sign in:

  907 331

This code expires in 10 minutes. Do not share it with anyone.
""", "utf-8", "7bit"), auth_res=auth(ME_P, "login.awsapps.com"))

ACK_E_HTML = """<html><body>
<p>Thank you for contacting Amazon Web Services.</p>
<table border="1" cellpadding="4">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Subject</td><td>AWS Training and Certification Form Submission - account-assistance</td></tr>
<tr><td>Status</td><td>Opened</td></tr>
</table>
<p>We generally respond within 24 hours. Please avoid opening a new case for this same request.</p>
<p>Amazon Web Services</p></body></html>""" % E
add(68, ("acknowledgement", False, E, []), TCFROM, ME_P, tcs(E), d(8, 5, 7, 50),
    leaf("text/html", ACK_E_HTML, "utf-8", "7bit"), auth_res=auth(ME_P, "amazon.com"))

CONF69 = """Iori,

Found one more account. Details:

Account #1
Login email: i.takamori@kumoi-tech.co.jp (SSO, partner portal)
Candidate ID: AWS12650093

Account #2
Login email: takamori.iori.p@gmail.com
Candidate ID: AWS11904457

Merge #1 into #2? Yes/no is enough.

Ahmed
AWS T&C
"""
add(69, ("confirmation_request", True, E, ["AWS12650093", "AWS11904457"]), TCFROM, ME_P, tcs(E), d(8, 6, 0, 15),
    leaf("text/plain", CONF69, "utf-8", "7bit"), reply_to=68, crlf=True, auth_res=auth(ME_P, "amazon.com"))

add(70, ("user_reply", False, E, []), addr(ME_NAME, ME_P), TC, tcs(E, "Re: "), d(8, 6, 9, 31, JST),
    leaf("text/plain", """Yes, merge #1 into #2.

Sent from my iPhone

> On Aug 6, 2025, at 9:15, AWS Training and Certification <%s> wrote:
>
%s
""" % (TC, q(CONF69)), "utf-8", "quoted-printable"), mid="gmail", reply_to=69)

INFO71 = """高森様

ご返信ありがとうございます。統合の方向につきまして承知いたしました。

なお、Account #1 はパートナーポータル経由のシングルサインオンで作成されたアカウントと
見受けられます。この場合、作成元の組織を確認する必要がございますため、
当時どちらの会社のパートナーポータルからサインインされていたか、
お手数ですが本メールへのご返信にてお知らせ願えますでしょうか。

AWS トレーニングと認定 Ahmed

"""
add(71, ("info_request", True, E, []), TCFROM, ME_P, tcs(E), d(8, 7, 2, 0),
    leaf("text/plain", INFO71 + "-----Original Message-----\n" + q(CONF69), "iso-2022-jp", "7bit"),
    reply_to=70, auth_res=auth(ME_P, "amazon.com"))

add(72, ("user_reply", False, E, []), addr("高森 伊織", ME_P), TC, tcs(E, "Re: "), d(8, 7, 12, 40, JST),
    leaf("text/plain", """Ahmed様

ご確認ありがとうございます。
前職の Kumoi Technologies 株式会社のパートナーポータルからサインインしておりました。
なお、同社の APN からはすでに紐付けを解除済みです。

どうぞよろしくお願いいたします。
高森 伊織

2025年8月7日(木) 11:00 AWS Training and Certification <%s>:
%s
""" % (TC, q(INFO71)), "iso-2022-jp", "7bit"), mid="gmail", reply_to=71)

add(73, ("unrelated", False, None, []), addr("Rika Hoshino (Sorano Labs HR)", "onboarding@soranolabs.jp"), ME_P,
    "Welcome aboard! Please send your AWS certification details", d(8, 8, 1, 0),
    leaf("text/plain", """Hi Iori,

Welcome to Sorano Labs! For our AWS Partner tier we track team certifications.
Could you reply with your AWS certification validation numbers and the email address on your
certification account? We need them before your first day (Aug 18).

Thanks!
Rika
""", "utf-8", "7bit"), mid="soranolabs.jp", auth_res=auth(ME_P, "soranolabs.jp"))

RES74 = """<html><body>
<p>Hello Iori,</p>
<p>The third account is now merged. Summary:</p>
<table border="1" cellpadding="4">
<tr><th>Account</th><th>Status</th></tr>
<tr><td>#1 i.takamori@kumoi-tech.co.jp (SSO)</td><td>Merged &amp; deactivated</td></tr>
<tr><td>#2 takamori.iori.p@gmail.com</td><td>Active (all history)</td></tr>
</table>
<p>That's everything on our side - the case is resolved.</p>
<p>Ahmed<br>AWS Training and Certification</p>
<div class="gmail_quote">On Wed, Aug 6, 2025 at 9:15 AM AWS Training and Certification wrote:<br>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div>
</body></html>""" % CONF69.replace("\n", "<br>\n")
add(74, ("resolved", False, E, []), TCFROM, ME_P, tcs(E), d(8, 9, 3, 3),
    leaf("text/html", RES74, "utf-8", "quoted-printable"), reply_to=72, refs=[68, 69, 70, 71, 72],
    auth_res=auth(ME_P, "amazon.com"))

add(75, ("certification", False, None, []), addr("AWS 認定", "do-not-reply@certmetrics.com"), ME_P,
    "AWS 認定アカウントの情報が更新されました", d(8, 9, 6, 0),
    leaf("text/plain", """高森 伊織 様

お客様の AWS 認定アカウントのプロファイル情報が更新されました。
認定通知先メールアドレス: takamori.iori.p@gmail.com

この変更にお心当たりがない場合は、AWS トレーニングと認定までお問い合わせください。
本メールは送信専用アドレスから送信されています。
""", "utf-8", "base64"), mid="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"))

add(76, ("survey", False, E, []), TCFROM, ME_P, "[CASE %s] One question about your recent case" % E, d(8, 10, 2, 0),
    leaf("text/plain", """Hello,

On a scale of 1 to 5, how likely are you to recommend AWS Training and Certification support to
a colleague? Just reply to this email with a number - that's all.

Case: %s

Thank you!
""" % E, "utf-8", "7bit"), auth_res=auth(ME_P, "amazon.com"))

add(77, ("unrelated", False, None, []), addr("Linear Support", "support@linearhelp.app"), ME_P,
    "Re: Request SUP-88121 has been resolved", d(8, 12, 9, 0),
    leaf("text/plain", """Hi Iori,

We've marked your request SUP-88121 (workspace transfer to new email) as resolved.
Your workspaces have been merged under the new address.

If you reply to this message within 5 days the request will reopen automatically.

Linear Support
""", "utf-8", "7bit"), mid="linearhelp.app", auth_res=auth(ME_P, "linearhelp.app"))

add(78, ("case_update", False, E, []), TCFROM, ME_P, tcs(E), d(8, 14, 1, 0),
    leaf("text/plain", """Hi Iori,

Quick note after closing: the partner side has now picked up the merged profile as well, so
your certifications will show up correctly under your new employer once they link you in
Partner Central. Nothing you need to do here.

Ahmed
""", "utf-8", "7bit"), reply_to=74, auth_res=auth(ME_P, "amazon.com"))

add(79, ("suspicious", False, None, []), addr("AWS Training and Certification", "cases@aws-training-certification.co"), ME_P,
    tcs(E), d(8, 15, 11, 0),
    leaf("text/plain", """Hello,

Please confirm the merge of your accounts by replying with your Builder ID password and the
6-digit code we just sent. Without it the case %s will be closed and certifications lost.

AWS Training and Certification
""" % E, "utf-8", "7bit"), mid="aws-training-certification.co",
    auth_res=auth(ME_P, "aws-training-certification.co"))

add(80, ("unrelated", False, None, []), addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS re:Invent 2025 registration is open", d(8, 18, 16, 0),
    alt(leaf("text/plain", """Registration for AWS re:Invent 2025 is now open. Reserve your seat for sessions,
certification lounge access and more.

Register: https://reinvent.awsevents.com
To unsubscribe, reply with STOP or update preferences.
"""), leaf("text/html", """<html><body><h1>re:Invent 2025</h1><p>Registration is open. <a href="https://reinvent.awsevents.com">Register now</a></p><p>AWS Certified? Visit the certification lounge.</p></body></html>""")),
    auth_res=auth(ME_P, "amazon.com"))

add(81, ("unrelated", False, None, []), addr("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Your AWS Builder ID password was changed", d(8, 22, 2, 30),
    leaf("text/plain", """Hello,

The password for your AWS Builder ID (takamori.iori.p@gmail.com) was changed. If you made this
change, no further action is required. If not, reset your password right away.

Amazon Web Services
""", "utf-8", "7bit"), auth_res=auth(ME_P, "signin.aws"))

add(82, ("certification", False, None, ["AWS11904457"]), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification exam results are available", d(8, 25, 7, 0),
    leaf("text/plain", """Hello Iori,

Results for your recent exam are now available in your AWS Certification account under
Exam History. Log in to view your score report.

Candidate ID: AWS11904457

AWS Training and Certification
""", "utf-8", "quoted-printable"), mid="certmetrics.com", auth_res=auth(ME_P, "certmetrics.com"))


def main():
    MSGS.sort(key=lambda x: x[0])
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")):
            os.remove(os.path.join(OUT, f))
    for n, data, lab in MSGS:
        base = "%03d-m%03d" % (n, n)
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
    print(len(MSGS), "messages")


if __name__ == "__main__":
    main()
