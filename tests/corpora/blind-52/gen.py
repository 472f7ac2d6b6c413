#!/usr/bin/env python3
"""Blind held-out corpus: one mailbox (personal + old company address), May-July 2025.
Writes NNN-slug.eml / NNN-slug.json beside this script, plus README.md."""
import base64, hashlib, json, os, quopri, datetime as dt
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "haruka.tsuji.0412@gmail.com"
CO = "h-tsujimoto@kitanoha-sys.co.jp"
CA = "174960318200417"   # main T&C form case (15 digits, 2025)
CB = "174960344100932"   # duplicate form submission (15 digits)
CC = "7194820356"        # console (Support Center) case, 10 digits
CD = "16983357204"       # earlier T&C case, 11 digits, later reopened
FORM = "aws-cs-trainingcertification-form@amazon.com"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))

MSGS = []
MIDS = {}

def h(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs).encode()

def who(name, a, cs="utf-8"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()"@:;'):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, cs).encode(), a)

def leaf(ctype, text, cs="utf-8", cte="7bit"):
    data = text.encode(cs)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    else:
        body = data
    head = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)
    return head.encode(), body

def multi(parts, sub="alternative", bnd=None):
    bnd = bnd or "----=_Part_%d_%d" % (len(MSGS) * 7919 + 13, len(parts))
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"\n' % (sub, bnd)
    out = b"This is a multi-part message in MIME format.\n"
    for ph, pb in parts:
        out += b"\n--" + bnd.encode() + b"\n" + ph + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += b"\n--" + bnd.encode() + b"--\n"
    return head.encode(), out

def alt(text, html, cs="utf-8", cte="quoted-printable"):
    return multi([leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)])

def auth_g(dom, dkim="pass", spf="pass", dmarc="pass", mailfrom=None, pol="p=QUARANTINE sp=QUARANTINE dis=NONE"):
    mf = mailfrom or ("bounce@" + dom)
    return ("mx.google.com;\n       dkim=%s header.i=@%s header.s=s1 header.b=Qx7%sz;\n"
            "       spf=%s (google.com: domain of %s designates 54.240.11.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=%s (%s) header.from=%s") % (dkim, dom, dom[:3], spf, mf, len(MSGS) + 20, mf, dmarc,
                                                     pol if dmarc == "pass" else "p=REJECT sp=REJECT dis=QUARANTINE", dom)

def auth_ms(dom, dkim="pass", spf="pass", dmarc="pass"):
    act = "none" if dmarc == "pass" else "quarantine"
    return ("spf=%s (sender IP is 54.240.8.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n"
            " header.d=%s;dmarc=%s action=%s\n header.from=%s;compauth=%s reason=%s") % (
        spf, len(MSGS) + 30, dom, dkim, dom, dmarc, act, dom, "pass" if dmarc == "pass" else "fail",
        "100" if dmarc == "pass" else "000")

def add(slug, label, note, frm, to, subject, date, body, *, key=None, mid=None, irt=None, refs=None,
        cc=None, auth=None, crlf=False, scs="utf-8", extra=()):
    n = len(MSGS) + 1
    if mid is None:
        mid = "<%s.%d@%s>" % (hashlib.md5(slug.encode()).hexdigest()[:14], n, frm.split("@")[-1].rstrip(">"))
    if key:
        MIDS[key] = mid
    lines = []
    rcpt = to
    if auth:
        lines.append("Authentication-Results: " + auth)
    lines.append("Date: " + format_datetime(date))
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + h(subject, scs))
    lines.append("Message-ID: " + mid)
    if irt:
        lines.append("In-Reply-To: " + MIDS[irt])
    if refs:
        lines.append("References: " + "\n ".join(MIDS[r] for r in refs))
    lines.extend(extra)
    lines.append("MIME-Version: 1.0")
    bh, bb = body
    raw = ("\n".join(lines) + "\n").encode() + bh + b"\n" + bb
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = "%03d-%s" % (n, hashlib.sha1(("blind52/" + slug).encode()).hexdigest()[:8])
    MSGS.append((name, raw, label, note))
    return mid

