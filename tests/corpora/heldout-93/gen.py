#!/usr/bin/env python3
"""Generate the blind held-out corpus (one mailbox owner) into this script's directory."""
import base64, hashlib, json, os, quopri, datetime as dt
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "shiori.tanabe.jp@gmail.com"
ME_C = "s-tanabe@norikura-sys.co.jp"
ME_NAME = "Shiori Tanabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

D = "28417730956"        # 11 digits: company-address APN case (closed, reopened, merged)
A = "174060960000338"    # 15 digits: duplicate form submission
C = "7419038265"         # 10 digits: console (Support Center) case
E = "174160995200716"    # 15 digits: Japanese-language case, third (SSO) account
F = "174220113400185"    # 15 digits: missing exam in history
CID_OLD, CID_NEW, CID_SSO = "AWS18830452", "AWS30571846", "AWS27190334"
ACCT = "304958172615"    # 12-digit AWS account id (not a case)
VUE = "481207395"        # 9-digit Pearson VUE registration id (not a case)
SUBJ_TC = "RE:[CASE {}] [AWS Training and Certification Form Submission] - account-assistance"

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
MSGIDS = {}

def t(s, tz=UTC):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)

def mid(n, dom):
    h = hashlib.sha1(("blind93-%d" % n).encode()).hexdigest()
    if dom == "ses":
        return "<0100019%s-%s-%s-%s-000000@email.amazonses.com>" % (h[:9], h[9:13], h[13:17], h[17:29])
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)

