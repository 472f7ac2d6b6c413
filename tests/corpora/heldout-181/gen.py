#!/usr/bin/env python3
"""Generate a blind corpus of mailbox messages around AWS Training and Certification cases.
Standard library only. Writes NNN-msg.eml / NNN-msg.json next to this script."""
import os, json, collections
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.charset import Charset, QP, BASE64, SHORTEST
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ME_NAME = "Haruka Nishimura"
ME_P = "nishimura.haruka.k@gmail.com"
ME_C = "haruka.nishimura@kitanami-tech.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NOREPLY = "no-reply-aws@amazon.com"

CASE_A = "174032115800231"   # merge, T&C form, 15 digits
CASE_B = "174032178400562"   # duplicate of A, filed from company address
CASE_C = "12978350461"       # console case, 11 digits (badge not on Credly)
CASE_D = "9371520846"        # Japanese form case, 10 digits (name on certificate)
CASE_E = "17370244519"       # ESL+30 accommodation, 11 digits, closed for no reply then reopened
OLD_ID = "AWS04417298"       # company certification account
NEW_ID = "AWS09163352"       # personal certification account

JST = timezone(timedelta(hours=9))
PST = timezone(timedelta(hours=-8))
UTC = timezone.utc

MSGS = []
MIDS = {}

def cs(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    elif enc == "8bit":
        c.body_encoding = None
    return c

def part(text, sub="plain", charset="utf-8", enc="qp"):
    if charset == "iso-2022-jp":
        return MIMEText(text, sub, "iso-2022-jp")
    if charset == "shift_jis":
        import base64
        m = MIMEText("", sub)
        del m["Content-Transfer-Encoding"]
        m.set_param("charset", "shift_jis")
        raw = base64.encodebytes(text.encode("shift_jis")).decode("ascii")
        m.set_payload(raw)
        m["Content-Transfer-Encoding"] = "base64"
        return m
    if charset == "us-ascii":
        return MIMEText(text, sub, "us-ascii")
    m = MIMEText("", sub)
    del m["Content-Transfer-Encoding"]
    m.set_payload(text, cs(charset, enc))
    if enc == "8bit" and "Content-Transfer-Encoding" not in m:
        m["Content-Transfer-Encoding"] = "8bit"
    return m

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset)

def addr(name, a, charset="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)

def auth(box, domain, ok=True, dkim_ok=None):
    """Authentication-Results as the receiving provider would add it."""
    dk = "pass" if (ok if dkim_ok is None else dkim_ok) else "fail"
    dm = "pass" if ok else "fail"
    if box == "p":
        return ("mx.google.com;\r\n       dkim=%s header.i=@%s header.s=sel1 header.b=Xq3v9T2a;\r\n"
                "       spf=%s (google.com: domain of bounce@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounce@%s;\r\n"
                "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=%s) header.from=%s"
                % (dk, domain, "pass" if ok else "softfail", domain, 11 + len(domain), domain, dm,
                   "NONE" if ok else "QUARANTINE", domain))
    return ("spf=%s (sender IP is 54.240.11.%d) smtp.mailfrom=%s; dkim=%s (signature was verified)"
            " header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s reason=%s"
            % ("pass" if ok else "fail", 20 + len(domain), domain, dk, domain, dm,
               "none" if ok else "quarantine", domain, "pass" if ok else "fail", "100" if ok else "000"))

def mk(n_key, kind, reply, case, cands, *, frm, to, subj, date, body=None, html=None,
       charset="utf-8", enc="qp", cc=None, refs=None, box="p", authres=None, crlf=False,
       extra=None, attach=None, subj_charset=None, mid_domain=None, structure=None):
    """Build one message. n_key names it for threading (In-Reply-To)."""
    if structure is not None:
        m = structure
    elif body is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(part(body, "plain", charset, enc))
        m.attach(part(html, "html", charset, enc))
    elif html is not None:
        m = part(html, "html", charset, enc)
    else:
        m = part(body, "plain", charset, enc)
    if attach is not None:
        outer = MIMEMultipart("mixed")
        outer.attach(m)
        for a in attach:
            outer.attach(a)
        m = outer
    fa = frm[1]
    dom = mid_domain or fa.split("@")[1]
    if "amazon.com" in dom:
        mid = "<0100019%s-%s-000000@email.amazonses.com>" % (format((len(MSGS) * 2654435761) % 16**9, "09x"), format((len(MSGS) * 40503 + 77) % 16**8, "08x"))
    else:
        mid = "<%s.%d.%s@%s>" % (format((len(MSGS) * 97531 + 13) % 16**8, "08x"), 1700000000 + len(MSGS) * 3571, n_key.replace("_", ""), dom)
    MIDS[n_key] = mid
    hs = []
    if authres:
        hs.append(("Authentication-Results", authres))
    hs += [("Message-ID", mid), ("Date", format_datetime(date)), ("From", addr(frm[0], frm[1], subj_charset or "utf-8"))]
    hs.append(("To", ", ".join(addr(x[0], x[1]) if isinstance(x, tuple) else x for x in (to if isinstance(to, list) else [to]))))
    if cc:
        hs.append(("Cc", ", ".join(addr(x[0], x[1]) if isinstance(x, tuple) else x for x in cc)))
    hs.append(("Subject", hdr(subj, subj_charset or "utf-8")))
    if refs:
        ids = [MIDS[r] for r in refs if r in MIDS]
        if ids:
            hs.append(("In-Reply-To", ids[-1]))
            hs.append(("References", " ".join(ids)))
    for k, v in (extra or []):
        hs.append((k, v))
    # put headers before MIME headers
    existing = list(m.items())
    for k in list(m.keys()):
        del m[k]
    for k, v in hs:
        m[k] = v
    if "MIME-Version" not in [k for k, _ in existing]:
        m["MIME-Version"] = "1.0"
    for k, v in existing:
        m[k] = v
    pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
    data = m.as_bytes(policy=pol)
    MSGS.append((data, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))
    return m

def q(text, style=">"):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))

def d(mo, da, h, mi, tz=JST):
    return datetime(2025, mo, da, h, mi, 0, tzinfo=tz)

SIG_TC = """
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered
trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web
Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210"""

SUBJ_A = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_Ab = "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A
SUBJ_B = "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - exam-accommodations" % CASE_E