def L(kind, reply=False, case=None, ids=()):
    return {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": list(ids)}

def d(y, mo, dd, hh, mi, tz=UTC):
    return dt.datetime(y, mo, dd, hh, mi, (dd * 7 + mi) % 60, tzinfo=tz)

def sesid(n):
    return "<0100019%07x-%08x-77e1-4c0a-9d3e-%012x-000000@email.amazonses.com>" % (n * 104729, n * 2654435761 % 2**32, n * 97)

A_FORM = auth_g("amazon.com", mailfrom="0100019-bounce@email.amazonses.com")
A_FORM_CO = auth_ms("amazon.com")
FROM_FORM = who("AWS Training and Certification", FORM)
CONSOLE = who("Amazon Web Services", "no-reply-aws@amazon.com")

# ---------------------------------------------------------------- May: case D (personal duplicates)
add("billing-may", L("unrelated"), "AWS billing statement; 12-digit account ID next to the word 'Account' is not a case number.",
    who("Amazon Web Services", "aws-billing@email.amazon.com"), ME,
    "Amazon Web Services Billing Statement Available [Account: 481503926617]", d(2025, 5, 3, 8, 12),
    alt("""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6617, is available on the AWS web site. Your account will be charged the following:

Total: USD 3.41

You can see a complete break down of all charges on the Billing & Cost Management Dashboard located at https://console.aws.amazon.com/billing/home#/bill

Account ID: 481503926617

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", """<html><body><p>Greetings from Amazon Web Services,</p><p>This e-mail confirms that your latest billing statement, for the account ending in 6617, is available on the AWS web site.</p>
<table border="0"><tr><td>Total:</td><td><b>USD 3.41</b></td></tr><tr><td>Account ID:</td><td>481503926617</td></tr></table>
<p><a href="https://console.aws.amazon.com/billing/home#/bill">Billing &amp; Cost Management Dashboard</a></p><p>Sincerely,<br>Amazon Web Services</p></body></html>"""),
    mid=sesid(1), auth=auth_g("email.amazon.com"))

add("cloud-weekly-jp", L("unrelated"), "Japanese newsletter (base64 UTF-8) that talks about certification account merges and 'ご返信ください'.",
    who("週刊クラウドダイジェスト", "news@cloud-digest.jp"), ME, "【週刊クラウドダイジェスト】AWS認定アカウント統合の手順まとめ ほか", d(2025, 5, 9, 23, 0),
    leaf("text/plain", """週刊クラウドダイジェスト 第212号
━━━━━━━━━━━━━━━━━━━━━━

■今週の注目記事
1. 転職時にAWS認定アカウントを個人アドレスへ統合する手順
   フォームから申請すると、サポートから「どちらのアカウントに統合しますか？」という確認メールが届きます。
   内容を確認して返信すれば、通常数時間で統合が完了するとのこと。

2. Amazon Bedrock の新リージョン対応
3. AWS Summit Japan 2025 セッション速報

■読者アンケート
ご意見・ご感想がございましたら、このメールにご返信ください。今後の記事作成の参考にさせていただきます。

配信停止はこちら: https://cloud-digest.jp/unsubscribe?u=88213
""", "utf-8", "base64"), auth=auth_g("cloud-digest.jp"))

add("form-receipt-may", L("acknowledgement", False, CD), "Japanese ack (ISO-2022-JP); ends with a conditional 'ご返信ください' that is not a request.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 12, 1, 14), key="d_ack", mid=sesid(2), auth=A_FORM,
    scs="iso-2022-jp", body=leaf("text/plain", """お客様

AWS へお問い合わせいただきありがとうございます。ケース %s を開きました。

お問い合わせ内容は以下のとおりです。
お問い合わせタイプ: 認定
その他の詳細: アカウントの統合
内容: 同じメールアドレス（%s）でAWS認定アカウントが2つ作成されてしまい、Credly にバッジが表示されません。1つに統合をお願いします。

担当者より通常24時間以内にご連絡いたします。状況によっては、最適な解決策を見つけるためにさらにお時間を頂戴する場合がございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

追加でお伝えいただきたい情報がございましたら、本メールにそのままご返信ください。

よろしくお願いいたします。
Amazon Web Services
""" % (CD, ME), "iso-2022-jp"))

add("builderid-code", L("unrelated"), "Builder ID verification mail with a 6-digit code and 'verify' wording.",
    who("AWS Builder ID", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address", d(2025, 5, 12, 3, 20),
    alt("""Verify your email address

Hello,

To finish signing in with your AWS Builder ID, enter the following verification code:

Verification code: 604918

This code expires 10 minutes after it was sent. If you did not request this code, you can ignore this message.

Amazon Web Services
""", """<html><body style="font-family:Arial"><h2>Verify your email address</h2><p>To finish signing in with your AWS Builder ID, enter the following verification code:</p>
<p style="font-size:28px;letter-spacing:4px"><b>604918</b></p><p>This code expires 10 minutes after it was sent. If you did not request this code, you can ignore this message.</p></body></html>""", cte="7bit"),
    auth=auth_g("signin.aws"))

add("d-agent-sato", L("info_request", True, CD), "Japanese keigo (Shift_JIS 8bit); the ask is 'お知らせいただけますでしょうか' after a long explanation, followed by a conditional footer.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 13, 6, 40), key="d_info", irt="d_ack", refs=["d_ack"],
    mid=sesid(3), auth=A_FORM, scs="shift_jis", body=leaf("text/plain", """辻本 様

AWS トレーニングと認定カスタマーサービスの佐藤でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

お伺いした内容を確認いたしましたところ、ご登録のメールアドレスに紐づくAWS認定アカウントが複数存在している可能性がございます。
同一のメールアドレスで複数の認定アカウントをお持ちの場合、Credly デジタルバッジプラットフォームでバッジが正しく表示されないことがございます。

統合作業を進めるにあたり、統合対象となる両方のアカウントについて、AWS 候補 ID（「AWS」から始まる8桁の番号で、認定アカウントにサインインした画面の右上に表示されます）をお知らせいただけますでしょうか。
あわせて、どちらのアカウントを残すご希望かもご記載いただけますと幸いです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願いいたします。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", "shift_jis", "8bit"))

add("gh-merged", L("unrelated"), "GitHub 'merged' notification — merge wording, not an account merge.",
    who("Haruka Tsujimoto", "notifications@github.com"), ME,
    "Re: [htsuji/dotfiles] Merge branch 'feature/zsh-aliases' (PR #41)", d(2025, 5, 13, 9, 2),
    leaf("text/plain", """Merged #41 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/htsuji/dotfiles/pull/41#event-17723890133
You are receiving this because you authored the thread.

Message ID: <htsuji/dotfiles/pull/41/issue_event/17723890133@github.com>
"""), auth=auth_g("github.com"), extra=["List-ID: htsuji/dotfiles <dotfiles.htsuji.github.com>"])

add("d-followup-kevin", L("closing_notice", True, CD), "Short English closing warning by a second agent; reply keeps it open. No 'please'.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 16, 7, 10), key="d_close", irt="d_info", refs=["d_ack", "d_info"],
    mid=sesid(4), auth=A_FORM, body=leaf("text/plain", """Hello,

Following up on my colleague's message from May 13. We still don't have the candidate IDs for the two accounts, so the merge can't move forward yet.

This case will be closed in 3 business days if we don't hear from you. Any reply to this thread before then will keep it open, and you can also reply after it closes to reopen it.

Regards,
Kevin
AWS Training and Certification Customer Service
""", "utf-8", "7bit"))

add("d-my-ids", L("user_reply", False, CD, ["AWS11820574", "AWS30275518"]), "Owner's Japanese reply with two candidate IDs, Gmail Japanese quote header, quoted history below.",
    who("辻本 遥", ME), FORM, "Re: RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 16, 21, 31, JST), key="d_r1", irt="d_close",
    refs=["d_ack", "d_info", "d_close"], mid="<CAK7q+pZ3mVd1x0Hn=Tz8vS@mail.gmail.com>",
    body=leaf("text/plain", """ご連絡が遅くなり申し訳ありません。

両アカウントの候補IDは以下のとおりです。
・AWS11820574（2021年から使っているメインのアカウント）
・AWS30275518（誤って作ってしまった方）

AWS11820574 の方を残していただければと思います。
よろしくお願いいたします。

辻本

2025年5月16日(金) 16:10 AWS Training and Certification <%s>:
> Hello,
>
> Following up on my colleague's message from May 13. We still don't have the candidate IDs for the two accounts, so the merge can't move forward yet.
>
> This case will be closed in 3 business days if we don't hear from you.
""" % FORM, "utf-8", "quoted-printable"))

add("d-which-one", L("confirmation_request", True, CD, ["AWS11820574", "AWS30275518"]),
    "English confirmation with Account #1/#2 both using the same login email; the ask is a bare question in the middle.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 19, 2, 5), key="d_conf", irt="d_r1", refs=["d_ack", "d_info", "d_close", "d_r1"],
    mid=sesid(5), auth=A_FORM, body=alt("""Hi Haruka,

Thanks for the IDs. I located both records:

Account #1 (AWS11820574)
Login email: %s
Training notification email: %s
Certification notification email: %s
Exam history: 4 exams, 3 active certifications

Account #2 (AWS30275518)
Login email: %s
Training notification email: %s
Certification notification email: (none)
Exam history: none

You'd like everything to end up on Account #1 and Account #2 to be retired — is that right? Once you confirm, I'll run the merge. Account #2 will no longer be usable afterwards.

Best,
Daniela R.
AWS Training and Certification
""" % ((ME,) * 5), """<html><body><p>Hi Haruka,</p><p>Thanks for the IDs. I located both records:</p>
<p><b>Account #1 (AWS11820574)</b><br>Login email: %s<br>Training notification email: %s<br>Certification notification email: %s<br>Exam history: 4 exams, 3 active certifications</p>
<p><b>Account #2 (AWS30275518)</b><br>Login email: %s<br>Training notification email: %s<br>Certification notification email: (none)<br>Exam history: none</p>
<p>You'd like everything to end up on Account #1 and Account #2 to be retired &mdash; is that right? Once you confirm, I'll run the merge. Account #2 will no longer be usable afterwards.</p>
<p>Best,<br>Daniela R.<br>AWS Training and Certification</p></body></html>""" % ((ME,) * 5)))

add("d-yes", L("user_reply", False, CD, ["AWS11820574", "AWS30275518"]), "Short English confirmation from the owner, Gmail-style quoting.",
    who("Haruka Tsujimoto", ME), FORM, "Re: RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 19, 12, 2, JST), key="d_r2", irt="d_conf",
    refs=["d_ack", "d_info", "d_close", "d_r1", "d_conf"], mid="<CAK7q+pY0bqz8=Wn4uQ1c@mail.gmail.com>",
    body=leaf("text/plain", """Yes, that's right. Please keep Account #1 (AWS11820574) and merge AWS30275518 into it.

Thank you!
Haruka

On Mon, May 19, 2025 at 11:05 AM AWS Training and Certification <%s> wrote:
> Hi Haruka,
>
> Thanks for the IDs. I located both records:
> Account #1 (AWS11820574)
> Account #2 (AWS30275518)
> You'd like everything to end up on Account #1 and Account #2 to be retired - is that right?
""" % FORM))

add("d-done", L("resolved", False, CD, ["AWS11820574"]),
    "Resolution with 'up to 48 hours' caveat and an 'If you have any other questions, reply' closing line.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 19, 10, 45), key="d_done", irt="d_r2", refs=["d_conf", "d_r2"],
    mid=sesid(6), auth=A_FORM, body=leaf("text/plain", """Hi Haruka,

All set: the two records are now one. Everything lives on AWS11820574, and the duplicate profile has been deactivated.

Badges may take up to 48 hours to show up in Credly. You don't need to do anything on your side; they should appear automatically.

If you have any other questions about this, just reply here.

Best,
Daniela R.
AWS Training and Certification
""", "utf-8", "quoted-printable"))

add("pvue-booking-jp", L("unrelated"), "Exam-vendor booking confirmation in Japanese with a 9-digit registration ID and 'ご確認ください'.",
    who("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME, "ピアソンVUE試験予約の確認", d(2025, 5, 20, 1, 30),
    alt("""辻本 遥 様

ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験の予約が完了しました。

試験: AWS Certified Developer - Associate (DVA-C02)
日時: 2025年6月7日 13:30 JST
形式: オンライン監督付き試験 (OnVUE)
登録ID: 512384907

当日は試験開始30分前までにチェックインしてください。予約内容に誤りがある場合は、試験日の24時間前までにご連絡ください。

Pearson VUE
""", """<html><body><p>辻本 遥 様</p><p>ピアソンVUEをご利用いただきありがとうございます。以下の内容で試験の予約が完了しました。</p>
<table border="1" cellpadding="4"><tr><th>試験</th><td>AWS Certified Developer - Associate (DVA-C02)</td></tr><tr><th>日時</th><td>2025年6月7日 13:30 JST</td></tr>
<tr><th>形式</th><td>オンライン監督付き試験 (OnVUE)</td></tr><tr><th>登録ID</th><td>512384907</td></tr></table>
<p>当日は試験開始30分前までにチェックインしてください。</p></body></html>""", cte="base64"), auth=auth_g("pearson.com"))

add("credly-saa", L("badge"), "Credly badge mail from the issuer AWS T&C after the merge; 'Accept your badge' is a call to action but not to support.",
    who("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification sent you a new badge", d(2025, 5, 20, 14, 8),
    alt("""Congratulations, Haruka!

Amazon Web Services Training and Certification has issued you a badge:
AWS Certified Solutions Architect - Associate

Accept your badge to share it with your network:
https://www.credly.com/badges/9c1e4f2a-7d33-4b8e-a0f1-2b6c9e5d8f10/accept

Credly, Inc. | 1005 Kansas St, Lawrence, KS
""", """<html><body><h1>Congratulations, Haruka!</h1><p>Amazon Web Services Training and Certification has issued you a badge:</p>
<p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href="https://www.credly.com/badges/9c1e4f2a-7d33-4b8e-a0f1-2b6c9e5d8f10/accept">Accept your badge</a></p></body></html>"""),
    auth=auth_g("credly.com"))

add("d-still-missing", L("user_reply", False, CD), "Owner reopens the resolved case by replying (English + Japanese), top-posted over the resolution.",
    who("Haruka Tsujimoto", ME), FORM, "Re: RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 27, 22, 15, JST), key="d_r3", irt="d_done",
    refs=["d_conf", "d_r2", "d_done"], mid="<CAK7q+pbR2=tL0XfH9k@mail.gmail.com>",
    body=leaf("text/plain", """Hello Daniela,

Sorry to come back to this. It's been a week and my Developer - Associate badge still isn't in Credly, and the exam from March 2022 (SOA-C02) doesn't show in my exam history any more.
Developer Associate のバッジがまだ表示されず、2022年の試験履歴も見当たりません。確認をお願いできますか。

Haruka

On Mon, May 19, 2025 at 7:45 PM AWS Training and Certification <%s> wrote:
> Hi Haruka,
>
> All set: the two records are now one.
> Badges may take up to 48 hours to show up in Credly.
>
> If you have any other questions about this, just reply here.
""" % FORM, "utf-8", "8bit"))

add("d-reopened-jp", L("case_update", False, CD), "Japanese progress news after reopening; only a conditional 'ございましたら…ご返信ください' invitation.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 5, 28, 4, 22), key="d_upd", irt="d_r3", refs=["d_done", "d_r3"],
    mid=sesid(7), auth=A_FORM, body=alt("""辻本 様

ご連絡ありがとうございます。AWS トレーニングと認定の佐藤でございます。

本ケースを再開いたしました。ご指摘の試験履歴およびバッジにつきまして、現在、認定チームにて統合時のデータを確認しております。
確認には数営業日を要する見込みでございます。進捗がございましたら、改めてご連絡いたします。

なお、その他お気づきの点がございましたら、本メールへご返信ください。

佐藤
AWS トレーニングと認定 カスタマーサービス
""", """<html><body><p>辻本 様</p><p>ご連絡ありがとうございます。AWS トレーニングと認定の佐藤でございます。</p>
<p>本ケースを再開いたしました。ご指摘の試験履歴およびバッジにつきまして、現在、認定チームにて統合時のデータを確認しております。<br>確認には数営業日を要する見込みでございます。進捗がございましたら、改めてご連絡いたします。</p>
<p>なお、その他お気づきの点がございましたら、本メールへご返信ください。</p><p>佐藤<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>""", cte="base64"))

add("summit-invite", L("unrelated"), "AWS marketing mail from amazon.com (passes DKIM) with 'register now' and 'reply' wording.",
    who("AWS Events", "aws-marketing-email-replies@amazon.com"), ME, "Last chance: reserve your seat at AWS Summit Japan", d(2025, 5, 29, 0, 30),
    alt("""AWS Summit Japan | June 25-26 | Makuhari Messe

Hi Haruka,

Seats for the certification lounge and the Jam sessions are almost gone. Register now to reserve yours.
Certified? Bring your badge: AWS Certified attendees get access to the Certification Lounge.

Register: https://aws.amazon.com/jp/summits/japan/

Questions? Reply to this email and our events team will get back to you.

To unsubscribe from AWS marketing emails, visit https://pages.awscloud.com/communication-preferences
Amazon Web Services Japan G.K.
""", """<html><body><h2>AWS Summit Japan | June 25-26</h2><p>Hi Haruka,</p><p>Seats for the certification lounge and the Jam sessions are almost gone. <a href="https://aws.amazon.com/jp/summits/japan/">Register now</a> to reserve yours.</p>
<p>Questions? Reply to this email and our events team will get back to you.</p><p style="font-size:10px">To unsubscribe, visit the communication preferences page.</p></body></html>"""),
    mid=sesid(8), auth=auth_g("amazon.com"))

add("d-fixed", L("resolved", False, CD, ["AWS11820574"]),
    "Second resolution after reopening; quotes the earlier confirmation request (Account #1/#2, 'is that right?') below the new text.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CD, SUBJ), d(2025, 6, 2, 5, 50), key="d_fix", irt="d_upd", refs=["d_conf", "d_r3", "d_upd"],
    mid=sesid(9), auth=A_FORM, body=leaf("text/plain", """Hi Haruka,

The certification team found the SOA-C02 record: it had been left behind on the retired profile during the merge. It is now on AWS11820574 together with the rest of your history, and the Developer - Associate badge has been re-sent to Credly (you should see the email from Credly shortly).

Nothing else is needed from you; I'm marking this case as resolved.

Best,
Daniela R.
AWS Training and Certification

---------- Previous correspondence ----------
> Account #1 (AWS11820574)
> Login email: %s
> Account #2 (AWS30275518)
> Login email: %s
> You'd like everything to end up on Account #1 and Account #2 to be retired - is that right? Once you confirm, I'll run the merge.
""" % (ME, ME), "utf-8", "quoted-printable"))

add("credly-dva", L("badge"), "Second Credly mail, different template, from the older youracclaim address.",
    who("Credly (Acclaim)", "admin@youracclaim.com"), ME, "Your AWS Certified Developer - Associate badge is waiting", d(2025, 6, 2, 6, 31),
    leaf("text/html", """<html><body><table width="600"><tr><td><img src="https://images.credly.com/size/340x340/images/b9feab85-1a43-4f6c-99a5-631b88d5461b/image.png" alt="badge"></td></tr>
<tr><td><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the <b>AWS Certified Developer - Associate</b> badge.</p>
<p><a href="https://www.credly.com/earner/earned/badge/3f0e9a51-6c2d-4b77-8e3a-90f1d2c4b6a8">Claim your badge</a> to add it to your profile.</p>
<p>Need help? Visit support.credly.com</p></td></tr></table></body></html>""", "utf-8", "quoted-printable"),
    auth=auth_g("youracclaim.com"))

add("d-survey-jp", L("survey", False, CD), "Japanese satisfaction survey (ISO-2022-JP) tied to the case; 'ご協力をお願いいたします' is not a reply request.",
    who("AWS トレーニングと認定", "aws-tc-survey@amazon.com", "iso-2022-jp"), ME,
    "AWS トレーニングと認定サポートに関するアンケート [CASE %s]" % CD, d(2025, 6, 3, 2, 0), scs="iso-2022-jp",
    mid=sesid(10), auth=auth_g("amazon.com"), body=leaf("text/plain", """辻本 様

先日は AWS トレーニングと認定カスタマーサービスをご利用いただき、ありがとうございました（ケース番号: %s）。

今後のサービス向上のため、1分程度で終わる簡単なアンケートへのご協力をお願いいたします。
https://survey.aws.training/s/tc?case=%s&lang=ja

このメールは送信専用アドレスから送信されています。
""" % (CD, CD), "iso-2022-jp"))

# ---------------------------------------------------------------- June: leaving Kitanoha Systems
add("hr-offboarding-jp", L("unrelated"), "Company HR mail (Shift_JIS, base64) to the company address: asks for replies, but not to AWS support.",
    who("人事部 労務グループ", "jinji@kitanoha-sys.co.jp", "shift_jis"), CO, "【ご案内】退職に伴う手続きについて", d(2025, 6, 5, 10, 3, JST),
    scs="shift_jis", auth=auth_ms("kitanoha-sys.co.jp"), crlf=True, body=leaf("text/plain", """辻本さん

お疲れさまです。人事部の吉岡です。
6月30日付の退職に伴う手続きについてご案内します。

1. 貸与PC・入館証の返却（最終出社日）
2. 社用メールアカウント（%s）は7月1日 0:00 に停止されます。
   業務以外で社用アドレスを登録しているサービスがあれば、最終出社日までに変更をお願いします。
3. 退職届の提出（6月13日まで）

ご不明点があればこのメールにご返信ください。

人事部 労務グループ 吉岡
""" % CO, "shift_jis", "base64"))

add("certmetrics-feedback", L("certification"), "CertMetrics 'wants to hear from you' feedback invitation to the company address.",
    who("AWS Certification", "do-not-reply@certmetrics.com"), CO, "AWS Certification wants to hear from you", d(2025, 6, 6, 15, 44),
    alt("""Hello Haruka,

As an AWS Certified individual, your opinion matters. We're inviting a small group of certification holders to share feedback about the AWS Certification program and their exam experience.

The survey takes about 10 minutes. Take the survey: https://www.certmetrics.com/amazon/survey/?k=Zq81

Thank you for helping us improve AWS Certification.

AWS Certification
Please do not reply to this email.
""", """<html><body><p>Hello Haruka,</p><p>As an AWS Certified individual, your opinion matters. We're inviting a small group of certification holders to share feedback about the AWS Certification program.</p>
<p><a href="https://www.certmetrics.com/amazon/survey/?k=Zq81">Take the survey</a></p><p>Please do not reply to this email.</p></body></html>"""),
    auth=auth_ms("certmetrics.com"))

add("cert-desk-lookalike", L("suspicious"), "Phishing from a lookalike domain that passes its own DKIM; uses a CASE-style subject and an urgent ask.",
    who("AWS Training & Certification", "support@aws-certsupport-desk.com"), ME,
    "RE:[CASE 1749511023] Action required: your AWS Certification account will be suspended", d(2025, 6, 9, 19, 12),
    alt("""Dear AWS Certified Professional,

We detected duplicate certification accounts registered under your name. To avoid suspension of your certifications and loss of your exam benefits, you must verify your identity within 24 hours.

Verify now: https://aws-certsupport-desk.com/verify?session=8f3a

Please reply to this email with your Builder ID password if the link does not work.

AWS Training and Certification Support
""", """<html><body><p>Dear AWS Certified Professional,</p><p>We detected duplicate certification accounts registered under your name. To avoid suspension of your certifications, you must verify your identity within 24 hours.</p>
<p><a href="https://aws-certsupport-desk.com/verify?session=8f3a" style="background:#ff9900;padding:8px">Verify now</a></p></body></html>"""),
    auth=auth_g("aws-certsupport-desk.com"))

add("a-case-opened", L("acknowledgement", False, CA), "English ack (multipart, QP) for the main case: 'do not open another case', conditional reply invitation.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 11, 0, 53), key="a_ack", mid=sesid(11), auth=A_FORM,
    body=alt("""Hello,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

The details of your case are as follows:

Inquiry type: Certification
Additional details: Account Merge
Description: I am leaving Kitanoha Systems at the end of June and would like to merge my company certification account (%s) into my personal account (%s). Please keep %s.

A member of our team will respond within 24 hours, although some cases may take longer to find the best resolution. If you have already opened a case for this request, please do not open another one; duplicate cases slow down our response.

If you would like to add anything, simply reply to this email.

Sincerely,
Amazon Web Services
""" % (CA, CO, ME, ME), """<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> to address your inquiry.</p>
<p>The details of your case are as follows:</p><table border="0" cellpadding="2"><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr>
<tr><td>Description</td><td>I am leaving Kitanoha Systems at the end of June and would like to merge my company certification account (%s) into my personal account (%s). Please keep %s.</td></tr></table>
<p>A member of our team will respond within 24 hours. If you have already opened a case for this request, please do not open another one.</p><p>If you would like to add anything, simply reply to this email.</p><p>Sincerely,<br>Amazon Web Services</p></body></html>""" % (CA, CO, ME, ME)))

add("b-case-opened-jp", L("acknowledgement", False, CB), "Duplicate form submission: Japanese ack (ISO-2022-JP) to the company address, 4 minutes after the first.",
    FROM_FORM, CO, "RE: [CASE %s] %s" % (CB, SUBJ), d(2025, 6, 11, 0, 57), key="b_ack", mid=sesid(12), auth=A_FORM_CO,
    body=leaf("text/plain", """お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース %s を開きました。

ケースの詳細は以下のとおりです:
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
本日はどのようなサポートをお求めですか?: 退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。

ケースへの回答は通常24時間以内に行われますが、最善の解決策を見つけるためにさらに時間を頂戴することもございます。
すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。

アマゾン ウェブ サービス
""" % CB, "iso-2022-jp"), scs="iso-2022-jp")

add("skillbuilder-welcome", L("unrelated"), "aws.training mail (training platform, not the support case): welcome + 'complete your profile'.",
    who("AWS Skill Builder", "no-reply@aws.training"), ME, "Welcome to AWS Skill Builder, Haruka", d(2025, 6, 11, 1, 20),
    alt("""Welcome to AWS Skill Builder!

Your learner profile is ready. Complete your profile to get course recommendations that match your role.

Start learning: https://skillbuilder.aws/
Your subscription: Free tier

This is an automated message. Please do not reply.
""", """<html><body><h1>Welcome to AWS Skill Builder!</h1><p>Your learner profile is ready. Complete your profile to get course recommendations that match your role.</p><p><a href="https://skillbuilder.aws/">Start learning</a></p></body></html>"""),
    auth=auth_g("aws.training"))

add("b-oops-twice", L("user_reply", False, CB), "Owner writes on the duplicate case from the company address (Outlook, CRLF), citing the other case number.",
    who("Tsujimoto Haruka", CO), FORM, "RE: [CASE %s] %s" % (CB, SUBJ), d(2025, 6, 11, 10, 32, JST), key="b_r1", irt="b_ack", refs=["b_ack"],
    mid="<TYCPR01MB8841A9D13F0C6E2B7A1E44C5D9A2@TYCPR01MB8841.jpnprd01.prod.outlook.com>", crlf=True,
    extra=["Thread-Topic: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CB, "Thread-Index: AdnkQ0v2Zt1c8b9RQf6Lk3pN1uW0xg=="],
    body=leaf("text/plain", """Hello,

I'm afraid I sent the form twice: the page timed out the first time. The same request is already open as case %s (sent to my personal address). Please go ahead with that one; this one can be closed.

Haruka Tsujimoto
Kitanoha Systems Co., Ltd.

________________________________
差出人: AWS Training and Certification <%s>
送信日時: 2025年6月11日 9:57
宛先: %s
件名: RE: [CASE %s] [AWS Training and Certification Form Submission] - account-assistance

お客様

アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。お問い合わせに対応するため、ケース %s を開きました。
""" % (CA, FORM, CO, CB, CB), "utf-8", "base64"))

add("console-new-case", L("acknowledgement", False, CC), "Support Center 'New Support case' mail: 10-digit case ID, 12-digit [AWS ID], no-reply footer.",
    CONSOLE, ME, "Amazon Web Services: New Support case: %s" % CC, d(2025, 6, 11, 5, 2), key="c_ack", mid=sesid(13),
    auth=auth_g("amazon.com"), body=leaf("text/plain", """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry. The details of your case are as follows:

Case ID: %s
Subject: Cannot sign in to AWS Training with my Builder ID
Severity: General guidance
Correspondence: Since yesterday, signing in to aws.training with my Builder ID (%s) redirects me to an empty account. My AWS account is [AWS ID 481503926617].

You can view the case at:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the above link.

Best regards,
Amazon Web Services
""" % (CC, CC, ME, CC), "utf-8", "quoted-printable"))

add("a-apn-hold", L("on_hold", True, CA), "HTML-only APN partner hold; long explanation, the ask ('we'll need written confirmation...') is buried in the fourth paragraph without 'please'.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 12, 3, 18), key="a_hold", irt="a_ack", refs=["a_ack"],
    mid=sesid(14), auth=A_FORM, body=leaf("text/html", """<html><head><style>p{font-family:Amazon Ember,Arial;font-size:14px}</style></head><body>
<p>Hello Haruka,</p>
<p>Thank you for reaching out and for the detailed request. My name is Marcus and I'll be looking after your case.</p>
<p>While reviewing the account registered to <b>%s</b>, I noticed that it is associated with an AWS Partner Network (APN) organization (Kitanoha Systems Co., Ltd.). Certifications held on partner-linked accounts count toward the partner's program tiers, so we are not able to move them to another account while the person is still employed by the partner.</p>
<p>For that reason your merge request is on hold for now. It isn't a rejection &mdash; we just have to follow a slightly different process for partner accounts, and the Partner team may need to sign off before anything is moved.</p>
<p>To take this forward, we'll need written confirmation from you that you are leaving (or have left) Kitanoha Systems, and the date of your last working day. A reply to this email is enough.</p>
<p>Kind regards,<br>Marcus<br>AWS Training and Certification Customer Service</p>
</body></html>""" % CO, "utf-8", "quoted-printable"))

add("b-dup-closed", L("resolved", False, CB), "Duplicate case resolved, mentions the other case number (label = the duplicate's own case).",
    FROM_FORM, CO, "RE: [CASE %s] %s" % (CB, SUBJ), d(2025, 6, 12, 4, 1), key="b_done", irt="b_ack", refs=["b_ack"],
    mid=sesid(15), auth=A_FORM_CO, crlf=True, body=leaf("text/plain", """Hi there,

It looks like this request was submitted twice. Your merge is already being handled under case %s, so I've resolved this one (%s) as a duplicate. There's nothing further you need to do on this case, and all updates will come through the other one.

Thanks,
Aiko
AWS Training and Certification
""" % (CA, CB), "us-ascii", "7bit"))

add("c-need-details", L("info_request", True, CC),
    "Console case correspondence: asks for a screenshot and the Builder ID email, answer must be given in the Support Center; feedback footer.",
    CONSOLE, ME, "RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID" % CC, d(2025, 6, 12, 4, 3), key="c_info",
    mid=sesid(16), auth=auth_g("amazon.com"), body=alt("""Hello,

Thank you for contacting AWS Support. I understand that you're being redirected to an empty training profile after signing in with your Builder ID.

This usually happens when a Builder ID is linked to a newly created training profile instead of the one holding your history. Before I can escalate this to the team that manages Builder ID links, I need two things from you:

1. The email address of the Builder ID you are signing in with.
2. A screenshot of the page you land on after signing in (with the URL bar visible).

Kindly add these as a reply to the case in the Support Center; I'm not able to see email replies.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Amazon Web Services, Inc. and its affiliates. This email was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CC, """<html><body><p>Hello,</p><p>Thank you for contacting AWS Support. I understand that you're being redirected to an empty training profile after signing in with your Builder ID.</p>
<p>This usually happens when a Builder ID is linked to a newly created training profile instead of the one holding your history. Before I can escalate this to the team that manages Builder ID links, I need two things from you:</p>
<ol><li>The email address of the Builder ID you are signing in with.</li><li>A screenshot of the page you land on after signing in (with the URL bar visible).</li></ol>
<p>Kindly add these as a reply to the case in the Support Center; I'm not able to see email replies.</p><p>Best regards,<br>Tomasz K.<br>Amazon Web Services</p>
<hr><p style="font-size:11px">We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p>
<p style="font-size:11px"><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=%s</a></p></body></html>""" % (CC, CC)))

add("a-leaving-date", L("user_reply", False, CA, ["AWS04719362", "AWS11820574"]),
    "Owner answers the APN hold, Cc the company partner admin; mentions both candidate IDs; Gmail quote of the HTML mail.",
    who("Haruka Tsujimoto", ME), FORM, "Re: RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 12, 13, 5, JST), key="a_r1", irt="a_hold",
    refs=["a_ack", "a_hold"], cc=who("Partner Admin", "partner-admin@kitanoha-sys.co.jp"), mid="<CAK7q+pa9YfN2Lw=0e@mail.gmail.com>",
    body=alt("""Hi Marcus,

I confirm that I am leaving Kitanoha Systems. My last working day is June 30, 2025, and my company mailbox will be shut down on July 1.
I've copied our partner admin in case the Partner team needs anything from the company side.

For reference, the company account's candidate ID is AWS04719362 and my personal one is AWS11820574.

Thanks,
Haruka

On Thu, Jun 12, 2025 at 12:18 PM AWS Training and Certification <%s> wrote:
> Hello Haruka,
> For that reason your merge request is on hold for now.
> To take this forward, we'll need written confirmation from you that you are leaving (or have left) Kitanoha Systems, and the date of your last working day. A reply to this email is enough.
""" % FORM, """<div dir="ltr">Hi Marcus,<br><br>I confirm that I am leaving Kitanoha Systems. My last working day is June 30, 2025, and my company mailbox will be shut down on July 1.<br>I've copied our partner admin in case the Partner team needs anything from the company side.<br><br>For reference, the company account's candidate ID is AWS04719362 and my personal one is AWS11820574.<br><br>Thanks,<br>Haruka</div><br>
<div class="gmail_quote"><div class="gmail_attr">On Thu, Jun 12, 2025 at 12:18 PM AWS Training and Certification &lt;%s&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Hello Haruka,<br>For that reason your merge request is on hold for now.<br>To take this forward, we'll need written confirmation from you that you are leaving (or have left) Kitanoha Systems, and the date of your last working day. A reply to this email is enough.</blockquote></div>""" % FORM))

add("partner-admin-ooo", L("unrelated"), "Out-of-office auto-reply from the company's partner admin; subject carries the case number, but it is not support's mail.",
    who("Partner Admin (北野葉システムズ)", "partner-admin@kitanoha-sys.co.jp"), ME,
    "自動応答: Re: RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 12, 13, 5, JST), irt="a_r1", refs=["a_r1"],
    auth=auth_g("kitanoha-sys.co.jp", pol="p=NONE sp=NONE dis=NONE"), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    body=leaf("text/plain", """お問い合わせありがとうございます。
担当者は6月16日まで不在にしております。お急ぎの場合は alliance@kitanoha-sys.co.jp までご連絡ください。

Thank you for your message. I am out of the office until June 16 with limited access to email. For urgent partner matters, please contact alliance@kitanoha-sys.co.jp.
""", "utf-8", "8bit"))

add("c-mail-to-noreply", L("user_reply", False, CC), "Owner answers the console case by email to the no-reply address (wrong channel); still her own mail on the case.",
    who("Haruka Tsujimoto", ME), "no-reply-aws@amazon.com", "Re: RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID" % CC,
    d(2025, 6, 12, 22, 40, JST), key="c_r1", irt="c_info", refs=["c_info"], mid="<CAK7q+pZo4M1sWj_Hx3@mail.gmail.com>",
    body=leaf("text/plain", """Hello Tomasz,

The Builder ID email is %s. After sign-in I land on https://www.aws.training/Account/Profile with no transcript and no certification link. I've attached a screenshot.

Haruka

On Thu, Jun 12, 2025 at 1:03 PM Amazon Web Services <no-reply-aws@amazon.com> wrote:
> 1. The email address of the Builder ID you are signing in with.
> 2. A screenshot of the page you land on after signing in (with the URL bar visible).
> Kindly add these as a reply to the case in the Support Center; I'm not able to see email replies.
""" % ME))

add("noreply-bounce", L("unrelated"), "Bounce for the mail sent to no-reply-aws; quotes the case subject and the owner's text.",
    who("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME, "Delivery Status Notification (Failure)", d(2025, 6, 12, 13, 41),
    auth=auth_g("googlemail.com"), extra=["Auto-Submitted: auto-replied"],
    body=multi([leaf("text/plain", """** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID
The Builder ID email is %s. After sign-in I land on https://www.aws.training/Account/Profile ...
""" % (CC, ME)), (b"Content-Type: message/delivery-status\n\n",
b"""Reporting-MTA: dns; googlemail.com

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected
""")], sub="report; report-type=delivery-status"))

add("a-partner-team", L("on_hold", False, CA), "Partner hold that asks nothing: 'nothing you need to do in the meantime'; short.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 13, 1, 27), key="a_hold2", irt="a_r1", refs=["a_ack", "a_hold", "a_r1"],
    mid=sesid(17), auth=A_FORM, body=leaf("text/plain", """Hi Haruka,

Thanks for confirming. I've passed your details to the AWS Partner team so they can release your certification record from the Kitanoha Systems partner profile. The case stays paused until they come back to us, which normally takes 2-3 business days.

There's nothing you need to do in the meantime. I'll update you as soon as I hear back.

Marcus
AWS Training and Certification Customer Service
"""))

add("vendor-ticket-closed", L("unrelated"), "Another vendor's support ticket 'closed' with 'reply to reopen'.",
    who("Cloudrise Support", "support@cloudrise.io"), CO, "[Cloudrise] Request #48213 has been closed", d(2025, 6, 13, 8, 0),
    alt("""##- Please type your reply above this line -##

Your request (48213) has been closed.

We haven't heard back from you, so we've closed this request. If you still need help, reply to this email to reopen it.

Cloudrise Support
""", """<html><body><p style="color:#999">##- Please type your reply above this line -##</p><p>Your request (48213) has been closed.</p><p>We haven't heard back from you, so we've closed this request. If you still need help, reply to this email to reopen it.</p></body></html>"""),
    auth=auth_ms("cloudrise.io"))

add("jira-done", L("unrelated"), "Jira notification to the company address: 'resolved', 'assigned to you'.",
    who("Haruka Tsujimoto (Jira)", "jira@kitanoha.atlassian.net"), CO, "[JIRA] (INFRA-2291) Hand over AWS Org SCP ownership before leaving",
    d(2025, 6, 14, 2, 11), auth=auth_ms("kitanoha.atlassian.net"),
    body=leaf("text/plain", """Kenji Moriyama updated INFRA-2291
Hand over AWS Org SCP ownership before leaving

Change By: Kenji Moriyama
Resolution: Done
Status: In Review -> Done

Comment: Reviewed the handover doc, thanks Haruka. Please reassign any remaining tickets to me before the 30th.

View: https://kitanoha.atlassian.net/browse/INFRA-2291
"""))

add("a-one-more-thing", L("info_request", True, CA, ["AWS11820574"]),
    "Mixed mail: good news (partner release) first, then a request for the destination account's details phrased 'could you let us know'.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 16, 7, 3), key="a_info", irt="a_hold2", refs=["a_ack", "a_hold", "a_r1", "a_hold2"],
    mid=sesid(18), auth=A_FORM, body=alt("""Hi Haruka,

Good news: the Partner team has released your certification record from the Kitanoha Systems partner profile, so the hold on your case has been lifted.

One thing before I line up the merge. The ID you gave for your personal account, AWS11820574, comes up with a different home address and a name spelled "Haruka Tsujimото" (with Cyrillic characters) on our side, so I want to be sure it's really the destination. Could you let us know the full name and country exactly as they appear on the profile of the account you want to keep? A screenshot of the Account page is also fine.

Thanks,
Marcus
""", """<html><body><p>Hi Haruka,</p><p>Good news: the Partner team has released your certification record from the Kitanoha Systems partner profile, so the hold on your case has been lifted.</p>
<p>One thing before I line up the merge. The ID you gave for your personal account, AWS11820574, comes up with a different home address and a name spelled &quot;Haruka Tsujim&#1086;&#1090;&#1086;&quot; on our side, so I want to be sure it's really the destination. Could you let us know the full name and country exactly as they appear on the profile of the account you want to keep? A screenshot of the Account page is also fine.</p><p>Thanks,<br>Marcus</p></body></html>""", cte="base64"))

add("amazon-order-jp", L("unrelated"), "Amazon.co.jp (retail) order confirmation in Japanese; Amazon but not AWS, order number digits.",
    who("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ME, "Amazon.co.jp ご注文の確認 「AWS認定 ソリューションアーキテクト プロフェッショナル 教科書」", d(2025, 6, 16, 9, 30),
    alt("""辻本 遥 様

Amazon.co.jp をご利用いただき、ありがとうございます。ご注文の商品を発送準備中です。

注文番号: 250-4417783-2290611
お届け予定: 6月18日(水)

注文内容の確認・変更はアカウントサービスの「注文履歴」から行えます。

Amazon.co.jp
""", """<html><body><p>辻本 遥 様</p><p>Amazon.co.jp をご利用いただき、ありがとうございます。</p><table><tr><td>注文番号</td><td>250-4417783-2290611</td></tr><tr><td>お届け予定</td><td>6月18日(水)</td></tr></table></body></html>""", cte="base64"),
    auth=auth_g("amazon.co.jp"))

add("a-name-answer", L("user_reply", False, CA, ["AWS11820574"]), "Owner's reply with profile details; mixed English, short.",
    who("Haruka Tsujimoto", ME), FORM, "Re: RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 16, 19, 12, JST), key="a_r2", irt="a_info",
    refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_info"], mid="<CAK7q+pb7xu=VnE0Lm@mail.gmail.com>",
    body=leaf("text/plain", """Hi Marcus,

The profile of AWS11820574 shows: Haruka Tsujimoto, Japan (Tokyo). I moved last year, so the address you see might be the old one in Osaka. The odd spelling must be from an autofill - I've just corrected it on the profile.

Haruka

On Mon, Jun 16, 2025 at 4:03 PM AWS Training and Certification <%s> wrote:
> Could you let us know the full name and country exactly as they appear on the profile of the account you want to keep?
""" % FORM))

add("c-auto-resolved", L("closing_notice", True, CC),
    "Console case auto-resolved for no response (her email reply bounced); reopen within 14 days via the Support Center.",
    CONSOLE, ME, "RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID" % CC, d(2025, 6, 16, 11, 0), key="c_close",
    mid=sesid(19), auth=auth_g("amazon.com"), body=leaf("text/plain", """Hello,

We haven't heard back from you regarding this case, so it has now been marked as resolved.

If the issue persists, you can reopen the case from the Support Center within the next 14 days and add the requested details there; after that the case can no longer be reopened and a new case will be needed.

Best regards,
Amazon Web Services

Amazon Web Services, Inc. and its affiliates. This email was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CC, "utf-8", "base64"))

add("a-queue-note", L("case_update", False, CA), "Progress-only update from a third agent (merge queue delay); asks nothing, no survey.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 17, 3, 45), key="a_upd", irt="a_r2",
    refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_info", "a_r2"], mid=sesid(20), auth=A_FORM,
    body=leaf("text/plain", """Hello Haruka,

Quick note from the merge desk: thanks for the details, everything checks out. Our queue is longer than usual this week (we're seeing a lot of end-of-quarter moves), so the merge itself may take a few more days to be prepared. You'll get a message from us as soon as it's ready to go.

Regards,
Priya S.
AWS Training and Certification
""", "utf-8", "quoted-printable"))

add("slack-digest", L("unrelated"), "Slack digest to the company address with mentions, 'reply in thread', and the word 'merge'.",
    who("Slack", "feedback@slack.com"), CO, "[Slack] Notifications from the Kitanoha Systems workspace", d(2025, 6, 17, 9, 0),
    alt("""You have 3 new mentions in Kitanoha Systems

#infra-handover
Kenji Moriyama: @haruka can you merge the terraform PR for the SCP change before Friday?

#general
Yoshioka (HR): Reminder: please reply in thread with your laptop return date.

Open Slack: https://kitanoha.slack.com
""", """<html><body><h3>You have 3 new mentions in Kitanoha Systems</h3><p><b>#infra-handover</b><br>Kenji Moriyama: @haruka can you merge the terraform PR for the SCP change before Friday?</p><p><b>#general</b><br>Yoshioka (HR): Reminder: please reply in thread with your laptop return date.</p></body></html>"""),
    auth=auth_ms("slack.com"))

add("case-notice-dmarcfail", L("suspicious"), "Looks exactly like the T&C form sender and the real case subject, but Authentication-Results show dkim=fail and dmarc=fail for amazon.com.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 17, 11, 20),
    auth=auth_g("amazon.com", dkim="fail", spf="softfail", dmarc="fail", mailfrom="mailer@bulk-notify-sys.net"),
    body=leaf("text/html", """<html><body><p>Hello Haruka,</p><p>Your account merge is ready. To complete it, you need to confirm the merge by signing in with your Builder ID through our secure merge portal within 48 hours:</p>
<p><a href="http://aws-training-merge-confirm.net/login">Confirm merge</a></p><p>Account #1 Login email: %s<br>Account #2 Login email: %s</p>
<p>If you do not confirm, your certifications will be removed from both accounts.</p><p>AWS Training and Certification</p></body></html>""" % (ME, CO), "utf-8", "quoted-printable"))

add("freetier-jp", L("unrelated"), "AWS Free Tier usage alert in Japanese with a 12-digit account ID.",
    who("AWS 無料利用枠", "freetier@costalerts.amazonaws.com", "utf-8"), ME, "AWS 無料利用枠の使用制限に関するお知らせ", d(2025, 6, 18, 0, 15),
    leaf("text/plain", """AWS アカウント 481503926617 をご利用いただきありがとうございます。

お客様の AWS 無料利用枠の使用量が、1 つ以上のサービスで月間上限の 85% を超えました。
Amazon S3: 4.3 GB / 5 GB (Standard Storage)

使用状況は Billing and Cost Management コンソールでご確認ください。

Amazon Web Services
""", "utf-8", "base64"), mid=sesid(21), auth=auth_g("costalerts.amazonaws.com"))

add("a-please-check-table", L("confirmation_request", True, CA, ["AWS11820574", "AWS04719362"]),
    "Confirmation request with an HTML table (base64 parts) of Account #1/#2; asks 'Please review ... and confirm ...' after the table.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 18, 5, 33), key="a_conf", irt="a_upd",
    refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_info", "a_r2", "a_upd"], mid=sesid(22), auth=A_FORM, body=alt("""Hello Haruka,

Your merge is ready to run. Below are the two accounts we found:

Account #1 - AWS11820574
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

Account #2 - AWS04719362
  Login email: %s
  Training notification email: %s
  Certification notification email: %s

After the merge, your exam history, certifications and benefits (including the 50%% exam discount voucher) will be on Account #1, and you will no longer be able to sign in to Account #2.

Please review the above and confirm that Account #1 is the account you want to keep.

Regards,
Priya S.
AWS Training and Certification
""" % (ME, ME, ME, CO, CO, CO), """<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hello Haruka,</p><p>Your merge is ready to run. Below are the two accounts we found:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#232f3e;color:#fff"><th></th><th>Account #1 &ndash; AWS11820574</th><th>Account #2 &ndash; AWS04719362</th></tr>
<tr><td>Login email</td><td>%s</td><td>%s</td></tr>
<tr><td>Training notification email</td><td>%s</td><td>%s</td></tr>
<tr><td>Certification notification email</td><td>%s</td><td>%s</td></tr></table>
<p>After the merge, your exam history, certifications and benefits (including the 50%% exam discount voucher) will be on Account #1, and you will no longer be able to sign in to Account #2.</p>
<p>Please review the above and confirm that Account #1 is the account you want to keep.</p><p>Regards,<br>Priya S.<br>AWS Training and Certification</p></body></html>""" % (ME, CO, ME, CO, ME, CO), cte="base64"))

add("c-escalated", L("case_update", False, CC), "Console case update after the owner reopened it in the Support Center; asks nothing, has the rating footer.",
    CONSOLE, ME, "RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID" % CC, d(2025, 6, 18, 8, 12), key="c_upd",
    mid=sesid(23), auth=auth_g("amazon.com"), body=leaf("text/plain", """Hello Haruka,

Thanks for reopening the case and attaching the screenshot, that's exactly what I needed.

I've escalated this to the team that manages the link between Builder IDs and training profiles. They'll relink your Builder ID to the profile that holds your transcript. I'll follow up here once they have finished; it usually takes 1-2 business days.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Amazon Web Services, Inc. and its affiliates. This email was sent from an address that cannot accept incoming e-mails.
To contact us about this case, please use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CC, "utf-8", "quoted-printable"))

add("connpass-jp", L("unrelated"), "Japanese event-platform mail with '参加登録' and 'ご確認ください'.",
    who("connpass", "no-reply@connpass.com"), ME, "【JAWS-UG 東京】参加登録が完了しました", d(2025, 6, 19, 3, 0),
    leaf("text/plain", """辻本 遥 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 認定資格 LT 大会
日時: 2025/06/27(金) 19:00〜21:00
会場: 目黒区某所（詳細は受付票をご確認ください）
受付番号: 204817

キャンセルの場合はイベントページから手続きしてください。
""", "utf-8", "8bit"), auth=auth_g("connpass.com"))

add("certmetrics-expiry", L("certification", False, None, ["AWS11820574"]), "CertMetrics expiry reminder showing the candidate ID; 'Recertify now' is not a reply to support.",
    who("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Your AWS Certification expires in 90 days", d(2025, 6, 19, 16, 0),
    alt("""Hello Haruka Tsujimoto,

Candidate ID: AWS11820574

Your AWS Certified SysOps Administrator - Associate certification will expire on September 17, 2025.
To keep your certification active, pass the current version of the exam or a higher-level exam before that date. You can use your 50% discount benefit from the Benefits page.

Recertify now: https://www.aws.training/certification

Thank you,
AWS Certification
This mailbox is not monitored.
""", """<html><body><p>Hello Haruka Tsujimoto,</p><p>Candidate ID: <b>AWS11820574</b></p><p>Your AWS Certified SysOps Administrator - Associate certification will expire on <b>September 17, 2025</b>.</p>
<p>To keep your certification active, pass the current version of the exam or a higher-level exam before that date.</p><p><a href="https://www.aws.training/certification">Recertify now</a></p></body></html>"""),
    auth=auth_g("certmetrics.com"))

add("farewell-jp", L("unrelated"), "Japanese company mail (送別会) with 'ご返信ください' to the company address.",
    who("森山 健二", "k-moriyama@kitanoha-sys.co.jp"), CO, "送別会のご案内（6/27）", d(2025, 6, 20, 12, 10, JST),
    leaf("text/plain", """辻本さん

お疲れさまです。森山です。
6月27日(金)19時から、新橋で辻本さんの送別会を予定しています。

出欠と、苦手な食べ物があれば24日までにこのメールにご返信ください。

森山
""", "utf-8", "8bit"), auth=auth_ms("kitanoha-sys.co.jp"))

add("a-still-there", L("closing_notice", True, CA),
    "Closing notice top-posted above the full quoted confirmation request (table as text); new text has no candidate IDs.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 21, 2, 0), key="a_close", irt="a_conf",
    refs=["a_ack", "a_hold", "a_r1", "a_hold2", "a_info", "a_r2", "a_upd", "a_conf"], mid=sesid(24), auth=A_FORM,
    body=leaf("text/plain", """Hi Haruka,

Checking in on the message below. We're holding the merge until we hear from you; if there's still no response by June 26, the case will be closed automatically. A quick reply on this thread is all it takes to keep it active (or to reopen it later).

Jon
AWS Training and Certification

-------- Original message --------
From: AWS Training and Certification <%s>
Date: Wed, Jun 18, 2025 at 05:33 AM
Subject: RE:[CASE %s] %s

Hello Haruka,

Your merge is ready to run. Below are the two accounts we found:

Account #1 - AWS11820574
  Login email: %s
Account #2 - AWS04719362
  Login email: %s

Please review the above and confirm that Account #1 is the account you want to keep.

Regards,
Priya S.
""" % (FORM, CA, SUBJ, ME, CO)))

add("a-confirm-from-work", L("user_reply", False, CA), "Owner confirms from the old company address (Outlook, CRLF, '-----Original Message-----' quoting).",
    who("Tsujimoto Haruka", CO), FORM, "RE: RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 23, 9, 48, JST), key="a_r3", irt="a_close",
    refs=["a_conf", "a_close"], mid="<TYCPR01MB8841C2E0A7F1B3D9E6A0B2E4D9A2@TYCPR01MB8841.jpnprd01.prod.outlook.com>", crlf=True,
    extra=["Thread-Topic: RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CA, "Thread-Index: AdnkP3k1q0bq7y9ZQ2a8fX0wLm4n2A==", "X-MS-Has-Attach:"],
    body=leaf("text/plain", """Confirmed. Please merge to Account #1.

Sorry for the late reply, I was travelling.

Haruka Tsujimoto
Kitanoha Systems Co., Ltd. | Cloud Infrastructure Dept.

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Saturday, June 21, 2025 11:00 AM
To: %s
Subject: RE:[CASE %s] %s

Hi Haruka,

Checking in on the message below. We're holding the merge until we hear from you; if there's still no response by June 26, the case will be closed automatically.
""" % (FORM, ME, CA, SUBJ), "utf-8", "quoted-printable"))

add("a-wrong-mailbox", L("info_request", True, CA), "Support wants the confirmation re-sent from the destination address; 'we need you to' phrasing, sent to the company address.",
    FROM_FORM, CO, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 23, 4, 5), key="a_info2", irt="a_r3",
    refs=["a_conf", "a_close", "a_r3"], mid=sesid(25), auth=A_FORM_CO, crlf=True,
    body=leaf("text/plain", """Hello,

Thank you for the confirmation. However, it came from %s, which is the login of the account being merged away (Account #2). For security reasons, merge confirmations have to come from the address of the account that will be kept.

We need you to send the same confirmation from %s. Once we have it, the merge will be completed the same day.

Regards,
Jon
AWS Training and Certification
""" % (CO, ME)))

add("c-relinked", L("resolved", False, CC), "Console case resolved; rating footer and 'reopen within 14 days if needed' — nothing to do.",
    CONSOLE, ME, "RE:[CASE %s] Cannot sign in to AWS Training with my Builder ID" % CC, d(2025, 6, 23, 6, 30), key="c_done",
    mid=sesid(26), auth=auth_g("amazon.com"), body=alt("""Hello Haruka,

The team has relinked your Builder ID to the training profile that holds your transcript. Signing out and back in at aws.training should now show your history. I've tested the link on our side and it looks good.

As this is resolved, I'll mark the case as resolved. If anything comes up again within 14 days, you can reopen it from the Support Center.

Best regards,
Tomasz K.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en
""" % CC, """<html><body><p>Hello Haruka,</p><p>The team has relinked your Builder ID to the training profile that holds your transcript. Signing out and back in at aws.training should now show your history.</p>
<p>As this is resolved, I'll mark the case as resolved. If anything comes up again within 14 days, you can reopen it from the Support Center.</p><p>Best regards,<br>Tomasz K.<br>Amazon Web Services</p>
<p style="font-size:11px">We value your feedback. Please share your experience by rating this correspondence.</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=%s">View case</a></p></body></html>""" % CC))

add("c-rate-us", L("survey", False, CC), "Separate console survey mail with the case ID in a 'Case ID:' line.",
    CONSOLE, ME, "How was your experience with AWS Support?", d(2025, 6, 24, 6, 30), mid=sesid(27), auth=auth_g("amazon.com"),
    body=leaf("text/html", """<html><body><p>Hello,</p><p>Your recent support case has been resolved.</p><p>Case ID: %s<br>Subject: Cannot sign in to AWS Training with my Builder ID</p>
<p>How satisfied were you with the support you received?</p>
<table><tr><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&amp;r=1">1</a></td><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&amp;r=2">2</a></td><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&amp;r=3">3</a></td><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&amp;r=4">4</a></td><td><a href="https://console.aws.amazon.com/support/feedback?case=%s&amp;r=5">5</a></td></tr></table>
<p>This email was sent from an address that cannot accept incoming e-mails.</p></body></html>""" % ((CC,) * 6), "utf-8", "7bit"))

add("a-from-gmail", L("user_reply", False, CA, ["AWS04719362", "AWS11820574"]),
    "Owner's confirmation from the personal address, threaded only by In-Reply-To/References (no case number in the subject).",
    who("Haruka Tsujimoto", ME), FORM, "Re: account merge confirmation", d(2025, 6, 24, 18, 55, JST), key="a_r4", irt="a_info2",
    refs=["a_conf", "a_close", "a_r3", "a_info2"], mid="<CAK7q+pY5h2N_kQ3=ar1@mail.gmail.com>",
    body=leaf("text/plain", """Hello Jon,

Sending this from my personal address as requested: I confirm the merge. Please merge Account #2 (AWS04719362) into Account #1 (AWS11820574) and keep %s.

Best regards,
Haruka Tsujimoto
""" % ME))

add("a-merged", L("resolved", False, CA, ["AWS11820574"]),
    "'successfully merged' mail with a long '>' quoted history containing the earlier confirmation and address requests.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CA, SUBJ), d(2025, 6, 24, 11, 20), key="a_done", irt="a_r4",
    refs=["a_conf", "a_close", "a_r3", "a_info2", "a_r4"], mid=sesid(28), auth=A_FORM,
    body=leaf("text/plain", """Hello Haruka,

I have successfully merged all accounts. Your exam history, certifications and benefits are now under AWS11820574, and %s is your login.
Your badges will be reissued in Credly over the next day, and the partner profile at Kitanoha Systems will stop listing your certifications within about a week.

Thank you for your patience, and good luck in your new role!

Jon
AWS Training and Certification

On Tue, Jun 24, 2025, Haruka Tsujimoto <%s> wrote:
> Sending this from my personal address as requested: I confirm the merge.
>
> On Mon, Jun 23, 2025, AWS Training and Certification wrote:
> > We need you to send the same confirmation from %s.
> >
> > > Please review the above and confirm that Account #1 is the account you want to keep.
""" % (ME, ME, ME), "utf-8", "quoted-printable"))

add("credly-jp", L("badge"), "Japanese Credly badge mail (UTF-8 8bit) with 'バッジを受け取る' call to action.",
    who("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification からバッジが発行されました", d(2025, 6, 24, 11, 50),
    alt("""辻本 遥 さん、おめでとうございます！

Amazon Web Services Training and Certification から次のバッジが発行されました。
AWS Certified SysOps Administrator - Associate

バッジを受け取ってプロフィールで共有しましょう:
https://www.credly.com/badges/71be2c0d-5a9e-4f13-8d40-c2e9b1a7f3d6/accept

Credly
""", """<html><body><p>辻本 遥 さん、おめでとうございます！</p><p>Amazon Web Services Training and Certification から次のバッジが発行されました。<br><b>AWS Certified SysOps Administrator - Associate</b></p><p><a href="https://www.credly.com/badges/71be2c0d-5a9e-4f13-8d40-c2e9b1a7f3d6/accept">バッジを受け取る</a></p></body></html>""", cte="8bit"),
    auth=auth_g("credly.com"))

add("a-feedback", L("survey", False, CA), "Survey after the merge, asking to rate; 'Please take a moment' is not a reply to support.",
    who("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME, "Tell us how we did - case %s" % CA, d(2025, 6, 25, 2, 40),
    mid=sesid(29), auth=auth_g("amazon.com"), body=alt("""Hello,

Your recent request to AWS Training and Certification (case %s) was recently resolved.
Please take a moment to rate your experience. It only takes a minute and helps us improve.

How satisfied are you with the resolution of your case?
https://survey.aws.training/s/tc?case=%s&lang=en

This is an automated message; replies to this address are not read.
""" % (CA, CA), """<html><body><p>Hello,</p><p>Your recent request to AWS Training and Certification (case %s) was recently resolved.</p><p>Please take a moment to rate your experience.</p>
<p><a href="https://survey.aws.training/s/tc?case=%s&amp;lang=en">Very satisfied</a> | <a href="https://survey.aws.training/s/tc?case=%s&amp;lang=en&amp;r=1">Not satisfied</a></p></body></html>""" % (CA, CA, CA)))

add("teams-handover-jp", L("unrelated"), "Japanese Teams meeting invitation (ISO-2022-JP) asking to respond; company mailbox.",
    who("森山 健二", "k-moriyama@kitanoha-sys.co.jp", "iso-2022-jp"), CO, "引継ぎ最終確認ミーティング", d(2025, 6, 25, 14, 0, JST), scs="iso-2022-jp",
    auth=auth_ms("kitanoha-sys.co.jp"), crlf=True, body=leaf("text/plain", """辻本さん

引継ぎの最終確認を6月27日(金) 15:00-15:30 で行いたいと思います。
ご都合が悪ければ候補日時をお知らせください。

________________________________________________________________________________
Microsoft Teams 会議
コンピューター、モバイル アプリケーション、またはルーム デバイスで参加する
会議 ID: 412 883 907 155
パスコード: xK7mQ2
________________________________________________________________________________
""", "iso-2022-jp"))

add("lookalike-jp", L("suspicious"), "Japanese phishing from a lookalike domain (amazon-awscert.jp) demanding re-verification; DKIM passes for the lookalike.",
    who("AWS トレーニングと認定", "info@amazon-awscert.jp", "utf-8"), ME, "【重要】AWS認定アカウント統合の最終確認のお願い", d(2025, 6, 26, 1, 3),
    leaf("text/html", """<html><body><p>お客様</p><p>AWS認定アカウントの統合処理において、本人確認が完了しておりません。</p>
<p>48時間以内に以下のリンクからサインインし、本人確認を完了していただけますでしょうか。完了いただけない場合、保有認定はすべて失効いたします。</p>
<p><a href="https://amazon-awscert.jp/verify">本人確認を行う</a></p><p>AWS トレーニングと認定 サポートチーム</p></body></html>""", "utf-8", "base64"),
    auth=auth_g("amazon-awscert.jp"))

add("certmetrics-recert", L("certification"), "CertMetrics congratulations on recertifying (after the DVA exam).",
    who("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Congratulations on recertifying your AWS Certification!", d(2025, 6, 27, 5, 0),
    leaf("text/plain", """Hello Haruka,

Congratulations! You have successfully recertified your AWS Certified Developer - Associate certification. Your new expiration date is June 7, 2028.

Your digital badge will be updated in Credly, and you can download your updated certificate from your AWS Certification Account.

AWS Certification
Please do not reply to this message.
"""), auth=auth_g("certmetrics.com"))

# ---------------------------------------------------------------- more everyday mail
add("partner-fwd", L("unrelated"), "Forwarded copy from a colleague: APN Partner Central roster notice about her leaving; 'Fwd:', quoted headers, no case.",
    who("森山 健二", "k-moriyama@kitanoha-sys.co.jp"), CO, "Fwd: AWS Partner Central: certification roster change", d(2025, 6, 27, 16, 20, JST),
    auth=auth_ms("kitanoha-sys.co.jp"), body=leaf("text/plain", """辻本さん、FYI です。Partner Central 側でも反映されたみたいです。対応不要です。

---------- Forwarded message ---------
From: AWS Partner Central <no-reply@partnercentral.awspartner.com>
Date: 2025年6月27日(金) 10:02
Subject: AWS Partner Central: certification roster change
To: <alliance@kitanoha-sys.co.jp>

Hello,

One or more individuals have been removed from your organization's certification roster because their AWS Certification account was merged into a personal account. Your organization's certification count has been updated.

Please review your roster in Partner Central.
""", "utf-8", "8bit"))

add("github-review", L("unrelated"), "GitHub review request ('requested your review', 'merge') on the personal account.",
    who("Yuta Ishida", "notifications@github.com"), ME, "[htsuji/aws-cert-notes] Add notes on account merge process (PR #7)", d(2025, 6, 28, 2, 2),
    leaf("text/plain", """@ishiday requested your review on: htsuji/aws-cert-notes#7 Add notes on account merge process.

Summarizes the support exchange: confirm which account to keep, reply from the destination address, wait for the merge.

--
Reply to this email directly, view it on GitHub:
https://github.com/htsuji/aws-cert-notes/pull/7
"""), auth=auth_g("github.com"))

add("health-event", L("unrelated"), "AWS Health notification for the personal AWS account (12-digit), mentions 'action required'.",
    who("AWS Health", "health@aws.com"), ME, "[Action Required] AWS Lambda Node.js 18 deprecation [AWS Account: 481503926617]", d(2025, 6, 30, 18, 0),
    alt("""Hello,

We are contacting you because your AWS account 481503926617 has one or more Lambda functions using the Node.js 18 runtime, which will reach end of support on September 1, 2025.

Action is required to upgrade these functions to Node.js 22.

Affected resources can be viewed in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""", """<html><body><p>Hello,</p><p>We are contacting you because your AWS account 481503926617 has one or more Lambda functions using the Node.js 18 runtime.</p><p><b>Action is required</b> to upgrade these functions.</p></body></html>"""),
    mid=sesid(30), auth=auth_g("aws.com"))

add("login-code", L("unrelated"), "Sign-in one-time code from login.awsapps.com (6 digits).",
    who("AWS", "no-reply@login.awsapps.com"), ME, "Your AWS verification code", d(2025, 7, 1, 0, 40),
    leaf("text/plain", """Your verification code is: 381052

Enter this code to finish signing in. It expires in 10 minutes.
If you did not try to sign in, we recommend changing your password.
"""), auth=auth_g("login.awsapps.com"))

add("pvue-score", L("unrelated"), "Pearson VUE English appointment reminder with a 9-digit registration ID and 'please reschedule...' wording.",
    who("Pearson VUE", "noreply@pearsonvue.com"), ME, "Appointment reminder: AWS Certified Solutions Architect - Professional", d(2025, 7, 1, 3, 0),
    leaf("text/plain", """Dear Haruka Tsujimoto,

This is a reminder of your upcoming exam.
Exam: AWS Certified Solutions Architect - Professional (SAP-C02)
Date: August 2, 2025, 10:00 JST
Registration ID: 519027733

If you need to reschedule or cancel, please do so at least 24 hours before your appointment.

Pearson VUE
"""), auth=auth_g("pearsonvue.com"))

add("newsletter-en", L("unrelated"), "English newsletter that quotes a support phrase ('Confirmed. Please merge to Account #1').",
    who("Cloud Careers Weekly", "hello@cloudcareers.dev"), ME, "Switching jobs? Don't lose your AWS certs", d(2025, 7, 2, 13, 0),
    alt("""Switching jobs? Don't lose your AWS certs

This week: readers shared how they moved certifications from a company account to a personal one. The short version: file the Training and Certification form, wait for support to list Account #1 and Account #2, and reply "Confirmed. Please merge to Account #1".

Reply to this email and tell us your story!

Unsubscribe: https://cloudcareers.dev/u/7731
""", """<html><body><h1>Switching jobs? Don't lose your AWS certs</h1><p>The short version: file the Training and Certification form, wait for support to list Account #1 and Account #2, and reply &quot;Confirmed. Please merge to Account #1&quot;.</p><p>Reply to this email and tell us your story!</p></body></html>"""),
    auth=auth_g("cloudcareers.dev"))

add("aws-jp-webinar", L("unrelated"), "Japanese AWS marketing (amazon.com, passes) about certification with '今すぐお申し込みください'.",
    who("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "utf-8"), ME, "【AWS ウェビナー】認定資格の更新を効率よく進めるには", d(2025, 7, 2, 22, 0),
    alt("""辻本 遥 様

AWS 認定の有効期限が近づいている方に向けて、再認定の進め方を解説するウェビナーを開催します。

日時: 2025年7月16日(水) 12:00-13:00
参加費: 無料

お席に限りがございます。今すぐお申し込みください。
https://pages.awscloud.com/jp-webinar-recert.html

配信停止をご希望の場合は、こちらから設定を変更してください。
アマゾン ウェブ サービス ジャパン合同会社
""", """<html><body><p>辻本 遥 様</p><p>AWS 認定の有効期限が近づいている方に向けて、再認定の進め方を解説するウェビナーを開催します。</p><p>日時: 2025年7月16日(水) 12:00-13:00</p><p><a href="https://pages.awscloud.com/jp-webinar-recert.html">今すぐお申し込みください</a></p></body></html>""", cte="base64"),
    mid=sesid(35), auth=auth_g("amazon.com"))

add("billing-jul", L("unrelated"), "July billing statement (Japanese subject, English body) with 12-digit account ID.",
    who("Amazon Web Services", "aws-billing@email.amazon.com"), ME, "AWS のご請求書が発行されました [アカウント: 481503926617]", d(2025, 7, 3, 1, 12),
    leaf("text/plain", """Greetings from Amazon Web Services,

Your invoice for June 2025 is available. Total: USD 4.02
Account ID: 481503926617

Amazon Web Services
"""), mid=sesid(31), auth=auth_g("email.amazon.com"))

CE = "175150884700128"   # July: benefit missing after the merge (15 digits)
add("e-opened", L("acknowledgement", False, CE), "Short English ack for a new July case; 'reply to this email with any additional details' is optional.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CE, SUBJ), d(2025, 7, 3, 2, 14), key="e_ack", mid=sesid(32), auth=A_FORM,
    body=leaf("text/plain", """Thank you for contacting AWS Training and Certification.

Case ID: %s
Inquiry type: Certification / Benefits

We've received your request and will get back to you, usually within one business day. Please don't submit the form again for the same issue. You can reply to this email with any additional details you think will help us.

AWS Training and Certification
""" % CE, "us-ascii", "7bit"))

add("e-screenshot-jp", L("info_request", True, CE, ["AWS11820574"]),
    "Japanese plain-form request (〜ください) in a multipart mail; the ask sits after an explanation of how benefits move after a merge.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CE, SUBJ), d(2025, 7, 3, 23, 40), key="e_info", irt="e_ack", refs=["e_ack"], mid=sesid(33), auth=A_FORM,
    body=alt("""辻本様

AWS トレーニングと認定の中村です。

アカウント統合後、50% 割引特典は統合先アカウント（AWS11820574）へ自動的に移行されますが、特典の有効期限が統合前に切れていた場合や、すでに試験予約で使用済みの場合は表示されません。
こちらで確認したところ、特典の履歴が2件見つかりましたので、どちらが該当するか判断するため、特典ページ（BENEFITS > Certification benefits）の画面のスクリーンショットをこのメールに添付して返信してください。

中村
AWS トレーニングと認定
""", """<html><body><p>辻本様</p><p>AWS トレーニングと認定の中村です。</p><p>アカウント統合後、50% 割引特典は統合先アカウント（AWS11820574）へ自動的に移行されますが、特典の有効期限が統合前に切れていた場合や、すでに試験予約で使用済みの場合は表示されません。</p>
<p>こちらで確認したところ、特典の履歴が2件見つかりましたので、どちらが該当するか判断するため、特典ページ（BENEFITS &gt; Certification benefits）の画面のスクリーンショットをこのメールに添付して返信してください。</p><p>中村<br>AWS トレーニングと認定</p></body></html>""", cte="base64"))

add("e-attached-jp", L("user_reply", False, CE), "Owner's short Japanese reply with an attachment mention; quote header in Japanese Gmail style.",
    who("辻本 遥", ME), FORM, "Re: RE:[CASE %s] %s" % (CE, SUBJ), d(2025, 7, 4, 12, 20, JST), key="e_r1", irt="e_info", refs=["e_ack", "e_info"],
    mid="<CAK7q+pbX3t0u_Vk9=Jd2@mail.gmail.com>", body=leaf("text/plain", """中村様

スクリーンショットを添付いたします。特典の欄は空になっています。
6月7日の DVA 受験では割引を使っていません。

辻本

2025年7月4日(金) 8:40 AWS Training and Certification <%s>:
> 特典ページ（BENEFITS > Certification benefits）の画面のスクリーンショットをこのメールに添付して返信してください。
""" % FORM, "iso-2022-jp"), scs="iso-2022-jp")

add("e-voucher-back-jp", L("resolved", False, CE),
    "Japanese resolution with a conditional 'ございましたら…ご返信ください' and a survey footer underneath.",
    FROM_FORM, ME, "RE:[CASE %s] %s" % (CE, SUBJ), d(2025, 7, 5, 1, 5), key="e_done", irt="e_r1", refs=["e_ack", "e_info", "e_r1"],
    mid=sesid(34), auth=A_FORM, scs="utf-8", body=leaf("text/plain", """辻本様

スクリーンショットのご送付ありがとうございました。
統合時に特典が旧アカウント側に残っていたため、50%% 割引特典を統合先アカウントへ再発行いたしました。特典ページに表示されていることをご確認いただけます。

本件はこれにて完了とさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信いただければ対応いたします。

中村
AWS トレーニングと認定

――――――――――
今回の対応はいかがでしたか？ 以下のリンクから評価をお寄せください。
https://survey.aws.training/s/tc?case=%s&lang=ja
""" % CE, "utf-8", "quoted-printable"))

add("google-alert", L("unrelated"), "Google security alert ('Review activity', 'was this you?').",
    who("Google", "no-reply@accounts.google.com"), ME, "Security alert", d(2025, 7, 5, 9, 0),
    leaf("text/plain", """A new sign-in on Mac

%s
We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

Check activity: https://myaccount.google.com/notifications
""" % ME), auth=auth_g("accounts.google.com"))

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith((".eml", ".json")) and f[:3].isdigit():
            os.remove(os.path.join(OUT, f))
    rows = []
    for name, raw, label, note in MSGS:
        with open(os.path.join(OUT, name + ".eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        rows.append("| %s | %s | %s | %s | %s |" % (name[:3], name[4:], label["kind"], "yes" if label["needs_reply"] else "no",
                                                   note.replace("|", "/")))
    readme = ["me: %s %s" % (ME, CO), "",
              "# Blind held-out corpus (blind-52)", "",
              "One mailbox: Haruka Tsujimoto, leaving Kitanoha Systems (an APN partner) at the end of June 2025.",
              "Personal address %s, old company address %s (closed 1 July)." % (ME, CO), "",
              "Regenerate with `python3 gen.py` (standard library only).", "",
              "## Cases", "",
              "- %s (11 digits, T&C form, May): two certification accounts under the personal address; ack (JA) -> candidate-ID request (JA keigo) -> closing notice -> reply -> Account #1/#2 confirmation -> reply -> merged -> owner reopens -> update (JA) -> resolved again -> survey (JA)." % CD,
              "- %s (15 digits, T&C form, June): company -> personal merge; ack -> APN hold with an ask -> reply -> hold without an ask -> mixed news + info request -> reply -> progress update -> confirmation (HTML table) -> closing notice -> reply from the wrong (company) address -> request to write from the personal address -> reply threaded only by In-Reply-To/References -> merged -> Credly -> survey." % CA,
              "- %s (15 digits): duplicate form submission to the company address; JA ack -> owner's note from the company address -> resolved as a duplicate." % CB,
              "- 175150884700128 (15 digits, T&C form, July): 50% voucher missing after the merge; EN ack -> JA request for a screenshot -> JA reply -> JA resolution with survey footer.",
              "- %s (10 digits, AWS Support Center console case): new case -> info request to be answered in the Support Center -> owner mails no-reply (bounces) -> auto-resolved closing notice -> update after reopening -> resolved -> survey." % CC,
              "", "Numbers that are not case IDs: 481503926617 (AWS account), 512384907 / 519027733 (Pearson VUE registrations), 412 883 907 155 (Teams meeting ID), 604918 / 381052 / 204817 (codes), 1749511023 (in a phishing subject), Amazon.co.jp order numbers.", "",
              "## Messages", "", "| # | slug | kind | needs_reply | what makes it hard |", "|---|---|---|---|---|"] + rows
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme) + "\n")
    print(len(MSGS), "messages written to", OUT)

if __name__ == "__main__":
    main()