def auth(kind, dom, to, fail=False, mailfrom=None):
    mailfrom = mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)
    if to == ME_P:
        if fail:
            return ("Authentication-Results: mx.google.com;\n"
                    "       dkim=fail header.i=@%s header.s=s1 header.b=Qx7pLm2a;\n"
                    "       spf=softfail (google.com: domain of transitioning bounce@%s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, mailfrom, mailfrom, dom))
        return ("Authentication-Results: mx.google.com;\n"
                "       dkim=pass header.i=@%s header.s=%s header.b=Zk3v9QeR;\n"
                "       spf=pass (google.com: domain of bounce@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, "224i4yxa5dv7c2xz3womw6peuasteono", mailfrom, mailfrom, dom))
    if fail:
        return ("Authentication-Results: spf=fail (sender IP is 185.234.72.19) smtp.mailfrom=%s; dkim=fail\n"
                " (signature did not verify) header.d=%s;dmarc=fail action=quarantine\n"
                " header.from=%s;compauth=fail reason=000" % (mailfrom, dom, dom))
    return ("Authentication-Results: spf=pass (sender IP is 54.240.8.21)\n"
            " smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (mailfrom, dom, dom))

def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()

def addr(name, a, cs="utf-8"):
    if name is None:
        return a
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, a) if any(c in name for c in ",.") else "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), a)

def enc_part(ctype, text, cs, cte):
    raw = text.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return h.encode(), body

MESSAGES = []

def msg(n, date, frm, to, subject, label, text=None, html=None, cs="utf-8", cte="8bit",
        dom="amazon.com", fail=False, crlf=False, reply_to_n=None, refs_n=(), extra="", subj_cs=None,
        msgdom="ses", note="", cc=None, mailfrom=None, no_auth=False):
    lines = []
    rcpt = to[1] if isinstance(to, tuple) else to
    lines.append("Return-Path: <bounce-%s@%s>" % (n, mailfrom or ("amazonses.com" if dom == "amazon.com" else dom)))
    recv_host = "mx.google.com" if rcpt == ME_P else "TY3PR01MB9876.jpnprd01.prod.outlook.com"
    lines.append("Received: from a8-21.smtp-out.example-relay.net (a8-21.smtp-out.example-relay.net. [54.240.8.21])\n"
                 "        by %s with ESMTPS id x%s\n        for <%s>; %s" % (recv_host, hashlib.md5(str(n).encode()).hexdigest()[:12], rcpt, format_datetime(date)))
    if not no_auth:
        lines.append(auth("x", dom, rcpt, fail, mailfrom))
    m = mid(n, msgdom)
    MSGIDS[n] = m
    lines.append("Message-ID: " + m)
    lines.append("Date: " + format_datetime(date))
    lines.append("From: " + (addr(frm[0], frm[1], subj_cs or "utf-8") if isinstance(frm, tuple) else frm))
    lines.append("To: " + (addr(to[0], to[1], subj_cs or "utf-8") if isinstance(to, tuple) else to))
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + hdr(subject, subj_cs or "utf-8"))
    if reply_to_n:
        lines.append("In-Reply-To: " + MSGIDS[reply_to_n])
    if refs_n:
        lines.append("References: " + "\n ".join(MSGIDS[r] for r in refs_n))
    if extra:
        lines.append(extra.rstrip("\n"))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode()
    if text is not None and html is not None:
        b = "==b93_%s" % hashlib.md5(str(n).encode()).hexdigest()[:20]
        ph1, pb1 = enc_part("text/plain", text, cs, cte)
        ph2, pb2 = enc_part("text/html", html, cs, cte)
        body = (("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
                + b"This is a multi-part message in MIME format.\n\n"
                + ("--%s\n" % b).encode() + ph1 + b"\n" + pb1
                + ("\n--%s\n" % b).encode() + ph2 + b"\n" + pb2
                + ("\n--%s--\n" % b).encode())
    elif html is not None:
        ph, pb = enc_part("text/html", html, cs, cte)
        body = ph + b"\n" + pb
    else:
        ph, pb = enc_part("text/plain", text, cs, cte)
        body = ph + b"\n" + pb
    raw = head + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append((n, raw, label, note))

def L(kind, nr=False, case=None, cids=()):
    return {"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}

TCF = ("AWS Training and Certification", TC)
TCF2 = ("Amazon Web Services", TC)
CONF = ("Amazon Web Services", CON)
TO_P = (ME_NAME, ME_P)
TO_C = (ME_NAME, ME_C)

def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))

def tf(cstr):  # "Form submission" echo for acks
    return cstr

# ---------------------------------------------------------------- 001
msg(1, t("2025-02-10 09:12", JST), ("Jira (Norikura Systems)", "jira@norikura-sys.atlassian.net"), TO_C,
    "[JIRA] (NRK-2231) 引き継ぎ資料の作成 が「解決済み」に変更されました",
    L("unrelated"), cte="base64", dom="norikura-sys.atlassian.net", msgdom="norikura-sys.atlassian.net",
    text="""田辺 詩織 さん

小松 隆 が課題 NRK-2231 のステータスを変更しました。

  課題: NRK-2231 引き継ぎ資料の作成
  ステータス: 進行中 → 解決済み
  解決状況: 完了
  担当者: 田辺 詩織

コメント:
  レビューしました。ドキュメント一式マージ済みです。お疲れさまでした。

この課題を表示: https://norikura-sys.atlassian.net/browse/NRK-2231

このメッセージは Jira Service Management によって自動送信されました。返信は課題のコメントとして追加されます。
""", note="Jira JP: 解決済み / マージ済み / '返信は…コメント' footer; base64 UTF-8")

# ---------------------------------------------------------------- 002
msg(2, t("2025-02-10 03:40"), ("AWS", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", L("unrelated"), dom="signin.aws", msgdom="signin.aws",
    cte="quoted-printable",
    text="""Hello,

Thanks for creating an AWS Builder ID. To finish, enter this verification code on the sign-up page:

    482915

The code expires in 30 minutes. If you did not request it, you can ignore this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109.
""", note="6-digit code, AWS sender, not a case")

# ---------------------------------------------------------------- 003
msg(3, t("2025-02-10 04:02"), ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Welcome to AWS Skill Builder - start learning today", L("unrelated"), dom="aws.training", msgdom="aws.training",
    text="""Hi Shiori,

Your AWS Skill Builder profile is ready. Here are three ways to get going:

  1. Pick a learning plan for your role
  2. Try a free practice question set for your next certification
  3. Link your AWS Certification account to see your exam history in one place

Questions? Visit our FAQ. Please don't reply to this email; this mailbox is not monitored.

AWS Training and Certification
""", html="""<html><body><p>Hi Shiori,</p><p>Your AWS Skill Builder profile is ready. Here are three ways to get going:</p>
<ol><li>Pick a learning plan for your role</li><li>Try a free practice question set for your next certification</li>
<li>Link your AWS Certification account to see your exam history in one place</li></ol>
<p style="color:#777">Questions? Visit our FAQ. Please don't reply to this email; this mailbox is not monitored.</p>
<p>AWS Training and Certification</p></body></html>""", cte="quoted-printable",
    note="AWS T&C-branded onboarding; mentions certification account but is marketing")

# ---------------------------------------------------------------- 004 ack D (JP, ISO-2022-JP)
ack_d = """田辺 詩織 様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
ケース {D} を作成いたしました。担当者より通常24時間以内にご連絡いたしますが、内容によっては調査のため
お時間を頂戴する場合がございます。

ケースの詳細は以下のとおりです。

  お問い合わせタイプ: 認定
  その他の詳細: Account Merge
  お問い合わせ内容:
    Use Case: I am leaving Norikura Systems at the end of February and would like to merge my company
    certification account into my personal one.
    All email addresses used: {C}, {P}
    Email address to keep: {P}

同じ内容について既にケースが作成されている場合は、重複してケースを作成されませんようお願いいたします。
重複したケースがあると、回答までにお時間をいただくことがございます。

本件について補足事項がございましたら、このメールにそのままご返信ください。

よろしくお願いいたします。
Amazon Web Services
""".format(D=D, C=ME_C, P=ME_P)
msg(4, t("2025-02-11 01:03"), TCF2, TO_C, SUBJ_TC.format(D), L("acknowledgement", False, D),
    text=ack_d, cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    note="JP ack in ISO-2022-JP; conditional 〜がございましたら…ご返信ください and 'do not open duplicates' are not asks")

# ---------------------------------------------------------------- 005 HR (Shift_JIS)
msg(5, t("2025-02-11 10:30", JST), ("人事総務部", "jinji@norikura-sys.co.jp"), TO_C,
    "【ご確認ください】退職に伴う貸与物返却とアカウント停止のご案内", L("unrelated"),
    cs="shift_jis", cte="8bit", dom="norikura-sys.co.jp", msgdom="norikura-sys.co.jp", subj_cs="iso-2022-jp",
    text="""田辺さん

人事総務部の森です。退職手続きについてご案内いたします。

1. 貸与PC・入館証は最終出社日(2/28)に情報システム課へご返却ください。
2. 社用メールアカウント({C})は 2/28 18:00 に停止されます。
   外部サービス(AWS認定、各種SaaS など)に社用アドレスを登録している場合は、停止前に変更をお願いします。
3. 返却日時のご希望を本メールへの返信でお知らせください。

以上、よろしくお願いいたします。
""".format(C=ME_C), note="Shift_JIS HR mail with a real ask (reply) — but not support; mentions AWS認定 and account change")

# ---------------------------------------------------------------- 006 on_hold D with ask
onhold_d = """Hello Shiori,

Thank you for reaching out to AWS Training and Certification, and I'm sorry to hear you're moving on from your current role.

I've reviewed the two certification accounts you listed. The account registered to {C} is associated with an AWS Partner Network (APN) organization, Norikura Systems. Certifications held on a partner-linked account count toward that partner's tier and competencies, so our policy is that we can't detach or merge such an account while the holder is still employed by the partner. Once your employment ends, the link to the partner can be removed and the merge can go ahead.

I've placed the case on hold for now so that nothing is lost in the meantime. Your exam history and credentials remain intact on both accounts.

Are you still with Norikura Systems at this time, and if you are leaving, what is your final working day?

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""".format(C=ME_C)
msg(6, t("2025-02-12 06:47"), TCF, TO_C, SUBJ_TC.format(D), L("on_hold", True, D),
    text=onhold_d, cte="quoted-printable",
    note="APN hold; the ask is a bare question at the very end after a long policy explanation, no 'please'")

# ---------------------------------------------------------------- 007 AWS marketing JP
msg(7, t("2025-02-12 08:00"), ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 参加登録受付を開始しました", L("unrelated"),
    html="""<html><body>
<p>田辺 詩織 様</p>
<p>AWS Summit Japan 2025 の参加登録を開始しました。今年は認定資格保有者向けラウンジもご用意しています。</p>
<p>AWS 認定をお持ちの方は、登録時に認定アカウントのメールアドレスをご入力ください。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p>
<p style="font-size:11px">このメールは送信専用です。ご返信いただいてもお答えできません。配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</body></html>""", cte="base64",
    note="JP AWS marketing, HTML-only base64, mentions 認定アカウント")

# ---------------------------------------------------------------- 008 GitHub merged
msg(8, t("2025-02-13 02:15"), ("Kenji Oda", "notifications@github.com"), TO_C,
    "Re: [norikura/infra-modules] Move cert-account module to shared repo (PR #58)", L("unrelated"),
    dom="github.com", msgdom="github.com",
    extra="List-ID: norikura/infra-modules <infra-modules.norikura.github.com>\nX-GitHub-Reason: author",
    text="""Merged #58 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/norikura/infra-modules/pull/58#event-16223901
You are receiving this because you authored the thread.
""", note="GitHub 'Merged' + 'Reply to this email directly'")

# ---------------------------------------------------------------- 009 certmetrics feedback invite
msg(9, t("2025-02-14 15:20"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you", L("certification"), dom="certmetrics.com", msgdom="certmetrics.com",
    cte="quoted-printable",
    text="""Dear Shiori Tanabe,

As an AWS Certified professional, your perspective matters to us. We're inviting a small group of certification holders to share feedback about the certification program, the exam experience, and the benefits available to you.

The questionnaire takes about 10 minutes. Could you spare a moment to tell us what you think?

    Take the survey: https://www.certmetrics.com/amazon/survey/?c=7f3k2q

Your responses are confidential.

Thank you,
AWS Training and Certification

Please do not reply to this email.
""", html=None,
    note="certification program feedback invite: polite question + candidate-ish token in a URL; not support")

# ---------------------------------------------------------------- 010 closing warning D
msg(10, t("2025-02-17 23:55"), TCF, TO_C, SUBJ_TC.format(D), L("closing_notice", True, D),
    cte="quoted-printable",
    text="""Hi Shiori,

Following up on my colleague's message from February 12. We haven't had a reply yet, and cases with no activity are closed automatically after 72 hours.

If you still want the accounts merged, a short reply to this message is enough to keep the case active.

Regards,
Priya
AWS Training and Certification

-------- Previous message --------
{q}
""".format(q=quote(onhold_d)),
    note="closing warning: conditional-looking 'if you still want… a reply is enough', older ask quoted below")

# ---------------------------------------------------------------- 011 suspicious dmarc=fail
msg(11, t("2025-02-18 07:12"), ("AWS Training and Certification", TC), TO_C, SUBJ_TC.format(D),
    L("suspicious"), fail=True, mailfrom="mail-notify-secure.top", msgdom="mail-notify-secure.top",
    html="""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your account merge request is almost complete. To avoid cancellation, our records require you to re-validate
your AWS Certification profile within 24 hours.</p>
<table border="1" cellpadding="4"><tr><td>Case</td><td>{D}</td></tr><tr><td>Status</td><td>Pending verification</td></tr></table>
<p><a href="http://aws-training-validate.mail-notify-secure.top/login">Verify my profile</a></p>
<p>AWS Training and Certification Customer Support</p></body></html>""".format(D=D),
    note="genuine From and real case subject, but dkim/dmarc fail in Authentication-Results")

# ---------------------------------------------------------------- 012 closed D (HTML-only)
closed_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Amazon Ember,Arial,sans-serif;font-size:14px">
<p>Hello,</p>
<p>We have not received a response from you regarding case {D}, so this case has now been closed.</p>
<table style="border-collapse:collapse" cellpadding="6">
<tr><td style="border:1px solid #ccc"><b>Case ID</b></td><td style="border:1px solid #ccc">{D}</td></tr>
<tr><td style="border:1px solid #ccc"><b>Status</b></td><td style="border:1px solid #ccc">Closed &ndash; no customer response</td></tr>
</table>
<p>Closed does not mean forgotten: just reply to this email and the case will reopen with its full history.</p>
<p>AWS Training and Certification</p>
</body></html>""".format(D=D)
msg(12, t("2025-02-20 01:10"), TCF, TO_C, SUBJ_TC.format(D), L("closing_notice", True, D), html=closed_html,
    cte="quoted-printable", note="HTML-only, says case HAS been closed; reply reopens it (no 'please')")

# ---------------------------------------------------------------- 013 user reply D (Outlook)
ur13 = """Hello,

Sorry for the late reply, I was busy with handover work.
Yes, I am still employed by Norikura Systems, but my last working day is February 28. After that this address will be deleted.
I would like to merge everything into my personal account ({P}).

Best regards,
Shiori Tanabe

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Thursday, February 20, 2025 10:10 AM
To: Shiori Tanabe <{C}>
Subject: {S}

Hello,

We have not received a response from you regarding case {D}, so this case has now been closed.
Case ID {D}
Status Closed - no customer response
Closed does not mean forgotten: just reply to this email and the case will reopen with its full history.

AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Wednesday, February 12, 2025 3:47 PM
To: Shiori Tanabe <{C}>
Subject: {S}

{OH}
""".format(P=ME_P, TC=TC, C=ME_C, S=SUBJ_TC.format(D), D=D, OH=onhold_d)
msg(13, t("2025-02-20 13:42", JST), (ME_NAME, ME_C), (None, TC), "RE: " + SUBJ_TC.format(D), L("user_reply", False, D),
    text=ur13, dom="norikura-sys.co.jp", msgdom="TY3PR01MB9876.jpnprd01.prod.outlook.com", crlf=True,
    cte="quoted-printable", reply_to_n=12, refs_n=(4, 6, 10, 12),
    extra="X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nThread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % D,
    note="owner's reply from company address, Outlook -----Original Message----- chain quoting the ask; CRLF")

# ---------------------------------------------------------------- 014 case_update reopened
msg(14, t("2025-02-20 07:31"), TCF, TO_C, SUBJ_TC.format(D), L("case_update", False, D),
    text="""Hello Shiori,

Your case has been reopened. Thanks for letting us know your leaving date.

I've passed the details to our partner operations team so they can plan the release of your profile from the Norikura Systems organization after February 28. I'll write again as soon as I have news.

Kind regards,
Daniel R.
AWS Training and Certification Customer Support
""", cte="7bit", reply_to_n=13, refs_n=(4, 6, 12, 13),
    note="reopened notice with progress; asks nothing")

# ---------------------------------------------------------------- 015 on_hold D no ask (multipart base64)
oh15t = """Hello,

Case {D} is currently on hold.

Reason: pending review by the AWS Partner Network (APN) team
Details: the certification account linked to {C} belongs to an APN partner organization. The partner administrator has been notified and the account can only be released once the partner review is finished.

We will contact you when the review is complete. No action is needed from you at this time.

If you have any other question in the meantime, you can reply to this email.

AWS Training and Certification
""".format(D=D, C=ME_C)
oh15h = """<html><body><p>Hello,</p><p>Case <b>{D}</b> is currently <b>on hold</b>.</p>
<table border="0" cellpadding="4"><tr><td><b>Reason</b></td><td>pending review by the AWS Partner Network (APN) team</td></tr>
<tr><td><b>Details</b></td><td>the certification account linked to {C} belongs to an APN partner organization. The partner administrator has been notified and the account can only be released once the partner review is finished.</td></tr></table>
<p>We will contact you when the review is complete. No action is needed from you at this time.</p>
<p style="color:#666">If you have any other question in the meantime, you can reply to this email.</p>
<p>AWS Training and Certification</p></body></html>""".format(D=D, C=ME_C)
msg(15, t("2025-02-21 02:18"), TCF, TO_C, SUBJ_TC.format(D), L("on_hold", False, D), text=oh15t, html=oh15h,
    cte="base64", note="on_hold with no ask; 'no action is needed' + conditional reply invite; base64 multipart")

# ---------------------------------------------------------------- 016 Pearson VUE JP
msg(16, t("2025-02-24 11:05", JST), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), TO_P,
    "試験予約の確認: AWS Certified Solutions Architect - Professional", L("unrelated", cids=[CID_NEW]),
    dom="pearson.com", msgdom="pearson.com", cte="quoted-printable",
    text="""田辺 詩織 様

この度はピアソン VUE をご利用いただきありがとうございます。以下の内容で試験のご予約を承りました。

  試験: SAP-C02 AWS Certified Solutions Architect - Professional
  登録番号 (Registration ID): {V}
  日時: 2025年3月22日(土) 10:00
  会場: オンライン(OnVUE)
  AWS候補ID: {N}

予約内容の変更・キャンセルは試験開始の24時間前までに行ってください。
ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。

Pearson VUE
""".format(V=VUE, N=CID_NEW),
    note="exam vendor JP; 9-digit registration ID and a candidate ID but no case (unrelated → no candidate_ids needed)")

# ---------------------------------------------------------------- 017 case_update D
msg(17, t("2025-02-25 05:40"), TCF, TO_C, SUBJ_TC.format(D), L("case_update", False, D), cte="quoted-printable",
    text="""Hi Shiori,

Good news: the partner team has signed off. Norikura Systems' administrator confirmed that your profile can be detached from their organization once you leave, and they have no objection to the merge.

Next, I'll prepare the merge and send you a summary of both accounts to look over before anything is changed.

Best,
Daniel R.
AWS Training and Certification Customer Support
""", note="progress news that announces a future request ('send you a summary to look over') but asks nothing now")

# ---------------------------------------------------------------- 018 suspicious lookalike
msg(18, t("2025-02-26 09:33"), ("AWS Certification Support", "support@aws-certification-verify.com"), TO_C,
    "Action required: confirm your certification account merge before access ends", L("suspicious"),
    dom="aws-certification-verify.com", msgdom="aws-certification-verify.com",
    text="""Dear Certification Holder,

We are processing a merge of the following accounts:

Account #1
Login email: {C}

Account #2
Login email: (not verified)

Reply with your Builder ID password and the verification code you receive so we can confirm which account to keep. Accounts not confirmed within 48 hours will lose all certifications.

AWS Certification Support Team
""".format(C=ME_C), note="lookalike domain, Account #1/#2 listing, passes SPF/DKIM for its own domain")

# ---------------------------------------------------------------- 019 ack A (duplicate form submission)
msg(19, t("2025-02-26 22:40"), TCF2, TO_P, SUBJ_TC.format(A), L("acknowledgement", False, A), cte="quoted-printable",
    text="""Hello,

Thank you for contacting Amazon Web Services. We have opened case {A} to address your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Message: I am no longer an employee of Norikura Systems from March. Please merge my certification account {C} into {P}. I already sent this request before but I am not sure it is still open.

Our team typically responds within 24 hours. To help us serve you faster, please do not open additional cases for the same request.

If you have more information to add, reply to this message.

Sincerely,
Amazon Web Services
""".format(A=A, C=ME_C, P=ME_P),
    note="second form submission for the same request (duplicate); 'please do not open…' and conditional reply are not asks")

# ---------------------------------------------------------------- 020 confirmation_request D (CRLF, top-post)
conf_d = """Hello Shiori,

Thanks for your patience. With the partner release approved, I located the following two accounts:

Account #1
Candidate ID: {O}
Login email: {C}
Training notification email: {C}
Certification notification email: {C}

Account #2
Candidate ID: {N}
Login email: {P}
Training notification email: {P}
Certification notification email: {P}

Kindly confirm that we should merge Account #1 into Account #2, keeping {P} as the email on file. Once merged, Account #1 can no longer be used to sign in.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""".format(O=CID_OLD, N=CID_NEW, C=ME_C, P=ME_P)
msg(20, t("2025-02-27 02:05"), TCF, TO_C, SUBJ_TC.format(D), L("confirmation_request", True, D, [CID_OLD, CID_NEW]),
    text=conf_d + "\n---- On Fri, 21 Feb 2025 AWS Training and Certification wrote ----\n" + quote(oh15t) + "\n",
    crlf=True, cte="quoted-printable",
    note="Account #1/#2 listing with 'Kindly confirm', top-posted over an older on-hold mail that says 'no action needed'; CRLF")

# ---------------------------------------------------------------- 021 user reply D (Outlook JP headers)
msg(21, t("2025-02-27 14:12", JST), (ME_NAME, ME_C), (None, TC), "RE: " + SUBJ_TC.format(D), L("user_reply", False, D),
    dom="norikura-sys.co.jp", msgdom="TY3PR01MB9876.jpnprd01.prod.outlook.com", reply_to_n=20, refs_n=(4, 12, 13, 20),
    cte="base64", crlf=True,
    text="""Hello Daniel,

Confirmed. Please merge Account #1 into Account #2 ({P}).

Thank you,
Shiori

差出人: AWS Training and Certification <{TC}>
送信日時: 2025年2月27日 11:05
宛先: Shiori Tanabe <{C}>
件名: {S}

{Q}
""".format(P=ME_P, TC=TC, C=ME_C, S=SUBJ_TC.format(D), Q=conf_d),
    note="owner confirms from company address; Japanese Outlook header block (差出人/送信日時/件名) over the request; candidate IDs only in quote")

# ---------------------------------------------------------------- 022 A closed as duplicate
msg(22, t("2025-02-27 09:50"), TCF, TO_P, SUBJ_TC.format(A), L("resolved", False, A),
    text="""Hello,

I see that this request is already being worked on under case {D}, which was opened from your company address and is nearly finished. To avoid two agents working on the same accounts, I've closed case {A}.

No further action is required on this case. You'll keep receiving updates on {D}.

Thanks,
Marisol
AWS Training and Certification
""".format(A=A, D=D), cte="7bit",
    note="duplicate closed; mentions another case number; 'no further action is required'")

# ---------------------------------------------------------------- 023 info_request D (write from destination address)
info_d = """Hello Shiori,

Thank you for the confirmation.

One more step before I can run the merge. Because the account we're keeping (Account #2) is registered to {P}, our security process requires the merge approval to come from that address as well. Your reply came from {C}, which is the address of the account being retired.

We need you to send the same confirmation from {P}. You can simply reply to this message from that mailbox, or forward it there and reply.

Best regards,
Daniel R.
AWS Training and Certification Customer Support
""".format(P=ME_P, C=ME_C)
msg(23, t("2025-02-28 00:44"), TCF, TO_C, SUBJ_TC.format(D), L("info_request", True, D), text=info_d,
    cte="quoted-printable", reply_to_n=21, refs_n=(20, 21),
    note="asks the owner to write from the destination address ('We need you to'); not a merge-choice question")

# ---------------------------------------------------------------- 024 colleague OOO JP
msg(24, t("2025-02-28 09:55", JST), ("小松 隆", "t-komatsu@norikura-sys.co.jp"), TO_C,
    "自動応答: 田辺さん送別会のお知らせ", L("unrelated"), dom="norikura-sys.co.jp", msgdom="norikura-sys.co.jp",
    cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All",
    text="""お疲れさまです。小松です。
2/28(金)は終日外出しております。3/3(月)以降に順次返信いたします。
お急ぎの場合は情報システム課(内線 2210)までご連絡ください。
""", note="Japanese out-of-office auto-reply, ISO-2022-JP")

# ---------------------------------------------------------------- 025 forward company -> personal
fwd = """Forwarding to my personal address.

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: Friday, February 28, 2025 9:44 AM
To: Shiori Tanabe <{C}>
Subject: {S}

{Q}
""".format(TC=TC, C=ME_C, S=SUBJ_TC.format(D), Q=info_d)
msg(25, t("2025-02-28 10:02", JST), (ME_NAME, ME_C), TO_P, "FW: " + SUBJ_TC.format(D), L("user_reply", False, D),
    dom="norikura-sys.co.jp", msgdom="TY3PR01MB9876.jpnprd01.prod.outlook.com", text=fwd, crlf=True,
    reply_to_n=23, refs_n=(20, 21, 23), cte="quoted-printable",
    note="owner's own forward (company→personal) of a request; no new ask to her, nothing for support")

# ---------------------------------------------------------------- 026 user reply via In-Reply-To only
msg(26, t("2025-02-28 10:09", JST), (ME_NAME, ME_P), (None, TC), "Merge approval from my personal address",
    L("user_reply", False, D, [CID_OLD, CID_NEW]), dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=23, refs_n=(20, 21, 23, 25),
    text="""Hello Daniel,

This is Shiori Tanabe, writing from {P} as you asked.
I approve merging Account #1 ({O}) into Account #2 ({N}). Please keep {P} as my email.

Thanks,
Shiori

On Fri, Feb 28, 2025 at 9:44 AM AWS Training and Certification <{TC}> wrote:
{Q}
""".format(P=ME_P, O=CID_OLD, N=CID_NEW, TC=TC, Q=quote(info_d)), cte="quoted-printable",
    note="subject has no case number: belongs to the case only through In-Reply-To/References; candidate IDs in new text")

# ---------------------------------------------------------------- 027 IT mailbox closure JP
msg(27, t("2025-02-28 17:30", JST), ("情報システム課", "it-help@norikura-sys.co.jp"), TO_C,
    "【自動通知】メールボックス停止のお知らせ", L("unrelated"), dom="norikura-sys.co.jp", msgdom="norikura-sys.co.jp",
    cte="base64", text="""このメールボックス({C})は本日 18:00 に停止されます。
停止後に届いたメールは送信者へエラーとして返送されます。
転送設定は行われません。本通知への返信は不要です。
""".format(C=ME_C), note="JP IT notice about the company mailbox closing; '返信は不要'")

# ---------------------------------------------------------------- 028 bounce
msg(28, t("2025-03-01 02:11"), ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", L("unrelated"), dom="googlemail.com", msgdom="mx.google.com", no_auth=True,
    extra="Auto-Submitted: auto-replied",
    text="""** Address not found **

Your message wasn't delivered to {C} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {C} not found by SMTP address lookup

----- Original message -----
Subject: Fwd: {S}
From: {P}
To: {C}

> Kindly confirm that we should merge Account #1 into Account #2
""".format(C=ME_C, S=SUBJ_TC.format(D), P=ME_P),
    note="bounce carrying the case subject and a quoted ask")

# ---------------------------------------------------------------- 029 resolved D, quotes old request
msg(29, t("2025-03-03 04:30"), TCF, TO_P, SUBJ_TC.format(D), L("resolved", False, D, [CID_NEW]),
    cte="quoted-printable", reply_to_n=26, refs_n=(20, 23, 26),
    text="""Hello Shiori,

I have successfully merged all accounts. Your exam history, certifications and benefits now sit under candidate ID {N}, signed in with {P}. The former company account has been deactivated.

Your Credly badges will be reissued to the same address shortly, and the change may take a few days to show in partner reports.

If you notice anything missing, just reply to this email and we'll take a look.

Best regards,
Daniel R.
AWS Training and Certification Customer Support

-----Original Message-----
From: Shiori Tanabe <{P}>
Sent: Friday, February 28, 2025 1:09 AM
Subject: Merge approval from my personal address

> I approve merging Account #1 ({O}) into Account #2 ({N}).

-----Original Message-----
From: AWS Training and Certification
Sent: Thursday, February 27, 2025 2:05 AM

{Q}
""".format(N=CID_NEW, P=ME_P, O=CID_OLD, Q=conf_d),
    note="completion; full old confirmation request (Kindly confirm…) quoted below; conditional reply offer")

# ---------------------------------------------------------------- 030 Credly badge
msg(30, t("2025-03-03 04:52"), ("Credly", "admin@credly.com"), ME_P,
    "Amazon Web Services Training and Certification sent you a badge", L("badge"), dom="credly.com", msgdom="credly.com",
    text="""Hi Shiori,

Amazon Web Services Training and Certification has issued you a new badge:

    AWS Certified Solutions Architect - Associate

Accept your badge to add it to your Credly profile and share it on LinkedIn.

Accept badge: https://www.credly.com/badges/6e1f0c52-2b7d-4a8e-9c13-5f0d8a6b7e21/accept

Credly, 100 Park Ave, New York, NY
""", html="""<html><body><p>Hi Shiori,</p><p>Amazon Web Services Training and Certification has issued you a new badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p><p>Accept your badge to add it to your Credly profile and share it on LinkedIn.</p>
<p><a href="https://www.credly.com/badges/6e1f0c52-2b7d-4a8e-9c13-5f0d8a6b7e21/accept">Accept badge</a></p></body></html>""",
    cte="quoted-printable", note="Credly badge (imperative 'Accept your badge', badge UUID)")

# ---------------------------------------------------------------- 031 survey D
msg(31, t("2025-03-04 05:00"), ("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    "How did we do? Case %s" % D, L("survey", False, D), cte="quoted-printable",
    html="""<html><body><p>Hello,</p><p>Your recent case <b>{D}</b> with AWS Training and Certification Customer Support was resolved.
Would you take a minute to rate the help you received?</p>
<table><tr>{cells}</tr></table>
<p>Please do not reply to this message; use the links above.</p></body></html>""".format(
        D=D, cells="".join('<td><a href="https://survey.aws.example/r?c=%s&s=%d">%d</a></td>' % (D, i, i) for i in range(1, 6))),
    note="survey with a question and the case number; HTML-only")

# ---------------------------------------------------------------- 032 billing
msg(32, t("2025-03-04 09:10"), ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
    "Amazon Web Services Billing Statement Available [Account: %s]" % ACCT, L("unrelated"), cte="quoted-printable",
    text="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

AWS Account ID: {A}
Billing period: February 1 - February 28, 2025

You can see a complete breakdown of all charges on the Billing & Cost Management page.

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
""".format(A=ACCT), note="AWS billing with 12-digit account ID in subject and body; 'cannot accept incoming e-mails' footer")

# ---------------------------------------------------------------- 033 certification expiry
msg(33, t("2025-03-05 14:00"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate expires in 90 days", L("certification", cids=[CID_NEW]), dom="certmetrics.com",
    msgdom="certmetrics.com", cte="quoted-printable",
    text="""Hello Shiori Tanabe,

Your AWS Certified Developer - Associate certification (validation number 7Q2KXR5L1E4Q1P3C) will expire on June 3, 2025.

To keep your certification active, pass the current version of the exam or a qualifying higher-level exam before that date. Candidate ID: {N}.

Your 50% discount voucher can be used toward your recertification exam.

AWS Training and Certification
""".format(N=CID_NEW), note="certmetrics expiry notice with candidate ID; 'pass the exam' is not a reply ask")

# ---------------------------------------------------------------- 034 console ack C
con_footer = """
To see all of your cases, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above to respond from your AWS Support Center.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""".format(C=C)
msg(34, t("2025-03-05 22:17"), CONF, ME_P, "Amazon Web Services: New Support case: %s" % C, L("acknowledgement", False, C),
    cte="quoted-printable",
    text="""Dear Amazon Web Services Customer,

We have received your request for support (Case ID: {C}).

Subject: Certification benefit voucher missing after account merge
Severity: General guidance
Account: {A}
Correspondence: After my certification accounts were merged (case {D}), the 50% exam voucher that was on my old account is not shown on the Benefits page.

We will respond as soon as possible.
""".format(C=C, A=ACCT, D=D) + con_footer,
    note="console 'New Support case' ack; also a 12-digit account ID and another case number in the correspondence")

# ---------------------------------------------------------------- 035 console info_request C
fb = """
We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
"""
con_req = """Hello,

Thank you for contacting AWS Support. I'm Hyun-woo and I'll be looking into the missing voucher.

Benefits are attached to the certification that earned them, so when two profiles are merged the voucher normally moves with the exam record. In a small number of cases it stays tied to the retired profile and has to be reissued manually by our certification team.

To raise the reissue I'll need two things from you: the name of the exam whose pass earned the voucher, and the approximate date you passed it. You can add these to the case in the Support Center.

Best regards,
Hyun-woo K.
Amazon Web Services
""" + fb
msg(35, t("2025-03-06 03:40"), CONF, ME_P, "RE:[CASE %s] Certification benefit voucher missing after account merge" % C,
    L("info_request", True, C), text=con_req + con_footer,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in (con_req + con_footer).split("\n\n")) + "</body></html>",
    cte="quoted-printable",
    note="console request ('I'll need two things from you'); answer goes in Support Center; feedback footer + no-reply footer")

# ---------------------------------------------------------------- 036 bounce from no-reply
msg(36, t("2025-03-06 04:02"), ("Mail Delivery Subsystem", "mailer-daemon@amazon.com"), ME_P,
    "Undeliverable: RE:[CASE %s] Certification benefit voucher missing after account merge" % C, L("unrelated"),
    no_auth=True, extra="Auto-Submitted: auto-replied", cte="7bit",
    text="""Your message to no-reply-aws@amazon.com could not be delivered.

This mailbox does not accept incoming e-mail. To respond to an AWS Support case, sign in to the AWS Support Center.

--- Original message headers ---
From: Shiori Tanabe <{P}>
Subject: RE:[CASE {C}] Certification benefit voucher missing after account merge
""".format(P=ME_P, C=C), note="bounce from the console no-reply address with the case subject")

# ---------------------------------------------------------------- 037 connpass JP
msg(37, t("2025-03-07 09:00", JST), ("connpass", "no-reply@connpass.com"), TO_P,
    "【connpass】JAWS-UG 東京「AWS認定全冠への道」開催のお知らせ", L("unrelated"), dom="connpass.com", msgdom="connpass.com",
    text="""田辺 詩織 さん

フォロー中のグループ「JAWS-UG 東京」で新しいイベントが公開されました。

  AWS認定全冠への道 〜アカウント統合から再認定まで〜
  日時: 2025/03/27(木) 19:00〜21:00
  会場: オンライン

参加登録はイベントページからお願いします。
このメールに返信いただいても、主催者には届きません。
""", cte="8bit", note="JP UTF-8 8bit newsletter mentioning アカウント統合")

# ---------------------------------------------------------------- 038 console closing warning C
msg(38, t("2025-03-09 03:45"), CONF, ME_P, "RE:[CASE %s] Certification benefit voucher missing after account merge" % C,
    L("closing_notice", True, C), cte="quoted-printable",
    text="""Hello again,

I haven't seen an update on this case since my last note. Without new correspondence the case will move to Resolved automatically in three days. Adding a reply in the Support Center before then keeps it open, and I'll carry on with the voucher reissue.

Best regards,
Hyun-woo K.
Amazon Web Services
""" + fb + con_footer, note="console auto-resolve warning; the reply channel is the Support Center, not email")

# ---------------------------------------------------------------- 039 other vendor case closed
msg(39, t("2025-03-09 06:20"), ("Kumo Monitoring Support", "support@kumomon.zendesk.com"), ME_P,
    "[Kumo Monitoring] Request #58213 has been closed", L("unrelated"), dom="kumomon.zendesk.com", msgdom="zendesk.com",
    text="""##- Please type your reply above this line -##

Your request (58213) has been closed. We haven't heard from you in 7 days, so we've marked this as solved.
If you still need help, reply to this email to reopen the request.

Ayaka (Kumo Monitoring)
Mar 5, 2025, 10:12 JST
Could you send us your agent version and the output of `kumo status`?
""", cte="7bit", note="other vendor's 'closed for no response, reply to reopen' with an old ask")

# ---------------------------------------------------------------- 040 console resolved C
msg(40, t("2025-03-10 01:30"), CONF, ME_P, "RE:[CASE %s] Certification benefit voucher missing after account merge" % C,
    L("resolved", False, C), cte="quoted-printable",
    text="""Hello Shiori,

Thanks for adding the exam details (SAA-C03, passed October 2023). Our certification team has reissued the 50% discount voucher and it now appears on your Benefits page under your merged account. It is valid until October 2026.

I'm marking this case as resolved. If anything else comes up you can reopen it from the Support Center within 14 days.

Best regards,
Hyun-woo K.
Amazon Web Services
""" + fb + con_footer, note="console resolution with feedback footer ('Please share your experience') and 'reopen within 14 days'")

# ---------------------------------------------------------------- 041 survey C
msg(41, t("2025-03-10 11:30"), CONF, ME_P, "Tell us about your AWS Support experience", L("survey", False, C),
    html="""<html><body><p>Hello,</p><p>Your AWS Support case <a href="https://console.aws.amazon.com/support/home#/case/?displayId={C}">{C}</a> was recently resolved.</p>
<p>How satisfied were you with the support you received?</p><p>&#9733; &#9733; &#9733; &#9733; &#9733;</p>
<p>This e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>""".format(C=C),
    cte="base64", note="console survey; case only via displayId link")

# ---------------------------------------------------------------- 042 ack E (JP, base64)
msg(42, t("2025-03-10 12:32"), ("Amazon Web Services", TC), TO_P, "RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % E,
    L("acknowledgement", False, E), cte="base64",
    text="""田辺 詩織 様

AWS トレーニングと認定へお問い合わせいただきありがとうございます。
ケース ID: {E}

お問い合わせの詳細:
  お問い合わせタイプ: AWS トレーニングと認定
  その他の詳細: アカウントの統合
  内容: 先日アカウント統合を行いましたが、Credly に一部のバッジが表示されません。
        パートナーセントラルからの SSO で作成されたと思われる別の認定アカウントが残っているようです。

通常24時間以内に担当者よりご連絡いたします。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

Amazon Web Services
""".format(E=E), note="JP ack, base64 UTF-8, 'RE: [CASE' spacing")

# ---------------------------------------------------------------- 043 Amazon.co.jp shipping
msg(43, t("2025-03-10 22:40", JST), ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), TO_P,
    "Amazon.co.jp ご注文の商品を発送しました", L("unrelated"), dom="amazon.co.jp", msgdom="amazon.co.jp",
    cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    text="""田辺 詩織 様

Amazon.co.jp をご利用いただきありがとうございます。
ご注文の商品を発送しました。

  注文番号: 249-3817265-1180631
  商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集
  お届け予定: 3月12日(水)

配送状況はアカウントサービスからご確認いただけます。
このメールは配信専用です。
""", note="Amazon (not AWS) shipping notice, ISO-2022-JP; long order number")

# ---------------------------------------------------------------- 044 info_request E (JP keigo)
info_e = """田辺 詩織 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お送りいただいた内容をもとに調査いたしましたところ、ご利用中のメールアドレスに紐づく認定アカウント（候補 ID: {N}）は確認できました。
一方で、パートナーセントラル経由で作成されたと思われるアカウントにつきましては、登録メールアドレスが異なる可能性があり、現時点では特定に至っておりません。

つきましては、お手数ではございますが、以下の2点をご教示いただけますでしょうか。

  ・もう一方のアカウントの候補 ID(お分かりになる場合)
  ・Credly に登録されているメールアドレス

ご確認のほど、よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""".format(N=CID_NEW)
msg(44, t("2025-03-11 00:15"), TCF, TO_P, SUBJ_TC.format(E), L("info_request", True, E, [CID_NEW]),
    text=info_e, cte="quoted-printable",
    note="JP keigo info request (ご教示いただけますでしょうか) after an explanation; candidate ID in own text")

# ---------------------------------------------------------------- 045 user reply E (JP Gmail)
msg(45, t("2025-03-11 10:02", JST), (ME_NAME, ME_P), (None, TC), "Re: " + SUBJ_TC.format(E), L("user_reply", False, E, [CID_SSO]),
    dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=44, refs_n=(42, 44), cte="base64",
    text="""佐藤様

ご連絡ありがとうございます。田辺です。

・もう一方のアカウントの候補 ID: {S}
  (旧パートナーセントラルの画面に表示されていました)
・Credly の登録メールアドレス: {P}

以上、よろしくお願いいたします。

2025年3月11日(火) 9:15 AWS Training and Certification <{TC}>:
{Q}
""".format(S=CID_SSO, P=ME_P, TC=TC, Q=quote(info_e)),
    note="JP Gmail reply header (…:) quoting the ask; only AWS27190334 is in new text")

# ---------------------------------------------------------------- 046 suspicious JP lookalike
msg(46, t("2025-03-12 02:48"), ("AWS トレーニングと認定", "no-reply@aws-training-jp.net"), TO_P,
    "【重要】AWS認定アカウント統合の最終確認(24時間以内)", L("suspicious"), dom="aws-training-jp.net",
    msgdom="aws-training-jp.net", cs="shift_jis", cte="base64", subj_cs="iso-2022-jp",
    html="""<html><body><p>お客様</p>
<p>アカウント統合の処理が保留されています。以下のリンクからサインインし、統合先アカウントをご確認ください。</p>
<p>24時間以内にご確認いただけない場合、保有する認定資格はすべて失効します。</p>
<p><a href="http://aws-training-jp.net/verify">統合を確認する</a></p>
<p>AWS トレーニングと認定</p></body></html>""",
    note="JP phishing from lookalike domain, Shift_JIS base64 HTML")

# ---------------------------------------------------------------- 047 confirmation_request E (JP HTML-only, Shift_JIS)
conf_e_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head>
<body style="font-family:'Meiryo',sans-serif">
<p>田辺 詩織 様</p>
<p>佐藤でございます。候補 ID のご提供ありがとうございました。<br>
該当のアカウントを確認できましたので、統合の内容を以下にまとめております。</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>アカウント #1</th><th>アカウント #2</th></tr>
<tr><td>候補 ID</td><td>{S}</td><td>{N}</td></tr>
<tr><td>ログインメール</td><td>(パートナーセントラル SSO)</td><td>{P}</td></tr>
<tr><td>認定通知メール</td><td>{C}</td><td>{P}</td></tr>
<tr><td>保有認定</td><td>AWS Certified Cloud Practitioner</td><td>4 件</td></tr>
</table>
<p>アカウント #1 をアカウント #2 へ統合し、アカウント #2 を残す形でよろしいでしょうか。<br>
内容にお間違いがなければ、その旨ご返信くださいますようお願い申し上げます。</p>
<p>佐藤<br>AWS トレーニングと認定 カスタマーサポート</p>
</body></html>""".format(S=CID_SSO, N=CID_NEW, P=ME_P, C=ME_C)
msg(47, t("2025-03-12 05:20"), TCF, TO_P, SUBJ_TC.format(E), L("confirmation_request", True, E, [CID_SSO, CID_NEW]),
    html=conf_e_html, cs="shift_jis", cte="quoted-printable", reply_to_n=45, refs_n=(44, 45),
    note="JP HTML-only table (Shift_JIS, QP), アカウント #1/#2, ask phrased as よろしいでしょうか")

# ---------------------------------------------------------------- 048 user reply E (ISO-2022-JP)
msg(48, t("2025-03-12 18:31", JST), (ME_NAME, ME_P), (None, TC), "Re: " + SUBJ_TC.format(E), L("user_reply", False, E),
    dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=47, refs_n=(44, 45, 47), cs="iso-2022-jp", cte="7bit",
    text="""佐藤様

内容に問題ございません。アカウント #1 をアカウント #2 へ統合してください。
よろしくお願いいたします。

田辺
""", note="JP confirmation from the owner, ISO-2022-JP, no quote")

# ---------------------------------------------------------------- 049 on_hold E (JP, no ask)
msg(49, t("2025-03-13 04:05"), TCF, TO_P, SUBJ_TC.format(E), L("on_hold", False, E), cte="base64",
    text="""田辺 詩織 様

佐藤でございます。ご確認いただきありがとうございました。

アカウント #1 の統合作業は完了いたしましたが、Credly 上のバッジ情報の再連携につきましては Credly 側での処理が必要となるため、現在同社の対応を待っている状況です。
このため、本ケースは一時的に保留とさせていただいております。

お客様にて追加でご対応いただく必要はございません。進展がございましたら改めてご連絡いたします。

佐藤
AWS トレーニングと認定 カスタマーサポート
""", note="JP hold waiting on Credly; explicitly nothing for the owner to do (not resolved: work remains)")

# ---------------------------------------------------------------- 050 Credly accept reminder
msg(50, t("2025-03-14 16:00"), ("Credly", "admin@credly.com"), ME_P,
    "Reminder: accept your AWS Certified Cloud Practitioner badge", L("badge"), dom="credly.com", msgdom="credly.com",
    cte="quoted-printable",
    text="""Hi Shiori,

You still have a badge waiting from Amazon Web Services Training and Certification. Don't forget to accept it so it shows on your profile.

AWS Certified Cloud Practitioner
https://www.credly.com/badges/a9d30c44-71e2-4f8b-b1a0-3c2e6f17d8b5

Need help? Reply to this email or visit support.credly.com.
""", note="Credly reminder with 'Reply to this email' help line")

# ---------------------------------------------------------------- 051 Builder ID sign-in code
msg(51, t("2025-03-15 01:12"), ("AWS", "no-reply@login.awsapps.com"), ME_P, "Your AWS verification code",
    L("unrelated"), dom="login.awsapps.com", msgdom="login.awsapps.com", cte="7bit",
    text="""Verification code: 730264

You're signing in to AWS Builder ID. Enter this code to continue. It expires in 10 minutes.

If you didn't try to sign in, change your password right away.
""", note="6-digit code from login.awsapps.com")

# ---------------------------------------------------------------- 052 resolved E (JP, conditional, quoted request)
msg(52, t("2025-03-17 02:40"), TCF, TO_P, SUBJ_TC.format(E), L("resolved", False, E, [CID_NEW]), cte="quoted-printable",
    text="""田辺 詩織 様

佐藤でございます。お待たせいたしました。

Credly 側の再連携が完了し、アカウントの統合とあわせて本件の対応はすべて完了いたしました。
現在、すべての認定およびバッジは候補 ID {N} のアカウントに紐づいております。

ご不明な点がございましたら、本メールにご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサポート

----- 2025/03/12 14:20 AWS Training and Certification からのメッセージ -----
> アカウント #1 をアカウント #2 へ統合し、アカウント #2 を残す形でよろしいでしょうか。
> 内容にお間違いがなければ、その旨ご返信くださいますようお願い申し上げます。
""".format(N=CID_NEW),
    note="JP completion with 〜がございましたら…ご返信ください and the old confirmation ask quoted")

# ---------------------------------------------------------------- 053 survey E (JP)
msg(53, t("2025-03-17 06:00"), ("AWS Training and Certification", "aws-tc-survey@amazon.com"), TO_P,
    "【アンケート】AWS トレーニングと認定サポートのご対応について(ケース %s)" % E, L("survey", False, E),
    cte="base64",
    html="""<html><body><p>田辺 詩織 様</p><p>先日はお問い合わせいただきありがとうございました。</p>
<p>今回のサポートのご対応について、5段階でご評価いただけますでしょうか。所要時間は1分程度です。</p>
<p><a href="https://survey.aws.example/r?c={E}">アンケートに回答する</a></p>
<p>本メールは送信専用アドレスから送信しています。</p></body></html>""".format(E=E),
    note="JP survey using keigo request form いただけますでしょうか")

# ---------------------------------------------------------------- 054 suspicious fake Credly
msg(54, t("2025-03-17 07:30"), ("Credly Badges", "admin@credly-badge-center.com"), ME_P,
    "Your AWS badges were revoked - action needed", L("suspicious"), dom="credly-badge-center.com",
    msgdom="credly-badge-center.com",
    text="""Hello,

Due to your recent account merge, 4 badges issued by Amazon Web Services Training and Certification were revoked.
Reply with your Credly password within 24 hours to restore them, or sign in here: http://credly-badge-center.com/restore

Credly Support
""", cte="7bit", note="Credly lookalike domain mentioning the merge")

# ---------------------------------------------------------------- 055 ack F (HTML-only)
msg(55, t("2025-03-17 08:45"), TCF2, TO_P, SUBJ_TC.format(F), L("acknowledgement", False, F), cte="quoted-printable",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting Amazon Web Services. We have opened case {F} to address your inquiry.</p>
<p><b>The details of your case are as follows:</b></p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Exam history</td></tr>
<tr><td>Description</td><td>After my accounts were merged, my 2019 Cloud Practitioner exam is missing from Exam History.</td></tr>
</table>
<p>We usually answer within 24 hours. If you already have an open case for this request, please don't create another one.</p>
<p>Amazon Web Services</p></body></html>""".format(F=F), note="HTML-only ack with table")

# ---------------------------------------------------------------- 056 newsletter
msg(56, t("2025-03-18 13:00"), ("Cloud Ops Weekly", "newsletter@cloudopsweekly.dev"), ME_P,
    "Cloud Ops Weekly #212: merging accounts, closing cases, and more", L("unrelated"),
    dom="cloudopsweekly.dev", msgdom="cloudopsweekly.dev", cte="quoted-printable",
    text="""This week:

* How to merge AWS Certification accounts when you change jobs (and why you should confirm which account to keep)
* Support case etiquette: reply before the case is closed
* Terraform 1.11 is out

Please confirm your subscription preferences: https://cloudopsweekly.dev/prefs

You are receiving this because you subscribed at cloudopsweekly.dev.
""", note="newsletter using merge/confirm/closed vocabulary")

# ---------------------------------------------------------------- 057 info_request F (mixed)
info_f = """Hi Shiori,

Thanks for your patience while I looked into this.

Here's what I found: your merged profile shows five exams, and the 2019 Cloud Practitioner attempt isn't among them. Older exams sometimes sit on a separate legacy record that wasn't picked up by the merge, especially ones booked before 2020. I've already located two candidate legacy records that could match, but I want to be sure I attach the right one.

Could you let me know the Pearson VUE registration number from that exam's confirmation email, and roughly which month you took it? A screenshot of the old score report works too.

Thanks,
Tomás
AWS Training and Certification
"""
msg(57, t("2025-03-18 21:30"), TCF, TO_P, SUBJ_TC.format(F), L("info_request", True, F), text=info_f,
    html="<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in info_f.split("\n\n")) + "</body></html>",
    cte="quoted-printable", note="progress news first, ask ('Could you let me know') in the second-to-last paragraph")

# ---------------------------------------------------------------- 058 Skill Builder receipt
msg(58, t("2025-03-19 00:20"), ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt", L("unrelated"), dom="aws.training", msgdom="aws.training", cte="quoted-printable",
    text="""Thank you for your purchase.

Order: SB-2025-0319-883012
Item: AWS Skill Builder Individual subscription (1 month)
Amount: USD 29.00

Manage your subscription from your account settings. No reply is needed.
""", note="Skill Builder receipt; order number")

# ---------------------------------------------------------------- 059 closing_notice F
msg(59, t("2025-03-22 20:10"), TCF, TO_P, SUBJ_TC.format(F), L("closing_notice", True, F), cte="7bit",
    reply_to_n=57, refs_n=(55, 57),
    text="""Hello,

This is a courtesy reminder about case {F}. We're still waiting on the exam details requested on March 18. Unless we hear from you by Wednesday, March 26, the case will be marked closed.

A reply before then keeps it active.

AWS Training and Certification

On Tue, Mar 18, 2025 at 21:30 UTC, AWS Training and Certification wrote:
{Q}
""".format(F=F, Q=quote(info_f)), note="closing notice worded as a 'courtesy reminder' with a date; old ask quoted")

# ---------------------------------------------------------------- 060 user reply F
msg(60, t("2025-03-23 09:14", JST), (ME_NAME, ME_P), (None, TC), "Re: " + SUBJ_TC.format(F), L("user_reply", False, F, [CID_OLD]),
    dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=59, refs_n=(55, 57, 59), cte="quoted-printable",
    text="""Hi Tomás,

Sorry for the wait. I found the old confirmation mail:
Registration number: 612004587
Exam: CLF-C01, taken in July 2019.
At that time my candidate ID was {O} (the old company account).

Thanks,
Shiori

On Sun, Mar 23, 2025 at 5:10 AM AWS Training and Certification <{TC}> wrote:
> This is a courtesy reminder about case {F}.
""".format(O=CID_OLD, TC=TC, F=F), note="owner's reply with a 9-digit registration number (not a case) and a candidate ID")

# ---------------------------------------------------------------- 061 case_update F
msg(61, t("2025-03-24 03:00"), TCF, TO_P, SUBJ_TC.format(F), L("case_update", False, F), cte="quoted-printable",
    reply_to_n=60, refs_n=(57, 59, 60),
    text="""Hi Shiori,

That registration number matched one of the legacy records. I've sent it to our certification operations team to attach it to your profile; this step is done by hand and can take up to five business days.

Nothing else is needed from you for now.

Tomás
AWS Training and Certification
""", note="progress news, 'nothing else is needed'")

# ---------------------------------------------------------------- 062 Pearson VUE feedback (EN)
msg(62, t("2025-03-24 10:00"), ("Pearson VUE", "pearsonvue@email.pearsonvue.com"), ME_P,
    "How was your testing experience?", L("unrelated"), dom="email.pearsonvue.com", msgdom="pearsonvue.com",
    cte="quoted-printable",
    text="""Hello Shiori,

Thanks for testing with Pearson VUE on March 22. Would you tell us about your experience? The survey takes 3 minutes.

Registration ID: {V}

Start survey: https://pearsonvue.example/survey?r={V}
""".format(V=VUE), note="exam vendor survey (not AWS support), 9-digit ID")

# ---------------------------------------------------------------- 063 info_request F (confirm something else)
msg(63, t("2025-03-26 05:30"), TCF, TO_P, SUBJ_TC.format(F), L("info_request", True, F), cte="quoted-printable",
    text="""Hi Shiori,

Certification operations came back with one question before they attach the record. The legacy exam was registered under the name "TANABE SHIORI" with a different date of birth on file than your current profile (the month and day appear swapped).

Can you confirm the record is yours and that the date of birth on your current profile is the correct one? A one-line reply is fine.

Tomás
AWS Training and Certification
""", note="asks to confirm something other than the merge choice (identity / DOB), as a bare 'Can you confirm'")

# ---------------------------------------------------------------- 064 user reply F (phone)
msg(64, t("2025-03-26 19:48", JST), (ME_NAME, ME_P), (None, TC), "Re: " + SUBJ_TC.format(F), L("user_reply", False, F),
    dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=63, refs_n=(57, 60, 61, 63), cte="8bit",
    text="""Yes, that exam is mine. The date of birth on my current profile is correct.

Sent from my iPhone

> On Mar 26, 2025, at 14:30, AWS Training and Certification <{TC}> wrote:
>
> Can you confirm the record is yours and that the date of birth on your current profile is the correct one?
""".format(TC=TC), note="short mobile reply, quote has the question")

# ---------------------------------------------------------------- 065 resolved F with survey footer
msg(65, t("2025-03-28 02:15"), TCF, TO_P, SUBJ_TC.format(F), L("resolved", False, F), cte="quoted-printable",
    text="""Hi Shiori,

All set: the 2019 CLF-C01 exam now appears in your Exam History, and your profile shows all six exams. There's nothing further you need to do, and I'll close out this case.

Tomás
AWS Training and Certification

--
How did we do? Please take a moment to rate your support experience: https://survey.aws.example/r?c={F}
""".format(F=F), note="resolved with a survey footer that says 'Please take a moment to rate'")

# ---------------------------------------------------------------- 066 certification benefit notice
msg(66, t("2025-03-29 14:00"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", L("certification", cids=[CID_NEW]), dom="certmetrics.com",
    msgdom="certmetrics.com", cte="quoted-printable",
    html="""<html><body><p>Dear Shiori Tanabe,</p><p>Congratulations! You have successfully recertified
<b>AWS Certified Solutions Architect - Professional</b>. Your new expiration date is March 22, 2028.</p>
<p>Your digital badge will be sent by Credly. Visit your AWS Certification Account to download your certificate.</p>
<p>Candidate ID: {N}</p></body></html>""".format(N=CID_NEW), note="certmetrics recertification congratulation, HTML-only")

# ---------------------------------------------------------------- 067 Credly badge
msg(67, t("2025-03-29 14:30"), ("Credly", "admin@credly.com"), ME_P,
    "You've earned a badge: AWS Certified Solutions Architect - Professional", L("badge"), dom="credly.com", msgdom="credly.com",
    cte="base64", html="""<html><body><p>Congratulations, Shiori!</p><p>Amazon Web Services Training and Certification issued you the
<b>AWS Certified Solutions Architect - Professional</b> badge.</p><p><a href="https://www.credly.com/go/Yq8xP2">Claim your badge</a></p></body></html>""",
    note="Credly badge, base64 HTML-only")

# ---------------------------------------------------------------- 068 suspicious certmetrics spoof dmarc=fail
msg(68, t("2025-03-30 06:00"), ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification account has been merged - verify ownership", L("suspicious", cids=[CID_NEW]), dom="certmetrics.com",
    msgdom="certmetrics-notice.xyz", fail=True, mailfrom="certmetrics-notice.xyz", cte="quoted-printable",
    text="""Dear Candidate,

Your recent account merge has been completed. To keep your certifications active, verify ownership of candidate profile {N} by signing in at the link below within 72 hours.

https://certmetrics-account.verify-portal.xyz/amazon

AWS Training and Certification
""".format(N=CID_NEW), note="real-looking certmetrics From, dmarc=fail in Gmail Authentication-Results")

# ---------------------------------------------------------------- 069 APN partner central notice
msg(69, t("2025-03-31 03:00"), ("AWS Partner Central", "no-reply@partnercentral.awspartner.com"), ME_P,
    "Your AWS Partner Central user has been removed from Norikura Systems", L("unrelated"),
    dom="partnercentral.awspartner.com", msgdom="awspartner.com", cte="7bit",
    text="""Hello Shiori Tanabe,

Your user profile has been removed from the AWS Partner Central account of Norikura Systems. Certifications previously shared with this partner are no longer counted toward its tier.

No action is required. If you join another AWS Partner, you can link your certification account again.

AWS Partner Network
""", note="APN notification after the merge; other AWS mail")

# ---------------------------------------------------------------- 070 user thanks on D
msg(70, t("2025-03-31 21:05", JST), (ME_NAME, ME_P), (None, TC), "Re: " + SUBJ_TC.format(D), L("user_reply", False, D),
    dom="gmail.com", msgdom="mail.gmail.com", reply_to_n=29, refs_n=(20, 23, 26, 29), cte="quoted-printable",
    text="""Hi Daniel,

Everything looks good now, and the partner profile has also been updated. Thank you very much for your help!

Shiori

On Mon, Mar 3, 2025 at 1:30 PM AWS Training and Certification <{TC}> wrote:
> I have successfully merged all accounts.
> If you notice anything missing, just reply to this email and we'll take a look.
""".format(TC=TC), note="thank-you reply on a resolved case")

# ---------------------------------------------------------------- 071 case_update D (agent's closing remark)
msg(71, t("2025-04-01 01:20"), TCF, TO_P, SUBJ_TC.format(D), L("case_update", False, D), cte="7bit",
    reply_to_n=70, refs_n=(29, 70),
    text="""Hi Shiori,

Glad to hear it. For your records: your new certificates are available under Certifications in your account, and the old validation numbers still verify.

Best of luck in the new role!
Daniel R.
""", note="short courtesy note with information; no ask, not a new resolution")

# ---------------------------------------------------------------- 072 Google security alert
msg(72, t("2025-04-01 04:40"), ("Google", "no-reply@accounts.google.com"), ME_P,
    "Security alert: new sign-in on Mac", L("unrelated"), dom="accounts.google.com", msgdom="accounts.google.com",
    cte="quoted-printable",
    text="""A new sign-in on Mac

shiori.tanabe.jp@gmail.com

We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://accounts.google.com/AccountChooser
""", note="conditional 'If not…' security alert")

# ---------------------------------------------------------------- 073 LinkedIn JP
msg(73, t("2025-04-02 08:00", JST), ("LinkedIn", "messages-noreply@linkedin.com"), TO_P,
    "小松 隆さんがあなたの新しいポジションにお祝いを送りました", L("unrelated"), dom="linkedin.com", msgdom="linkedin.com",
    cte="base64", text="""田辺 詩織さん

小松 隆さんから「新しいポジション、おめでとうございます!」というメッセージが届いています。

返信する: https://www.linkedin.com/messaging/

このメールは田辺 詩織さん宛てに送信されました。
""", note="JP social notification with 返信する link")

# ---------------------------------------------------------------- 074 certification feedback JP? (AWS marketing w/ reply words)
msg(74, t("2025-04-03 00:00"), ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Your next step: AWS Certified Security - Specialty", L("unrelated"), cte="quoted-printable",
    html="""<html><body><p>Hi Shiori,</p><p>Based on your certifications, you may be ready for AWS Certified Security - Specialty.</p>
<p>Have questions about your certification account? Reply to this email and our team will follow up.</p>
<p><a href="https://aws.amazon.com/certification/">Explore exams</a></p></body></html>""",
    note="AWS marketing from amazon.com inviting replies about the certification account")

# ---------------------------------------------------------------- 075 console case C: reopened? -> no. Other vendor support reopened
msg(75, t("2025-04-03 06:30"), ("Kumo Monitoring Support", "support@kumomon.zendesk.com"), ME_P,
    "[Kumo Monitoring] Re: Request #58213 - Please confirm which account to keep", L("unrelated"),
    dom="kumomon.zendesk.com", msgdom="zendesk.com", cte="7bit",
    text="""##- Please type your reply above this line -##

Hi Shiori,

We found two Kumo workspaces under your addresses (norikura-sys and personal). Please confirm which one you want to keep so we can merge them.

Ayaka (Kumo Monitoring)
""", note="another vendor's genuine merge-confirmation request; not AWS → unrelated")

# ---------------------------------------------------------------- 076 Jira JP to personal? (company closed) -> Connpass reminder
msg(76, t("2025-04-04 12:00", JST), ("connpass", "no-reply@connpass.com"), TO_P,
    "【connpass】イベント参加の確認をお願いします: JAWS-UG 東京", L("unrelated"), dom="connpass.com", msgdom="connpass.com",
    cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp",
    text="""田辺 詩織 さん

補欠から参加者に繰り上がりました。参加できない場合はイベントページからキャンセルをお願いします。
参加できる場合は特に操作は不要です。
""", note="JP event mail asking for action (not support)")

# ---------------------------------------------------------------- write
README_HEAD = """me: {P} {C}

# Blind held-out corpus 93

One mailbox owner, Shiori Tanabe: personal address `{P}`, old company address `{C}`
(an AWS Partner Network company; the company mailbox is switched off on 2025-02-28).
Generated by `python3 gen.py` (standard library only); files `NNN-mail.eml` + `NNN-mail.json`.

## Cases
| case | digits | channel | story |
|---|---|---|---|
| {D} | 11 | T&C form, company address | ack (JP) → APN hold with a question → closing warning → closed notice → owner reply → reopened → hold (no ask) → partner OK → Account #1/#2 confirmation → owner confirms from the company address → asked to confirm from the destination address → forward + reply threaded only by In-Reply-To/References → merged → thanks → courtesy note |
| {A} | 15 | T&C form, personal address | duplicate form submission for the same merge; closed as a duplicate |
| {C2} | 10 | AWS Support Center (console) | voucher missing after merge; request to answer in the Support Center; email reply bounces; auto-resolve warning; resolved; survey |
| {E} | 15 | T&C form, personal, Japanese agent | third (partner SSO) account breaking Credly: ack → info request (keigo) → reply → HTML/Shift_JIS confirmation → reply → hold on Credly → resolved → survey |
| {F} | 15 | T&C form, personal | 2019 exam missing after merge: ack → mixed progress+ask → closing reminder → reply → update → confirm identity/DOB → reply → resolved with survey footer |

Not case numbers: AWS account ID {ACCT} (12 digits), Pearson VUE registration IDs {VUE} and 612004587 (9 digits),
one-time codes 482915 / 730264 (6 digits), Credly badge UUIDs, an Amazon.co.jp order number, Zendesk #58213.
Candidate IDs: {O} (company account), {N} (personal account), {S} (partner SSO account).

Labelling choices worth knowing: a duplicate case closed by support with "no further action" is `resolved`;
the owner's own forward of a case mail to herself is `user_reply` (needs_reply false); bounces and
auto-replies that carry a case subject are `unrelated` with case null; a mail with dmarc=fail that reuses a
real case subject is `suspicious` with case null; candidate_ids are listed for every mail whose own
(unquoted) text contains them, including non-case mail.

## Messages
| # | kind | needs_reply | case | what it is / what makes it hard |
|---|---|---|---|---|
"""

def write_readme():
    out = README_HEAD.format(P=ME_P, C=ME_C, D=D, A=A, C2=C, E=E, F=F, ACCT=ACCT, VUE=VUE,
                             O=CID_OLD, N=CID_NEW, S=CID_SSO)
    for n, raw, label, note in MESSAGES:
        out += "| %03d | %s | %s | %s | %s |\n" % (n, label["kind"], str(label["needs_reply"]).lower(),
                                                  label["case"] or "-", note.replace("|", "/"))
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(out)

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
            os.remove(os.path.join(OUT, f))
    for n, raw, label, note in MESSAGES:
        base = "%03d-mail" % n
        with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, base + ".json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
    write_readme()
    print("wrote", len(MESSAGES), "messages")

if __name__ == "__main__":
    main()