# ---------------------------------------------------------------- messages, arrival order
def build():
    ME_P_ = (ME_NAME, ME_P)
    ME_C_ = (ME_NAME, ME_C)
    TC_ = ("AWS Training and Certification", TC)

    # 001 E: info request on the accommodation case, to the company box, question buried at the end
    mk("e_req", "info_request", True, CASE_E, [],
       frm=TC_, to=ME_C_, subj=SUBJ_E, date=d(2, 16, 23, 41, UTC), box="c",
       authres=auth("c", "amazon.com"), crlf=True,
       body="""Hello Haruka,

Thanks for your patience while I looked into your accommodation request.

The English as a Second Language (ESL +30) accommodation is granted per certification
account rather than per exam, so once it is approved it applies to every future
English-language exam you book under that account. I can see two certification
accounts that carry your name, and the accommodation can only be attached to one of
them.

Before I submit this to the accommodations team I need two things from you: the
native language you would like recorded, and the email address of the certification
account you actually use to schedule exams.

Best regards,

Tomasz W.
AWS Training and Certification Customer Support
""" + SIG_TC)

    # 002 unrelated: HR off-boarding notice (company), Japanese
    mk("hr1", "unrelated", False, None, [],
       frm=("人事部 総務グループ", "hr-desk@kitanami-tech.co.jp"), to=ME_C_, box="c",
       subj="【ご案内】退職に伴う各種手続きとメールアカウント停止日について", date=d(2, 17, 10, 5),
       charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""西村 遥 さん

人事部の佐伯です。退職日（3月7日）に向けた手続きについてご案内します。

1. 社用PC・入館証は最終出社日の17時までに情報システム課へ返却してください。
2. 社用メールアカウントは3月7日 18:00 に停止します。停止後は受信もできなくなります。
   社外サービスに社用アドレスを登録している場合は、事前に変更をお済ませください。
3. 源泉徴収票は4月中旬に、ご登録の住所へ郵送します。

ご不明点があれば内線 2214 までどうぞ。

人事部 総務グループ 佐伯
""")

    # 003 unrelated: Builder ID one-time code (personal)
    mk("bid", "unrelated", False, None, [],
       frm=("AWS Builder ID", "no-reply@signin.aws"), to=ME_P, subj="Verify your AWS Builder ID email address",
       date=d(2, 18, 3, 2, UTC), authres=auth("p", "signin.aws"),
       html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Someone is creating an AWS Builder ID with this email address. Enter the code below to verify it.</p>
<p style="font-size:28px;letter-spacing:4px"><b>482 915</b></p>
<p>This code expires in 30 minutes. If you did not start this, you can ignore this message.</p>
<p style="color:#777;font-size:11px">Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109</p>
</body></html>""", enc="qp")

    # 004 certification: new certification account created (personal), shows new candidate ID
    mk("cm_new", "certification", False, None, [NEW_ID],
       frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
       subj="Welcome to your AWS Certification Account", date=d(2, 18, 4, 17, UTC),
       authres=auth("p", "certmetrics.com"),
       body="""Hi Haruka,

Your AWS Certification Account is ready. Your candidate ID is %s - keep it handy,
Pearson VUE and our support team may ask for it.

From your account you can schedule exams, download certificates, view your benefits
and share your achievements through Credly.

See you at the exam center,
AWS Certification
""" % NEW_ID, html="""<html><body><table width="600" style="font-family:Arial"><tr><td>
<h2 style="color:#232f3e">Welcome, Haruka</h2>
<p>Your AWS Certification Account is ready. Your candidate ID is <b>%s</b> - keep it handy,
Pearson VUE and our support team may ask for it.</p>
<p>From your account you can schedule exams, download certificates, view your benefits
and share your achievements through Credly.</p>
<p>See you at the exam center,<br>AWS Certification</p></td></tr></table></body></html>""" % NEW_ID)

    # 005 user note to self with both candidate IDs, before any case exists
    mk("note1", "user_reply", False, None, [OLD_ID, NEW_ID],
       frm=ME_P_, to=ME_P, subj="memo: cert account move", date=d(2, 18, 22, 48),
       charset="utf-8", enc="8bit",
       body="""自分用メモ

旧（会社）: %s  haruka.nishimura@kitanami-tech.co.jp
新（個人）: %s  このアドレス

旧アカウントの中身
- SAA-C03 2023/06 合格
- DVA-C02 2023/11 合格
- DOP-C02 2024/09 合格
- 特典: 50%%割引バウチャー 1枚（未使用、2025/09まで）

フォームで統合依頼を出す。残すのは個人の方。
""" % (OLD_ID, NEW_ID))

    # 006 A acknowledgement, multipart, echoes the form incl. both candidate IDs
    ack_txt = """Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
request. The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Severity: General
Correspondence: Use Case: I am leaving Kitanami Technologies on March 7 and will lose
access to my work email. I would like to merge my certification accounts and keep the
personal one.
Email addresses used: haruka.nishimura@kitanami-tech.co.jp, nishimura.haruka.k@gmail.com
Email address to keep: nishimura.haruka.k@gmail.com
Candidate IDs: %s (work), %s (personal)

We typically respond within 24 hours, although some requests need a little longer so
that we can get them right. Did you open this request already? Then there is no need to
submit it again - a second case for the same issue goes to the back of the queue.

Sincerely,
Amazon Web Services
""" % (CASE_A, CASE_A, OLD_ID, NEW_ID)
    mk("a_ack", "acknowledgement", False, CASE_A, [OLD_ID, NEW_ID],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(2, 19, 6, 59, UTC), authres=auth("p", "amazon.com"),
       body=ack_txt + SIG_TC,
       html="<html><body><pre style='font-family:Arial;white-space:pre-wrap'>%s</pre><p style='font-size:10px;color:#888'>%s</p></body></html>"
            % (ack_txt.replace("&", "&amp;").replace("<", "&lt;"), SIG_TC.strip()))

    # 007 B acknowledgement: duplicate filed from the company address, plain, CRLF
    mk("b_ack", "acknowledgement", False, CASE_B, [],
       frm=TC_, to=ME_C, subj=SUBJ_B, date=d(2, 19, 7, 10, UTC), box="c",
       authres=auth("c", "amazon.com"), crlf=True, charset="us-ascii",
       body="""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
request. The details of your case are as follows:

Case ID: %s
Subject: account-assistance
Correspondence: I would like to merge my work certification account into my personal
one before I leave the company.

We typically respond within 24 hours. If a case has already been raised for this
matter, please do not raise another case for the same request.

Sincerely,
Amazon Web Services
""" % (CASE_B, CASE_B) + SIG_TC)

    # 008 unrelated: GitHub PR merged (company)
    mk("gh1", "unrelated", False, None, [],
       frm=("Kenta Ono", "notifications@github.com"), to=("kitanami/infra-terraform", "infra-terraform@noreply.github.com"),
       cc=[("Mention", "mention@noreply.github.com")], box="c",
       subj="Re: [kitanami/infra-terraform] Merge cert-rotation module into main (PR #412)",
       date=d(2, 19, 7, 53, UTC), authres=auth("c", "github.com"),
       extra=[("List-ID", "kitanami/infra-terraform <infra-terraform.kitanami.github.com>"),
              ("X-GitHub-Reason", "mention")],
       body="""Merged #412 into main.

@hnishimura thanks for the handover notes - I have merged the accounts module change
and closed the linked issue #398.

--
Reply to this email directly, view it on GitHub:
https://github.com/kitanami/infra-terraform/pull/412#event-16409921
You are receiving this because you were mentioned.
""", html="""<p>Merged <a href="https://github.com/kitanami/infra-terraform/pull/412">#412</a> into main.</p>
<p><a href="https://github.com/hnishimura">@hnishimura</a> thanks for the handover notes - I have merged the accounts module change and closed the linked issue #398.</p>
<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/kitanami/infra-terraform/pull/412#event-16409921">view it on GitHub</a>.<br>You are receiving this because you were mentioned.</p>""")

    # 009 user reply on B asking to close it (from company)
    mk("b_user", "user_reply", False, CASE_B, [],
       frm=ME_C_, to=TC, subj=SUBJ_B, date=d(2, 19, 17, 22), box="c", refs=["b_ack"],
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True,
       body="""Hello,

I submitted this form twice by mistake - the first one went in from my personal address
as case %s a few minutes earlier. Please close this one and keep working on the other.

Regards,
Haruka Nishimura

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Wednesday, February 19, 2025 4:10 PM
To: %s
Subject: %s

Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your
request.
""" % (CASE_A, TC, ME_C, SUBJ_B, CASE_B))

    # 010 B case_update: closed as duplicate, conditional invitation only
    mk("b_dup", "case_update", False, CASE_B, [],
       frm=TC_, to=ME_C, subj=SUBJ_B, date=d(2, 20, 1, 15, UTC), box="c", refs=["b_ack", "b_user"],
       authres=auth("c", "amazon.com"),
       body="""Hi Haruka,

Understood. I have linked this case to %s and closed it so that both requests do not
compete for attention; the merge will be handled entirely on the other case, where my
colleague has the full history.

Should anything come up that relates only to this duplicate, a reply here will reach us,
but no action is required from you.

Kind regards,
Aiko
AWS Training and Certification Customer Support
""" % CASE_A + SIG_TC)

    # 011 unrelated: AWS marketing, Japanese, HTML
    mk("mkt1", "unrelated", False, None, [],
       frm=("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), to=ME_P,
       subj="【ウェビナー】生成 AI 入門 — 3 月 12 日（水）開催", date=d(2, 20, 3, 0, UTC),
       authres=auth("p", "amazon.com"), enc="b64",
       html="""<html><body><table width="640" align="center" style="font-family:'Hiragino Sans',sans-serif">
<tr><td><h1 style="color:#ff9900">生成 AI 入門ウェビナー</h1>
<p>Amazon Bedrock を使ってアプリケーションに生成 AI を組み込む方法を、デモを交えて 60 分で解説します。</p>
<p><b>日時</b>：2025 年 3 月 12 日（水）14:00–15:00<br><b>参加費</b>：無料</p>
<p><a href="https://aws.amazon.com/jp/events/">今すぐ登録</a></p>
<p style="font-size:10px;color:#999">配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1</p>
</td></tr></table></body></html>""")

    # 012 A on_hold with a question buried in the explanation
    hold_q = """Hello Haruka,

My name is Daniel and I'll be looking after your merge request.

While reviewing the two accounts I found that the one registered to
haruka.nishimura@kitanami-tech.co.jp is linked to an AWS Partner Network organization
(Kitanami Technologies). Certifications on a partner-linked account count toward that
partner's tier, so we do not merge such an account away while the person is still
employed there, and I have put the merge on hold for that reason.

This is usually sorted out quickly. The partner's alliance lead can release the link,
or it releases itself once your employment has ended. Your note mentions that you are
leaving - is March 7 your final day, and will the work mailbox still be readable until
then? Your answer decides whether I wait for the partner or schedule the merge for
after your last day.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
"""
    mk("a_hold1", "on_hold", True, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(2, 20, 8, 37, UTC), refs=["a_ack"],
       authres=auth("p", "amazon.com"), body=hold_q + SIG_TC)

    # 013 unrelated: colleague farewell lunch (company), Japanese, Shift_JIS
    mk("col1", "unrelated", False, None, [],
       frm=("小野 健太", "kenta.ono@kitanami-tech.co.jp"), to=[ME_C_], cc=[("インフラG", "infra-g@kitanami-tech.co.jp")],
       box="c", subj="送別ランチのお知らせ（3/6）", date=d(2, 20, 18, 30),
       charset="shift_jis", subj_charset="iso-2022-jp", enc="b64",
       body="""西村さん、インフラGの皆さん

3/6（木）12:00から、西村さんの送別ランチを行います。
場所は本社ビル地下の「やまぶき」です。
出欠を2/28までに小野まで返信してください。

小野
""")

    # 014 user reply to the hold (personal, Gmail style quote)
    mk("a_user1", "user_reply", False, CASE_A, [],
       frm=ME_P_, to=TC, subj=SUBJ_A, date=d(2, 21, 7, 55), refs=["a_ack", "a_hold1"],
       body="""Hi Daniel,

Yes, March 7 is my last day at Kitanami Technologies, and I can read the work mailbox
until 18:00 JST that day. After that it is shut down completely. I have already told our
alliance team that my certifications will move with me, so they should not object.

Thank you,
Haruka

On Thu, Feb 20, 2025 at 5:37 PM AWS Training and Certification <%s> wrote:
%s
""" % (TC, q(hold_q)))

    # 015 suspicious: lookalike domain phishing with a case-like number
    mk("phish1", "suspicious", False, None, [],
       frm=("AWS Certification Support", "support@aws-certsupport-center.com"), to=ME_P,
       subj="RE:[CASE 1740329981] Action required: verify your certification account before merge",
       date=d(2, 21, 10, 14, UTC),
       authres="mx.google.com;\r\n       dkim=pass header.i=@aws-certsupport-center.com header.s=k1;\r\n       spf=pass (google.com: domain of support@aws-certsupport-center.com designates 185.213.20.7 as permitted sender) smtp.mailfrom=support@aws-certsupport-center.com;\r\n       dmarc=pass (p=NONE) header.from=aws-certsupport-center.com",
       html="""<html><body style="font-family:Arial">
<p>Dear Candidate,</p>
<p>Your account merge request has been flagged for identity verification. To avoid losing
your certification history, sign in within <b>24 hours</b> using the secure link below and
confirm your Builder ID password.</p>
<p><a href="http://aws-certsupport-center.com/verify?c=1740329981">Verify my account</a></p>
<p>Unverified requests are cancelled automatically and the certifications on both accounts are suspended.</p>
<p>AWS Training &amp; Certification</p></body></html>""")

    # 016 unrelated: AWS billing (personal), 12-digit account id
    mk("bill1", "unrelated", False, None, [],
       frm=("Amazon Web Services", "aws-billing@amazon.com"), to=ME_P,
       subj="Amazon Web Services Billing Statement Available [Account: 318604772195]",
       date=d(2, 21, 21, 3, UTC), authres=auth("p", "amazon.com"),
       body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 4.37

[AWS ID 318604772195]

You can see a complete break-down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.
""" + SIG_TC)

    # 017 A on_hold, nothing asked, Outlook-ish HTML
    mk("a_hold2", "on_hold", False, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(2, 21, 23, 48, UTC), refs=["a_ack", "a_hold1", "a_user1"],
       authres=auth("p", "amazon.com"),
       html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Haruka,</p>
<p>Thanks, that helps. I have written to the alliance contact registered for Kitanami Technologies
and asked them to release the partner link on the work account. Until they do, the case
stays on hold on our side; there is nothing you need to send us in the meantime.</p>
<p>If the partner has not answered by March 7, the link lapses with your employment and I will
continue from there.</p>
<p>Best regards,<br>Daniel R.<br>AWS Training and Certification Customer Support</p>
<hr>
<div style="color:#666"><b>From:</b> Haruka Nishimura &lt;nishimura.haruka.k@gmail.com&gt;<br>
<b>Sent:</b> Friday, February 21, 2025 7:55 AM JST<br><b>Subject:</b> %s<br><br>
Yes, March 7 is my last day at Kitanami Technologies, and I can read the work mailbox until 18:00 JST that day.</div>
</body></html>""" % SUBJ_A)

    # 018 unrelated: other vendor helpdesk "solved" (Zendesk)
    mk("zd1", "unrelated", False, None, [],
       frm=("Backlog Support", "support@nulab.zendesk.com"), to=ME_P,
       subj="[Backlog Support] Re: Cannot transfer space ownership - request #48211 solved",
       date=d(2, 22, 2, 20, UTC), authres=auth("p", "nulab.zendesk.com"),
       body="""##- Please type your reply above this line -##

Your request (48211) has been solved. To reopen this request, reply to this email.

Sakura (Backlog Support)
Feb 22, 2025, 11:19 JST

Hi Haruka, the space ownership is now on your personal Nulab account. We will close this
ticket; if the transfer misbehaves again, just answer this message and it reopens.

This email is a service from Backlog Support.
[7XK2D0-Y9R1]
""")

    # 019 unrelated: Japanese newsletter, ISO-2022-JP
    mk("nl1", "unrelated", False, None, [],
       frm=("クラウド週報", "weekly@cloud-shuho.jp"), to=ME_P, subj="クラウド週報 第212号：認定試験の最新動向",
       date=d(2, 22, 12, 0), charset="iso-2022-jp", subj_charset="iso-2022-jp",
       extra=[("List-Unsubscribe", "<https://cloud-shuho.jp/unsub?u=8812>")],
       body="""━━━━━━━━━━━━━━━━━━━━━━
クラウド週報 第212号
━━━━━━━━━━━━━━━━━━━━━━

■ 今週のトピック
・AWS 認定の新試験、ベータ受験の申し込み開始
・転職時に認定アカウントを移行するときの注意点（読者投稿）
  「会社のメールが止まる前にサポートとのやり取りを終えること」
・Azure と Google Cloud の資格更新ルール比較

■ 読者アンケート
ご意見をお寄せいただける方は、このメールに返信してください。

配信停止：https://cloud-shuho.jp/unsub
""")

    # 020 E closing notice: closed for no reply, reply reopens (company)
    mk("e_close", "closing_notice", True, CASE_E, [],
       frm=TC_, to=ME_C, subj=SUBJ_E, date=d(2, 23, 4, 2, UTC), box="c", refs=["e_req"],
       authres=auth("c", "amazon.com"), crlf=True,
       body="""Hello Haruka,

We wrote to you on February 17 about your ESL +30 accommodation and have not received an
answer, so this case has now been closed.

Closing it does not cancel anything. A reply to this message with the details requested
below reopens the case and I will pick it up where we left off.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

---- Previous message ----
Before I submit this to the accommodations team I need two things from you: the
native language you would like recorded, and the email address of the certification
account you actually use to schedule exams.
""" + SIG_TC)

    # 021 E user reply (company), top-posted over Outlook header block
    mk("e_user", "user_reply", False, CASE_E, [],
       frm=ME_C_, to=TC, subj=SUBJ_E, date=d(2, 24, 9, 12), box="c", refs=["e_req", "e_close"],
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True,
       body="""Hello Tomasz,

Sorry for the slow answer. Native language: Japanese. Please attach the accommodation to
the account on nishimura.haruka.k@gmail.com - that is the one I will keep; a merge of my
two accounts is already in progress under case %s.

Regards,
Haruka Nishimura

________________________________
From: AWS Training and Certification <%s>
Sent: Sunday, February 23, 2025 1:02 PM
To: %s
Subject: %s

Hello Haruka,

We wrote to you on February 17 about your ESL +30 accommodation and have not received an
answer, so this case has now been closed.
""" % (CASE_A, TC, ME_C, SUBJ_E))

    # 022 unrelated: AWS Partner Central notice to company address
    mk("apn1", "unrelated", False, None, [],
       frm=("AWS Partner Network", "apn-no-reply@amazon.com"), to=ME_C, box="c",
       subj="AWS Partner Central: certification link change requested for your user",
       date=d(2, 24, 1, 30, UTC), authres=auth("c", "amazon.com"),
       body="""Hello Haruka Nishimura,

Your Partner Central alliance lead has removed the certification-sharing link between your
Partner Central user and your AWS Certification account. Certifications earned on that
account will no longer count toward Kitanami Technologies.

No action is required. This change can take up to 5 business days to appear in Partner
Central.

AWS Partner Network
""")

    # 023 A case_update: hold lifted
    mk("a_lift", "case_update", False, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(2, 24, 5, 6, UTC), refs=["a_ack", "a_hold1", "a_user1", "a_hold2"],
       authres=auth("p", "amazon.com"),
       body="""Hi Haruka,

Good news: Kitanami Technologies' alliance lead released the partner link this morning, so
the hold on your case has been lifted. I'm passing the case to our account team, who
prepare the merge itself; they will be in touch shortly.

Regards,
Daniel R.
AWS Training and Certification Customer Support
""" + SIG_TC)

    # 024 E case_update: reopened and handed to accommodations team
    mk("e_reopen", "case_update", False, CASE_E, [],
       frm=TC_, to=ME_C, subj=SUBJ_E, date=d(2, 24, 22, 40, UTC), box="c", refs=["e_req", "e_close", "e_user"],
       authres=auth("c", "amazon.com"),
       body="""Hello Haruka,

Thank you - your case is open again. I have sent the request to the accommodations team
with Japanese as your native language and the personal account as the target. Their
review normally takes three to five business days and I will write as soon as they have
decided.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support
""" + SIG_TC)

    # 025 A confirmation request: HTML-only table, to personal, CC company
    conf_rows = [("Account #1", NEW_ID, ME_P, ME_P, ME_P), ("Account #2", OLD_ID, ME_C, ME_C, ME_C)]
    rows = "".join("<tr><td style='border:1px solid #999;padding:4px'><b>%s</b></td><td style='border:1px solid #999;padding:4px'>%s</td><td style='border:1px solid #999;padding:4px'>%s</td><td style='border:1px solid #999;padding:4px'>%s</td><td style='border:1px solid #999;padding:4px'>%s</td></tr>" % r for r in conf_rows)
    conf_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Haruka,</p>
<p>I'm Priya from the account team and I've prepared your merge. These are the certification
accounts I found for you:</p>
<table style="border-collapse:collapse">
<tr><th style='border:1px solid #999;padding:4px'></th><th style='border:1px solid #999;padding:4px'>Candidate ID</th><th style='border:1px solid #999;padding:4px'>Login email</th><th style='border:1px solid #999;padding:4px'>Training notification email</th><th style='border:1px solid #999;padding:4px'>Certification notification email</th></tr>
%s
</table>
<p>The exam history, certifications and benefits of Account #2 will be moved into Account #1,
and Account #2 will then be deactivated. A merge cannot be undone.</p>
<p>Are both accounts yours, and is Account #1 the one to keep? Once you confirm, I will run
the merge the same day.</p>
<p>Warm regards,<br>Priya S.<br>AWS Training and Certification &ndash; Account Services</p>
<p style="font-size:10px;color:#888">%s</p>
</body></html>""" % (rows, SIG_TC.strip())
    mk("a_conf", "confirmation_request", True, CASE_A, [NEW_ID, OLD_ID],
       frm=TC_, to=ME_P, cc=[ME_C], subj=SUBJ_A, date=d(2, 25, 3, 12, UTC),
       refs=["a_ack", "a_hold1", "a_user1", "a_hold2", "a_lift"],
       authres=auth("p", "amazon.com"), html=conf_html, enc="b64")

    # 026 A user forwards the CC'd copy from company box to personal (Outlook forward)
    mk("a_fwd", "user_reply", False, CASE_A, [],
       frm=ME_C_, to=ME_P, subj="FW: " + SUBJ_A, date=d(2, 25, 13, 4), box="c", refs=["a_conf"],
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True,
       body="""keep a copy in personal mail, work box closes 3/7

________________________________
From: AWS Training and Certification <%s>
Sent: Tuesday, February 25, 2025 12:12 PM
To: %s
Cc: %s
Subject: %s

Hello Haruka,

I'm Priya from the account team and I've prepared your merge. These are the certification
accounts I found for you:

Account #1  %s  Login email: %s
Account #2  %s  Login email: %s

Are both accounts yours, and is Account #1 the one to keep? Once you confirm, I will run
the merge the same day.

Warm regards,
Priya S.
""" % (TC, ME_P, ME_C, SUBJ_A, NEW_ID, ME_P, OLD_ID, ME_C))

    # 027 unrelated: Pearson VUE appointment with 9-digit registration number
    mk("pv1", "unrelated", False, None, [],
       frm=("Pearson VUE", "pearsonvueconfirmation@pearson.com"), to=ME_P,
       subj="Pearson VUE Confirmation of Booking", date=d(2, 25, 6, 41, UTC),
       authres=auth("p", "pearson.com"),
       body="""Dear Haruka Nishimura,

Thank you for scheduling your exam with Pearson VUE.

Exam: AWS Certified Security - Specialty (SCS-C02)
Language: Japanese
Appointment: Thursday, April 10, 2025 10:00 JST
Location: OnVUE online proctored
Registration ID: 481927365

Please check in 30 minutes before your appointment. To reschedule, sign in to your
AWS Certification Account at least 24 hours in advance.

Pearson VUE
""")

    # 028 unrelated: colleague forwards his own merge confirmation as an example (hard negative)
    mk("col_fwd", "unrelated", False, None, [],
       frm=("Ryo Fujita", "ryo.fujita@kitanami-tech.co.jp"), to=ME_C_, box="c",
       subj="Fwd: RE:[CASE 173311904500780] [AWS Training and Certification Form Submission] - account-assistance",
       date=d(2, 25, 15, 50), charset="utf-8", enc="8bit",
       body="""西村さん

去年自分が移行したときのメールです。こんな感じで確認が来るので、Account #1 かどうかだけ
よく見てから返事すれば大丈夫でした。参考まで。

藤田

---------- Forwarded message ---------
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Dec 2, 2024 at 9:44 AM
Subject: RE:[CASE 173311904500780] [AWS Training and Certification Form Submission] - account-assistance
To: <ryo.fujita.home@gmail.com>

Hello Ryo,

Account #1
Login email: ryo.fujita.home@gmail.com
Certification notification email: ryo.fujita.home@gmail.com

Account #2
Login email: ryo.fujita@kitanami-tech.co.jp
Certification notification email: ryo.fujita@kitanami-tech.co.jp

Please confirm that we should merge Account #2 into Account #1.

Thank you,
Marco
""")

    # 029 suspicious: looks genuine, amazon.com From, but DMARC/DKIM fail
    mk("phish2", "suspicious", False, None, [],
       frm=("AWS Training and Certification", TC), to=ME_P,
       subj="RE:[CASE 174033870112904] [AWS Training and Certification Form Submission] - account-assistance",
       date=d(2, 26, 1, 7, UTC),
       authres=auth("p", "amazon.com", ok=False),
       extra=[("Received-SPF", "softfail (google.com: domain of transitioning aws-cs-trainingcertification-form@amazon.com does not designate 91.243.44.18 as permitted sender)")],
       body="""Hello,

We are ready to merge your certification accounts. For security reasons the merge must be
confirmed through our verification portal rather than by email:

https://aws-training-verify.support-portal.cc/merge?case=174033870112904

Sign in with your AWS Builder ID. Requests not confirmed within 48 hours are cancelled.

Sincerely,
Amazon Web Services
""")

    # 030 user_reply: handover mail to a colleague (company, Japanese)
    mk("handover", "user_reply", False, None, [],
       frm=(u"西村 遥", ME_C), to=[("小野 健太", "kenta.ono@kitanami-tech.co.jp")], box="c",
       subj="引き継ぎ資料の共有", date=d(2, 26, 17, 45), charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""小野さん

お疲れさまです。西村です。
証明書ローテーションまわりの引き継ぎ資料を共有フォルダに置きました。
/infra/handover/nishimura/ 配下です。

不明点があれば、3/7までにお声がけください。
ランチも出席します、ありがとうございます。

西村
""")

    # 031 unrelated: colleague out-of-office auto reply
    mk("ooo1", "unrelated", False, None, [],
       frm=("小野 健太", "kenta.ono@kitanami-tech.co.jp"), to=ME_C, box="c",
       subj="自動応答: 引き継ぎ資料の共有", date=d(2, 26, 17, 45), refs=["handover"],
       charset="iso-2022-jp", subj_charset="iso-2022-jp",
       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
       body="""2/26〜2/27は出張のため不在です。2/28以降に順次返信いたします。
お急ぎの場合はインフラGの共有アドレス infra-g@kitanami-tech.co.jp までご連絡ください。
""")

    # 032 A closing notice, short, to both addresses
    mk("a_close", "closing_notice", True, CASE_A, [],
       frm=TC_, to=ME_P, cc=[ME_C], subj=SUBJ_Ab, date=d(2, 28, 2, 30, UTC), refs=["a_conf"],
       authres=auth("p", "amazon.com"),
       body="""Hi Haruka,

Just checking in on the account listing I sent on February 25 - I haven't seen an answer
yet. Without a reply in the next 3 days this case will be closed automatically, and your
accounts will stay separate. Answering this email keeps the case open.

Priya S.
AWS Training and Certification - Account Services
""" + SIG_TC)

    # 033 A user confirms from the company address
    mk("a_user2", "user_reply", False, CASE_A, [],
       frm=ME_C_, to=TC, subj=SUBJ_Ab, date=d(2, 28, 12, 10), box="c", refs=["a_conf", "a_close"],
       extra=[("X-Mailer", "Microsoft Outlook 16.0")], crlf=True,
       body="""Hi Priya,

Sorry, I missed the first mail. Both accounts are mine. Confirmed - please merge into
Account #1 (%s).

Haruka

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, February 28, 2025 11:30 AM
Subject: %s

Just checking in on the account listing I sent on February 25 - I haven't seen an answer
yet.
""" % (ME_P, TC, SUBJ_Ab))

    # 034 A info_request: reply must come from the address on file
    mk("a_addr", "info_request", True, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(3, 1, 0, 52, UTC), refs=["a_conf", "a_close", "a_user2"],
       authres=auth("p", "amazon.com"),
       body="""Hello Haruka,

Thank you for your confirmation. It reached us from haruka.nishimura@kitanami-tech.co.jp,
however, and the merge approval has to come from the email address registered on this case
- nishimura.haruka.k@gmail.com - because that account is the one that receives everything.

Please send the same confirmation again from the Gmail address (a one-line answer to this
message is fine) and I will complete the merge as soon as it arrives.

Warm regards,
Priya S.
AWS Training and Certification - Account Services
""" + SIG_TC)

    # 035 unrelated: Skill Builder receipt (no-reply@aws.training)
    mk("sb1", "unrelated", False, None, [],
       frm=("AWS Skill Builder", "no-reply@aws.training"), to=ME_P,
       subj="Your AWS Skill Builder Individual subscription receipt", date=d(3, 1, 0, 58, UTC),
       authres=auth("p", "aws.training"),
       html="""<html><body><table style="font-family:Arial"><tr><td>
<h3>Thanks for subscribing</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Plan</td><td>Individual (monthly)</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Order</td><td>SB-2025-0301-77410</td></tr>
<tr><td>Next renewal</td><td>April 1, 2025</td></tr></table>
<p>Manage your subscription any time from your Skill Builder account settings.</p>
</td></tr></table></body></html>""")

    # 036 A user confirms again from personal
    mk("a_user3", "user_reply", False, CASE_A, [],
       frm=ME_P_, to=TC, subj=SUBJ_A, date=d(3, 1, 10, 3), refs=["a_conf", "a_close", "a_user2", "a_addr"],
       body="""Confirmed. Please merge into Account #1 (nishimura.haruka.k@gmail.com).

Haruka Nishimura

On Sat, Mar 1, 2025 at 9:52 AM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> Thank you for your confirmation. It reached us from haruka.nishimura@kitanami-tech.co.jp,
> however, and the merge approval has to come from the email address registered on this case
> - nishimura.haruka.k@gmail.com - because that account is the one that receives everything.
>
> Please send the same confirmation again from the Gmail address (a one-line answer to this
> message is fine) and I will complete the merge as soon as it arrives.
""" % TC)

    # 037 A resolved: merged, quotes the earlier confirmation request
    mk("a_done", "resolved", False, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(3, 1, 4, 21, UTC), refs=["a_conf", "a_addr", "a_user3"],
       authres=auth("p", "amazon.com"),
       body="""Hello Haruka,

All done - the merge is complete. Your exam history, certifications and the exam voucher
now sit on the account for nishimura.haruka.k@gmail.com, and the former work account has
been deactivated. Credly badges usually follow within a day.

If something looks wrong when you sign in, answering this message will bring it back to me.

Warm regards,
Priya S.
AWS Training and Certification - Account Services

-----Original Message-----
From: AWS Training and Certification
Sent: 25 February 2025 03:12 UTC
Subject: %s

Account #1  %s  Login email: %s
Account #2  %s  Login email: %s

Are both accounts yours, and is Account #1 the one to keep? Once you confirm, I will run
the merge the same day.
""" % (SUBJ_A, NEW_ID, ME_P, OLD_ID, ME_C) + SIG_TC)

    # 038-039 badges
    for i, (cert, code) in enumerate([("AWS Certified Solutions Architect - Associate", "b7a1e0c2-3f9d-4c1e-9a55-2d7f0e6c11aa"),
                                      ("AWS Certified DevOps Engineer - Professional", "e4c09d1b-77f2-48aa-b3d0-90c1f2a6d3e5")]):
        mk("badge%d" % i, "badge", False, None, [],
           frm=("Credly", "admin@credly.com"), to=ME_P,
           subj="Amazon Web Services Training and Certification sent you a new badge",
           date=d(3, 1, 5, 2 + i * 3, UTC), authres=auth("p", "credly.com"),
           body="""Hi Haruka,

Amazon Web Services Training and Certification has issued you the %s badge.
Accept it to add it to your Credly profile and share it:

https://www.credly.com/badges/%s

Credly, a Pearson company
""" % (cert, code), html="""<html><body style="font-family:Helvetica,Arial"><div style="max-width:600px;margin:auto">
<p>Hi Haruka,</p><p><b>Amazon Web Services Training and Certification</b> has issued you the <b>%s</b> badge.</p>
<p><a href="https://www.credly.com/badges/%s" style="background:#ff6b00;color:#fff;padding:10px 18px;text-decoration:none">Accept badge</a></p>
<p style="font-size:11px;color:#777">Credly, a Pearson company &middot; 13 East 37th Street, New York, NY</p></div></body></html>""" % (cert, code))

    # 040 survey for A
    mk("a_survey", "survey", False, CASE_A, [],
       frm=("AWS Training and Certification", "aws-training-survey@amazon.com"), to=ME_P,
       subj="How did we do? Case %s" % CASE_A, date=d(3, 2, 1, 0, UTC), authres=auth("p", "amazon.com"),
       html="""<html><body style="font-family:Arial"><p>Hello,</p>
<p>Your recent request to AWS Training and Certification (case %s) has been resolved. Would you take
one minute to tell us how it went?</p>
<p>How satisfied were you with the support you received?</p>
<p><a href="https://survey.aws.training/s?c=%s&r=5">Very satisfied</a> | <a href="https://survey.aws.training/s?c=%s&r=3">Neutral</a> | <a href="https://survey.aws.training/s?c=%s&r=1">Not satisfied</a></p>
<p style="font-size:10px;color:#888">You received this one-time survey because you contacted AWS Training and Certification.</p></body></html>"""
       % (CASE_A, CASE_A, CASE_A, CASE_A))

    # 041 A user reply: voucher missing after merge (reopens A)
    mk("a_user4", "user_reply", False, CASE_A, [],
       frm=ME_P_, to=TC, subj=SUBJ_A, date=d(3, 3, 9, 20), refs=["a_conf", "a_addr", "a_user3", "a_done"],
       body="""Hi Priya,

Thank you - exam history and all three certifications are on the personal account now.
The 50%% exam voucher from the work account is not under Benefits, though. Could you take
another look?

Haruka

On Sat, Mar 1, 2025 at 1:21 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
>
> All done - the merge is complete. Your exam history, certifications and the exam voucher
> now sit on the account for nishimura.haruka.k@gmail.com, and the former work account has
> been deactivated.
""" % TC)

    # 042 E resolved (company box)
    mk("e_done", "resolved", False, CASE_E, [],
       frm=TC_, to=ME_C, subj=SUBJ_E, date=d(3, 3, 2, 5, UTC), box="c", refs=["e_req", "e_close", "e_user", "e_reopen"],
       authres=auth("c", "amazon.com"), crlf=True,
       body="""Hello Haruka,

The accommodations team approved ESL +30 for your certification account on
nishimura.haruka.k@gmail.com. It is applied automatically the next time you book an exam
in English; you do not have to request it again. I have marked this case resolved.

Best regards,
Tomasz W.
AWS Training and Certification Customer Support

> the native language you would like recorded, and the email address of the
> certification account you actually use to schedule exams.
""" + SIG_TC)

    # 043 A case_update: reopened, sent to benefits team
    mk("a_reopen", "case_update", False, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(3, 3, 6, 44, UTC), refs=["a_done", "a_user4"],
       authres=auth("p", "amazon.com"),
       body="""Hi Haruka,

Thanks for letting me know. I've reopened your case and handed the missing voucher to our
benefits team - vouchers are moved by a separate process and occasionally get left behind.
I'll update you once they have looked at it.

Priya S.
AWS Training and Certification - Account Services
""" + SIG_TC)

    # 044 suspicious: Credly lookalike
    mk("phish3", "suspicious", False, None, [],
       frm=("Credly Badges", "notify@credly-badges.net"), to=ME_P,
       subj="Your AWS badge is about to expire - claim it now", date=d(3, 4, 0, 31, UTC),
       authres="mx.google.com;\r\n       dkim=none;\r\n       spf=neutral (google.com: 45.91.12.6 is neither permitted nor denied) smtp.mailfrom=notify@credly-badges.net;\r\n       dmarc=none header.from=credly-badges.net",
       html="""<html><body style="font-family:Helvetica"><p>Hi,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> badge was transferred to a new account and must be claimed again
within 48 hours, otherwise it will be revoked.</p>
<p><a href="http://credly-badges.net/claim?id=88213">Sign in with your AWS account to claim</a></p>
<p>Credly Team</p></body></html>""")

    # 045 unrelated: GitHub dependabot on personal repo
    mk("gh2", "unrelated", False, None, [],
       frm=("dependabot[bot]", "notifications@github.com"), to=("hnishimura/dotfiles", "dotfiles@noreply.github.com"),
       subj="[hnishimura/dotfiles] Bump urllib3 from 2.2.1 to 2.2.2 (PR #17)", date=d(3, 4, 18, 12, UTC),
       authres=auth("p", "github.com"), extra=[("List-ID", "hnishimura/dotfiles <dotfiles.hnishimura.github.com>")],
       body="""Bumps urllib3 from 2.2.1 to 2.2.2.

Dependabot will resolve any conflicts with this PR as long as you don't alter it yourself.
You can also trigger a rebase manually by commenting @dependabot rebase.

You can view, comment on, or merge this pull request online at:
  https://github.com/hnishimura/dotfiles/pull/17
""")

    # 046 A info_request from the benefits team: question, no "please"
    ben_txt = """Hello Haruka,

I'm Mateo with the certification benefits team; Priya passed your case to me.

The work account shows a 50% discount voucher issued after your DevOps Engineer -
Professional exam in September 2024, but its status is ambiguous: the system marks it as
"redeemed" on a date that has no matching exam booking. Vouchers move over automatically
when they are unused; a redeemed one does not. Before I override that status I have to be
sure it was never applied to a booking of yours.

Did you use that voucher for any exam, including one you later cancelled? The voucher code
would also help if you still have it.

Regards,
Mateo L.
AWS Certification Benefits
"""
    mk("a_ben", "info_request", True, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(3, 5, 1, 9, UTC), refs=["a_done", "a_user4", "a_reopen"],
       authres=auth("p", "amazon.com"), body=ben_txt + SIG_TC,
       html="<html><body style='font-family:Arial'>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in ben_txt.strip().split("\n\n")) + "</body></html>")

    # 047 A user reply with old candidate ID in new text
    mk("a_user5", "user_reply", False, CASE_A, [OLD_ID],
       frm=ME_P_, to=TC, subj=SUBJ_A, date=d(3, 5, 12, 40), refs=["a_reopen", "a_ben"],
       body="""Hi Mateo,

No, I never used it. I started booking SCS-C02 on the old account (%s) in January, applied
the voucher at checkout and then abandoned the booking before paying - maybe that is the
"redeemed" date. The code was AWSCERT50-7QK2-M9TD.

Thanks,
Haruka

On Wed, Mar 5, 2025 at 10:09 AM AWS Training and Certification <%s> wrote:
%s
""" % (OLD_ID, TC, q(ben_txt)))

    # 048 A resolved: voucher restored, survey footer, quoted question below
    mk("a_done2", "resolved", False, CASE_A, [],
       frm=TC_, to=ME_P, subj=SUBJ_A, date=d(3, 6, 2, 33, UTC), refs=["a_ben", "a_user5"],
       authres=auth("p", "amazon.com"),
       body="""Hello Haruka,

That explains it: the abandoned checkout had locked the voucher. I have released it and it
is now listed under Benefits on your personal account, valid until September 30, 2025.
With that, everything from the work account has been carried over and this case is
resolved.

We value your feedback. Please share your experience by rating this correspondence using
the link below:
https://survey.aws.training/s?c=%s

Regards,
Mateo L.
AWS Certification Benefits

--- On 05/03/2025 Mateo L. wrote ---
> Did you use that voucher for any exam, including one you later cancelled? The voucher code
> would also help if you still have it.
""" % CASE_A + SIG_TC)

    # 049 certification: benefit available
    mk("cm_ben", "certification", False, None, [],
       frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
       subj="A new benefit is available in your AWS Certification Account", date=d(3, 6, 3, 0, UTC),
       authres=auth("p", "certmetrics.com"),
       body="""Hello Haruka,

A 50% exam discount voucher has been added to your AWS Certification Account. Open the
Benefits tab to view the code; it expires on September 30, 2025.

AWS Certification
""")

    # 050 unrelated: HR last-day reminder (company)
    mk("hr2", "unrelated", False, None, [],
       frm=("情報システム課", "it-helpdesk@kitanami-tech.co.jp"), to=ME_C, box="c",
       subj="【本日18:00】メールアカウント停止のお知らせ", date=d(3, 7, 9, 0),
       charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""西村 遥 様

本日18:00に社用メールアカウントおよびVPNアカウントを停止します。
停止後に届いたメールは送信元へエラーとして返送されます。

情報システム課
""")

    # 051 user_reply: farewell to the team (company)
    mk("bye", "user_reply", False, None, [],
       frm=(u"西村 遥", ME_C), to=[("全社", "all@kitanami-tech.co.jp")], box="c",
       subj="退職のご挨拶", date=d(3, 7, 16, 30), charset="utf-8", enc="b64",
       body="""皆さま

本日をもちまして退職いたします。五年間、本当にお世話になりました。
今後のご連絡は個人アドレス nishimura.haruka.k@gmail.com までいただければ幸いです。

皆さまのご健勝をお祈りしております。

西村 遥
""")

    CONSOLE_FOOT = """
To see the details of this case and respond, please use the following link:
https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""
    AWS_ = ("Amazon Web Services", NOREPLY)
    SUBJ_C = "RE:[CASE %s] Digital badge for DevOps Engineer - Professional not in Credly" % CASE_C
    CASE_BILL = "12983104477"
    SUBJ_BILL = "RE:[CASE %s] Refund request for unused Savings Plan" % CASE_BILL

    # 052 unrelated: AWS Summit registration confirmation
    mk("summit", "unrelated", False, None, [],
       frm=("AWS Summit Japan", "aws-summit-japan@amazon.com"), to=ME_P,
       subj="AWS Summit Japan 2025 ご登録ありがとうございます", date=d(3, 8, 2, 0, UTC),
       authres=auth("p", "amazon.com"), charset="utf-8", enc="b64",
       html="""<html><body><p>西村 遥 様</p><p>AWS Summit Japan 2025 へのご登録が完了しました。</p>
<p>開催日：2025年6月25日（水）・26日（木）<br>会場：幕張メッセ</p>
<p>当日は登録時の QR コードをご提示ください。登録内容の変更は<a href="https://aws.amazon.com/jp/summits/japan/">マイページ</a>から行えます。</p></body></html>""")

    # 053 C console acknowledgement
    mk("c_ack", "acknowledgement", False, CASE_C, [],
       frm=AWS_, to=ME_P, subj="Amazon Web Services: New Support case: %s" % CASE_C,
       date=d(3, 9, 5, 18, UTC), authres=auth("p", "amazon.com"),
       body="""Dear AWS customer,

We have received your request and opened a new support case.

Case ID: %s
Subject: Digital badge for DevOps Engineer - Professional not in Credly
Severity: General guidance
Category: Certification, Digital badges

An AWS Support engineer will review it; you will receive an email when the case is
updated.
""" % CASE_C + CONSOLE_FOOT % CASE_C)

    # 054 unrelated: another console case (billing) - AWS support but not T&C
    mk("bill_ack", "unrelated", False, None, [],
       frm=AWS_, to=ME_P, subj="Amazon Web Services: New Support case: %s" % CASE_BILL,
       date=d(3, 10, 0, 2, UTC), authres=auth("p", "amazon.com"),
       body="""Dear AWS customer,

We have received your request and opened a new support case.

Case ID: %s
Subject: Refund request for unused Savings Plan
Severity: General guidance
Category: Account and billing

[AWS ID 318604772195]
""" % CASE_BILL + CONSOLE_FOOT % CASE_BILL)

    # 055 C info request: must answer in the Support Center
    mk("c_req", "info_request", True, CASE_C, [],
       frm=AWS_, to=ME_P, subj=SUBJ_C, date=d(3, 10, 6, 31, UTC), refs=["c_ack"],
       authres=auth("p", "amazon.com"),
       body="""Hello,

Thank you for contacting AWS Support about your DevOps Engineer - Professional badge.

Badges are issued to the Credly account whose email address matches the certification
account's notification email. Your certification account recently received merged
records, so the badge may have been issued to a Credly profile under another address.

To trace it, we need the email address your Credly profile is registered with, and the
candidate ID shown in the top-right corner of your AWS Certification Account. Kindly add
both to the case through the Support Center.

Best regards,
Shreya K.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_C)

    # 056 unrelated: billing case asks for information (other AWS support case)
    mk("bill_req", "unrelated", False, None, [],
       frm=AWS_, to=ME_P, subj=SUBJ_BILL, date=d(3, 11, 1, 14, UTC), refs=["bill_ack"],
       authres=auth("p", "amazon.com"),
       body="""Hello,

I have reviewed the Savings Plan purchased on March 3. To submit the refund we need you to
confirm, in the Support Center, that the plan has not been used and that you want it
cancelled rather than modified.

Best regards,
Gabriel M.
AWS Billing and Accounts
""" + CONSOLE_FOOT % CASE_BILL)

    # 057 unrelated: bounce from the closed company mailbox, original attached
    orig = part("""Saving this copy in the work archive too.

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Subject: %s

Hello Haruka,

That explains it: the abandoned checkout had locked the voucher.
""" % (TC, SUBJ_A))
    orig["From"] = addr(ME_NAME, ME_P)
    orig["To"] = ME_C
    orig["Subject"] = "Fwd: " + SUBJ_A
    orig["Date"] = format_datetime(d(3, 12, 20, 11))
    dsn = part("""This is the mail system at host mx1.kitanami-tech.co.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<haruka.nishimura@kitanami-tech.co.jp>: host mail.kitanami-tech.co.jp[10.4.2.8] said:
    550 5.1.1 <haruka.nishimura@kitanami-tech.co.jp>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", charset="us-ascii")
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(dsn)
    from email.mime.base import MIMEBase
    from email.message import Message
    ds = MIMEBase("message", "delivery-status")
    b1 = Message(); b1["Reporting-MTA"] = "dns; mx1.kitanami-tech.co.jp"
    b2 = Message(); b2["Final-Recipient"] = "rfc822; haruka.nishimura@kitanami-tech.co.jp"
    b2["Action"] = "failed"; b2["Status"] = "5.1.1"
    ds.set_payload([b1, b2])
    rep.attach(ds)
    rep.attach(MIMEMessage(orig))
    mk("bounce", "unrelated", False, None, [],
       frm=("Mail Delivery System", "MAILER-DAEMON@mx1.kitanami-tech.co.jp"), to=ME_P,
       subj="Undelivered Mail Returned to Sender", date=d(3, 12, 20, 11),
       extra=[("Auto-Submitted", "auto-replied")], structure=rep)

    # 058 C closing notice (console auto-resolve warning)
    mk("c_close", "closing_notice", True, CASE_C, [],
       frm=AWS_, to=ME_P, subj=SUBJ_C, date=d(3, 13, 6, 35, UTC), refs=["c_ack", "c_req"],
       authres=auth("p", "amazon.com"),
       body="""Hello,

We haven't heard back from you regarding this case. If we do not receive a response
within the next 3 days, this case will be automatically resolved. If your issue is still
ongoing, reply through the Support Center so we can keep working on it.

Amazon Web Services
""" + CONSOLE_FOOT % CASE_C)

    # 059 C user replies by email to the no-reply address (wrong channel)
    mk("c_user", "user_reply", False, CASE_C, [NEW_ID],
       frm=ME_P_, to=NOREPLY, subj=SUBJ_C, date=d(3, 13, 19, 2), refs=["c_ack", "c_req", "c_close"],
       body="""Hello,

My Credly profile uses nishimura.haruka.k@gmail.com and my candidate ID is %s.
Sorry for the delay.

Haruka Nishimura

2025年3月13日(木) 15:35 Amazon Web Services <%s>:
> Hello,
>
> We haven't heard back from you regarding this case. If we do not receive a response
> within the next 3 days, this case will be automatically resolved.
""" % (NEW_ID, NOREPLY))

    # 060 C: rejection of the emailed reply -> still has to answer in the console
    mk("c_nomail", "info_request", True, CASE_C, [],
       frm=AWS_, to=ME_P, subj="Your message could not be added to case %s" % CASE_C,
       date=d(3, 13, 10, 3, UTC), refs=["c_user"], authres=auth("p", "amazon.com"),
       extra=[("Auto-Submitted", "auto-replied")],
       body="""Hello,

The message you sent to no-reply-aws@amazon.com was not added to your support case: this
address does not accept incoming email, and nothing you wrote has been passed to the
engineer. Your case is still waiting for your response.

Sign in and add your reply in the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=%s

Amazon Web Services
""" % CASE_C)

    # 061 C case update: reply received in console, sent to Credly team
    mk("c_upd", "case_update", False, CASE_C, [],
       frm=AWS_, to=ME_P, subj=SUBJ_C, date=d(3, 14, 2, 50, UTC), refs=["c_ack", "c_req", "c_close"],
       authres=auth("p", "amazon.com"),
       body="""Hello,

Thank you for the details added in the Support Center. I have asked our digital badge
team to re-issue the DevOps Engineer - Professional badge to the Credly profile for
nishimura.haruka.k@gmail.com. This usually takes one to two business days; I will post
here when it is done.

Best regards,
Shreya K.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_C)

    # 062 unrelated: friend, Japanese, asks a question (not support)
    mk("friend", "unrelated", False, None, [],
       frm=("Mika Tanabe", "mika.tanabe.0412@gmail.com"), to=ME_P, subj="転職おめでとう！",
       date=d(3, 15, 11, 26), charset="utf-8", enc="8bit",
       body="""はるか

新しい会社、来週からだっけ？おめでとう！
落ち着いたらご飯行こうよ。来週末の土日どっちか空いてる？

みか
""")

    # 063 C resolved, with console feedback footer
    mk("c_done", "resolved", False, CASE_C, [],
       frm=AWS_, to=ME_P, subj=SUBJ_C, date=d(3, 17, 1, 12, UTC), refs=["c_ack", "c_req", "c_upd"],
       authres=auth("p", "amazon.com"),
       body="""Hello,

The DevOps Engineer - Professional badge has been re-issued and should already be waiting
in your Credly profile. Since the requested work is complete, I am resolving this case.

We value your feedback. Please share your experience by rating this and other
correspondences in the AWS Support Center. You can rate a correspondence by selecting the
stars in the top right corner of the correspondence.

Best regards,
Shreya K.
Amazon Web Services
""" + CONSOLE_FOOT % CASE_C)

    # 064 badge: re-issued badge (older Acclaim sender)
    mk("badge2", "badge", False, None, [],
       frm=("Credly", "admin@youracclaim.com"), to=ME_P,
       subj="Haruka, claim your AWS Certified DevOps Engineer - Professional badge",
       date=d(3, 17, 1, 40, UTC), authres=auth("p", "youracclaim.com"),
       html="""<html><body style="font-family:Helvetica,Arial"><p>Congratulations, Haruka!</p>
<p>You've earned the <b>AWS Certified DevOps Engineer - Professional</b> badge from Amazon Web Services Training and Certification.</p>
<p><a href="https://www.credly.com/earner/earned/badge/1c2f8d40-5a7e-4b09-9e31-77d0a6b5c2f4">Claim your badge</a></p></body></html>""")

    # 065 survey for C (console survey mail)
    mk("c_survey", "survey", False, CASE_C, [],
       frm=("AWS Support", "aws-support-survey@amazon.com"), to=ME_P,
       subj="Tell us about your recent AWS Support experience (Case %s)" % CASE_C,
       date=d(3, 18, 0, 5, UTC), authres=auth("p", "amazon.com"),
       body="""Hello,

Your support case %s was recently resolved. Would you answer three short questions about
the help you received? It takes less than two minutes.

https://aws-support.qualtrics.com/jfe/form/SV_aws?case=%s

Thank you,
AWS Support
""" % (CASE_C, CASE_C))

    SUBJ_D = "RE:[CASE %s] [AWS トレーニングと認定 フォーム送信] - 認定" % CASE_D

    # 066 D acknowledgement, Japanese, ISO-2022-JP
    mk("d_ack", "acknowledgement", False, CASE_D, [NEW_ID],
       frm=("AWS トレーニングと認定", TC), to=ME_P, subj=SUBJ_D, date=d(3, 18, 4, 30, UTC),
       authres=auth("p", "amazon.com"), charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
お問い合わせを受け付け、ケース %s を作成いたしました。内容は以下のとおりです。

ケース ID: %s
件名: 認定
お問い合わせ内容: 認定証に表示される氏名が「HARUKA NISHIMURA」ではなく
「NISHIMURA HARUKA」になっており、姓と名が逆です。修正をお願いします。
AWS 候補 ID: %s

通常 24 時間以内にご回答いたしますが、内容によってはお時間をいただく場合がございます。
すでにケースをお持ちの場合は、同じ内容で新たなケースを作成なさらないようお願いいたします。

アマゾン ウェブ サービス
""" % (CASE_D, CASE_D, NEW_ID))

    # 067 D info request, keigo, Shift_JIS base64
    d_req1 = """西村 遥 様

AWS トレーニングと認定カスタマーサポートの山下でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

認定証の氏名は、認定アカウントのプロフィールに登録された「名」「姓」の欄から
作成されます。西村様のアカウントを確認いたしましたところ、二つのアカウントを統合
された際に、旧アカウント側の登録内容が引き継がれた可能性がございます。

修正にあたり、認定証に記載を希望される氏名のローマ字表記（名・姓の順）と、パスポート
など本人確認書類と同じつづりであるかどうかを、本メールへのご返信にてお知らせいただけ
ますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願いいたします。

山下
AWS トレーニングと認定 カスタマーサポート
"""
    mk("d_req1", "info_request", True, CASE_D, [],
       frm=("AWS トレーニングと認定", TC), to=ME_P, subj=SUBJ_D, date=d(3, 19, 1, 48, UTC), refs=["d_ack"],
       authres=auth("p", "amazon.com"), charset="shift_jis", enc="b64", subj_charset="utf-8",
       body=d_req1)

    # 068 D user reply, Japanese, quoting 「…より:」 style
    mk("d_user1", "user_reply", False, CASE_D, [],
       frm=(u"西村 遥", ME_P), to=TC, subj=SUBJ_D, date=d(3, 19, 21, 15), refs=["d_ack", "d_req1"],
       charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""山下様

ご連絡ありがとうございます。
希望する表記は「HARUKA NISHIMURA」です。パスポートと同じつづりです。

よろしくお願いいたします。
西村 遥

2025/03/19 10:48、AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>のメール:
> 修正にあたり、認定証に記載を希望される氏名のローマ字表記（名・姓の順）と、パスポート
> など本人確認書類と同じつづりであるかどうかを、本メールへのご返信にてお知らせいただけ
> ますでしょうか。
""")

    # 069 D second info request, plain ください buried after explanation, HTML-only
    mk("d_req2", "info_request", True, CASE_D, [],
       frm=("AWS トレーニングと認定", TC), to=ME_P, subj=SUBJ_D, date=d(3, 20, 2, 22, UTC), refs=["d_ack", "d_req1", "d_user1"],
       authres=auth("p", "amazon.com"), charset="utf-8", enc="qp", subj_charset="utf-8",
       html="""<html><body style="font-family:'Meiryo',sans-serif;font-size:14px">
<p>西村 様</p>
<p>ご返信ありがとうございます。</p>
<p>氏名の変更は認定チームの承認が必要な手続きで、現在の登録名と希望表記の差が「姓名の順序のみ」である場合は
通常 2～3 営業日で反映されます。承認後、既存の認定証はすべて新しい表記で再発行され、Credly のバッジ名も
翌日までに更新されます。</p>
<p>なお、プロフィールの「名」欄に現在「NISHIMURA」、「姓」欄に「HARUKA」と入力されているため、
申請前にご自身で一度その二つの欄を入れ替えて保存し、保存できたかどうかをこのメールに返信してお知らせください。</p>
<p>山下<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""")

    # 070 D user reply, short, top-posted over Gmail quote
    mk("d_user2", "user_reply", False, CASE_D, [],
       frm=(u"西村 遥", ME_P), to=TC, subj=SUBJ_D, date=d(3, 20, 19, 40), refs=["d_req1", "d_user1", "d_req2"],
       charset="utf-8", enc="b64",
       body="""山下様

入れ替えて保存しました。プロフィール画面で「名: HARUKA / 姓: NISHIMURA」になっています。

西村

2025年3月20日(木) 11:22 AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>:
> なお、プロフィールの「名」欄に現在「NISHIMURA」、「姓」欄に「HARUKA」と入力されているため、
> 申請前にご自身で一度その二つの欄を入れ替えて保存し、保存できたかどうかをこのメールに返信してお知らせください。
""")

    # 071 D case_update: sent to the certification team, nothing to do
    mk("d_upd", "case_update", False, CASE_D, [],
       frm=("AWS トレーニングと認定", TC), to=ME_P, subj=SUBJ_D, date=d(3, 21, 0, 55, UTC), refs=["d_req2", "d_user2"],
       authres=auth("p", "amazon.com"), charset="iso-2022-jp", subj_charset="iso-2022-jp",
       body="""西村 様

ご対応いただきありがとうございます。プロフィールの更新を確認いたしましたので、
認定証の再発行を認定チームへ依頼いたしました。

完了しましたら改めてご連絡いたします。西村様に追加でご対応いただくことはございません。

山下
AWS トレーニングと認定 カスタマーサポート
""")

    # 072 certification: expiry reminder
    mk("cm_exp", "certification", False, None, [],
       frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
       subj="Your AWS Certified Solutions Architect - Associate expires in 90 days",
       date=d(3, 21, 16, 0, UTC), authres=auth("p", "certmetrics.com"),
       body="""Hello Haruka,

Your AWS Certified Solutions Architect - Associate certification expires on June 19, 2025.
To keep it active, pass the current version of the exam, or a Professional exam in the
same path, before that date. Your 50% discount voucher can be applied.

AWS Certification
""", html="""<html><body style="font-family:Arial"><p>Hello Haruka,</p>
<p>Your <b>AWS Certified Solutions Architect - Associate</b> certification expires on <b>June 19, 2025</b>.</p>
<p>To keep it active, pass the current version of the exam, or a Professional exam in the same path, before that date. Your 50% discount voucher can be applied.</p>
<p>AWS Certification</p></body></html>""")

    # 073 D resolved, with conditional invitation and quoted request below
    mk("d_done", "resolved", False, CASE_D, [],
       frm=("AWS トレーニングと認定", TC), to=ME_P, subj=SUBJ_D, date=d(3, 22, 3, 10, UTC), refs=["d_upd"],
       authres=auth("p", "amazon.com"), charset="utf-8", enc="qp",
       body="""西村 様

お待たせいたしました。認定証の再発行が完了し、すべての認定証に「HARUKA NISHIMURA」と
表示されるようになりました。認定アカウントの「認定」ページから新しい PDF をダウンロード
いただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

山下
AWS トレーニングと認定 カスタマーサポート

-----Original Message-----
> 申請前にご自身で一度その二つの欄を入れ替えて保存し、保存できたかどうかをこのメールに返信してお知らせください。
""")

    # 074 D survey, Japanese
    mk("d_survey", "survey", False, CASE_D, [],
       frm=("AWS トレーニングと認定", "aws-training-survey@amazon.com"), to=ME_P,
       subj="アンケートのお願い（ケース %s）" % CASE_D, date=d(3, 23, 1, 0, UTC),
       authres=auth("p", "amazon.com"), charset="utf-8", enc="b64",
       html="""<html><body><p>お客様</p><p>先日はお問い合わせ（ケース %s）をいただきありがとうございました。
サービス向上のため、簡単なアンケートにご協力いただけますと幸いです。所要時間は 1 分程度です。</p>
<p><a href="https://survey.aws.training/s?c=%s&lang=ja">アンケートに回答する</a></p></body></html>""" % (CASE_D, CASE_D))

    # 075 unrelated: AWS Educate form case (different program) asking for information
    mk("edu", "unrelated", False, None, [],
       frm=("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
       subj="RE:[CASE 174264981300117] [AWS Educate Form Submission] - educator-access",
       date=d(3, 23, 5, 20, UTC), authres=auth("p", "amazon.com"),
       body="""Hello Haruka,

Thank you for your interest in running AWS Educate sessions for your university's cloud
club. Could you tell us the name of the institution and the number of students you expect?
We will then set up the educator workspace.

Kind regards,
AWS Educate Support
""" + SIG_TC)

    # 076 certification: program feedback request (not a support-case survey)
    mk("cm_voice", "certification", False, None, [],
       frm=("AWS Certification", "do-not-reply@certmetrics.com"), to=ME_P,
       subj="AWS Certification wants to hear from you", date=d(3, 24, 2, 0, UTC),
       authres=auth("p", "certmetrics.com"),
       body="""Hello Haruka,

As an AWS Certified professional, your opinion shapes the next generation of our exams.
We're inviting a small group of certified individuals to review draft exam objectives for
a new specialty certification. Interested? Fill in the short form on the Lend Your Voice
page in your AWS Certification Account.

AWS Certification
""")

    # 077 suspicious: certmetrics lookalike demanding a reply with credentials
    mk("phish4", "suspicious", False, None, [],
       frm=("AWS Certification Compliance", "compliance@certmetrics-aws.com"), to=ME_P,
       subj="Final notice: your AWS certifications will be revoked", date=d(3, 24, 9, 45, UTC),
       authres="mx.google.com;\r\n       dkim=pass header.i=@certmetrics-aws.com header.s=default;\r\n       spf=pass smtp.mailfrom=compliance@certmetrics-aws.com;\r\n       dmarc=pass (p=NONE) header.from=certmetrics-aws.com",
       body="""Dear certified professional,

During a routine audit we found two certification accounts registered to you, which breaks
the AWS Certification Program Agreement. Unless you reply to this email within 48 hours
with your candidate ID, your Builder ID email and password, all certifications on both
accounts will be revoked.

AWS Certification Compliance Team
""")

    # 078 unrelated: other vendor case waiting on reply
    mk("atl", "unrelated", False, None, [],
       frm=("Atlassian Support", "jira-support@atlassian.com"), to=ME_P,
       subj="[JST-88213] Unable to move Jira license to new email - Waiting for customer",
       date=d(3, 25, 0, 30, UTC), authres=auth("p", "atlassian.com"),
       body="""Hi Haruka,

To move the license to your new address we need the SEN (support entitlement number) of
the existing license. Please reply with it so we can continue; if we don't hear back in
5 days this ticket will be closed automatically.

Yuki
Atlassian Support
""")

    # 079 user note to self about case A, after it is all done
    mk("note2", "user_reply", False, CASE_A, [NEW_ID],
       frm=ME_P_, to=ME_P, subj="memo: cert account move (done)", date=d(3, 25, 22, 5),
       charset="utf-8", enc="8bit",
       body="""完了メモ

ケース %s：統合完了（3/1）、バウチャー復活（3/6）
残ったアカウント: %s
ESL+30 も個人側に付与済み、氏名表記も修正済み。
Atlassian の SEN を探して返信すること。
""" % (CASE_A, NEW_ID))


def main():
    build()
    for f in os.listdir(HERE):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(HERE, f))
    counts = collections.Counter()
    for i, (data, label) in enumerate(MSGS, 1):
        with open(os.path.join(HERE, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(HERE, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(MSGS)))
    print("needs_reply true       %d" % sum(1 for _, l in MSGS if l["needs_reply"]))


if __name__ == "__main__":
    main()
