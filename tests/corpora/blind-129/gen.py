#!/usr/bin/env python3
"""Generate the blind corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import base64, json, os, quopri, collections, hashlib
from datetime import datetime, timezone, timedelta
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = ("Daichi Morimoto", "daichi.morimoto.k@gmail.com")
ME_C = ("森本 大地", "d-morimoto@hoshizora-sys.co.jp")
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

CA = "173902846512345"   # main merge case (form), APN hold, reopened
CB = "173910552067890"   # duplicate form case
CC = "174124771500852"   # console case, voucher
CD = "13012345678"       # 2023 name-correction case, reopened in 2025
CE = "174170320011122"   # same-email duplicate accounts (Credly)
CG = "174385002203317"   # university-era account, partner hold, Japanese

SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

msgs = []
mids = {}


def addr(x):
    if isinstance(x, tuple):
        name, a = x
        try:
            name.encode("ascii")
            return formataddr((name, a))
        except UnicodeEncodeError:
            return formataddr((name, a), charset="utf-8")
    return x


def enc_subject(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode()


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 7bit / 8bit


def part(text, subtype, charset, cte):
    h = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n"
    b = encode_body(text, charset, cte)
    if not b.endswith(b"\n"):
        b += b"\n"
    return h.encode("ascii") + b


def M(key, kind, needs, case, cids, frm, to, subj, date, text=None, html=None,
      charset="utf-8", cte="quoted-printable", hcte=None, crlf=False, reply=None,
      auth="pass", dom=None, cc=None, subj_cs="utf-8", extra=(), xmailer=None):
    n = len(msgs) + 1
    fa = frm[1] if isinstance(frm, tuple) else frm.split("<")[-1].strip(">")
    fdom = dom or fa.split("@")[1]
    seed = hashlib.sha1(f"{key}{n}".encode()).hexdigest()
    if fdom in ("amazon.com", "aws.training", "signin.aws"):
        mid = f"<0100019{seed[:10]}-{seed[10:18]}-{seed[18:22]}-{seed[22:30]}-000000@email.amazonses.com>"
    elif fa.endswith("gmail.com"):
        mid = f"<CAK{seed[:20]}+{seed[20:30]}@mail.gmail.com>"
    else:
        mid = f"<{seed[:16]}.{seed[16:24]}@{fdom}>"
    mids[key] = mid
    y, mo, d, hh, mi, tz = date
    dt = datetime(y, mo, d, hh, mi, int(seed[:2], 16) % 60, tzinfo=timezone(timedelta(hours=tz)))
    hdr = []
    to_addr = to[1] if isinstance(to, tuple) else to
    if auth and fa not in (ME_P[1], ME_C[1]):
        mx = "mx.google.com" if to_addr.endswith("gmail.com") else "mx01.hoshizora-sys.co.jp"
        hdr.append(f"Delivered-To: {to_addr}")
        hdr.append(f"Received: from {fdom} (mail-{seed[:6]}.{fdom}) by {mx} with ESMTPS id {seed[30:38]}; {format_datetime(dt)}")
        if auth == "pass":
            hdr.append(f"Authentication-Results: {mx};\n       dkim=pass header.i=@{fdom} header.s=s{seed[:4]} header.b={seed[4:12]};\n       spf=pass (domain of {fa} designates sending IP as permitted sender) smtp.mailfrom={fa};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={fdom}")
        elif auth == "fail":
            hdr.append(f"Authentication-Results: {mx};\n       dkim=fail (no key for signature) header.i=@{fdom} header.s=k1;\n       spf=softfail (domain of transitioning {fa} does not designate 185.242.8.17 as permitted sender) smtp.mailfrom={fa};\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={fdom}")
        elif auth == "none":
            hdr.append(f"Authentication-Results: {mx};\n       spf=pass smtp.mailfrom={fa};\n       dkim=none;\n       dmarc=none header.from={fdom}")
    hdr.append(f"Message-ID: {mid}")
    hdr.append(f"Date: {format_datetime(dt)}")
    hdr.append(f"From: {addr(frm)}")
    hdr.append(f"To: {addr(to)}")
    if cc:
        hdr.append(f"Cc: {addr(cc)}")
    hdr.append(f"Subject: {enc_subject(subj, subj_cs)}")
    if reply:
        keys = reply if isinstance(reply, list) else [reply]
        hdr.append(f"In-Reply-To: {mids[keys[-1]]}")
        hdr.append("References: " + "\n ".join(mids[k] for k in keys))
    if xmailer:
        hdr.append(f"X-Mailer: {xmailer}")
    hdr.extend(extra)
    hdr.append("MIME-Version: 1.0")
    head = "\n".join(hdr).encode("utf-8")
    if text is not None and html is not None:
        bnd = f"----=_Part_{seed[:8]}_{seed[8:16]}"
        body = (f"Content-Type: multipart/alternative;\n\tboundary=\"{bnd}\"\n\n").encode()
        body += f"--{bnd}\n".encode() + part(text, "plain", charset, cte)
        body += f"--{bnd}\n".encode() + part(html, "html", charset, hcte or cte)
        body += f"--{bnd}--\n".encode()
    elif html is not None:
        body = part(html, "html", charset, hcte or cte)
    else:
        body = part(text, "plain", charset, cte)
    data = head + b"\n" + body
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    msgs.append((n, data, {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": cids}))


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


CON_FOOTER = """
To see all of the correspondence on this case and add a reply, use the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={c}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please use the link above.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Amazon Web Services
==================================================================
Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

# ---------------------------------------------------------------- 001
M("bill", "unrelated", False, None, [], ("Amazon Web Services", "aws-billing@amazon.com"), ME_P,
  "Amazon Web Services Billing Statement Available [Account: 284019357716]", (2025, 2, 3, 2, 11, 0),
  """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $3.42

Account ID: 284019357716

You can see a complete break down of all charges on the Bills page in the Billing and Cost Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""", cte="7bit")

# ---------------------------------------------------------------- 002
M("hr", "unrelated", False, None, [], ("総務部 人事グループ", "jinji@hoshizora-sys.co.jp"), ME_C,
  "【退職手続き】最終出社日までのご対応事項について", (2025, 2, 4, 10, 2, 9),
  """森本さん

お疲れさまです。人事グループの小川です。
2月28日付の退職に向けて、以下のご対応をお願いします。

1. 貸与PC・入館証の返却(最終出社日の17時まで)
2. 社内システムのアカウント棚卸し(情シスから別途連絡あり)
3. 会社アドレスで登録している外部サービスの整理
   ※AWS認定など、個人に帰属する資格の移行は各自でお済ませください。
     会社アドレスのメールボックスは最終出社日の翌日に停止されます。

不明点はこのメールに返信いただくか、内線 4127 まで。

人事グループ 小川
""", charset="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp", dom="hoshizora-sys.co.jp", auth=None,
  xmailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- 003
M("cm_survey", "certification", False, None, ["AWS01938472"], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification wants to hear from you", (2025, 2, 5, 17, 40, 0),
  text="""Hello Daichi,

As an AWS Certified individual, your opinion shapes the program. We are running a short study about how certified professionals use their credentials at work and would value ten minutes of your time.

Candidate ID: AWS01938472

Take the study: https://survey.certmetrics.com/aws/2025q1?cid=AWS01938472

The study closes on March 7, 2025. Participation is optional and does not affect your certification status.

AWS Training and Certification
""",
  html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Daichi,</p>
<p>As an AWS Certified individual, your opinion shapes the program. We are running a short study about how certified professionals use their credentials at work and would value ten minutes of your time.</p>
<p><b>Candidate ID:</b> AWS01938472</p>
<p><a href="https://survey.certmetrics.com/aws/2025q1?cid=AWS01938472" style="background:#ff9900;color:#000;padding:8px 14px">Take the study</a></p>
<p style="font-size:11px;color:#666">The study closes on March 7, 2025. Participation is optional and does not affect your certification status.</p>
<p>AWS Training and Certification</p></body></html>""", dom="certmetrics.com")

# ---------------------------------------------------------------- 004
M("otp", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address", (2025, 2, 7, 13, 5, 0),
  """Hello,

Use the following one-time code to finish creating your AWS Builder ID.

Verification code: 482913

The code expires in 30 minutes. If you did not try to create an AWS Builder ID, you can ignore this message.

Amazon Web Services
""", cte="7bit")

# ---------------------------------------------------------------- 005 ack A
ACK_A = f"""Hello,

Thank you for contacting Amazon Web Services. We have opened case {CA} for your inquiry and a member of the AWS Training and Certification team will respond, usually within 24 hours, though some requests need a little longer for us to find the right answer.

Opening a second case about the same request will not speed things up and may delay it, so we ask that you keep all correspondence on this case.

The details of your case are as follows:

Case ID: {CA}
Inquiry type: Certification
Additional details: Account Merge
Contact email: daichi.morimoto.k@gmail.com
Description:
Use case: I am leaving Hoshizora Systems at the end of February and want to move my certifications to my private account.
Old account email: d-morimoto@hoshizora-sys.co.jp (AWS01938472)
Account to keep: daichi.morimoto.k@gmail.com (AWS07715204)

Sincerely,
AWS Training and Certification
"""
M("ackA", "acknowledgement", False, CA, ["AWS01938472", "AWS07715204"], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 8, 15, 29, 0), ACK_A, cte="7bit", crlf=True)

# ---------------------------------------------------------------- 006 user forward of ack
M("fwdA", "user_reply", False, CA, [], ME_P, ME_C,
  f"Fwd: RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 8, 15, 44, 0),
  f"""自分用メモ。会社のアドレスにも控えを残しておく。ケース番号は {CA}。

---------- Forwarded message ---------
From: Amazon Web Services <{TC}>
Date: Sat, Feb 8, 2025 at 3:29 PM
Subject: RE:[CASE {CA}] {SUBJ_TC}
To: <daichi.morimoto.k@gmail.com>


{ACK_A}""", reply="ackA", auth=None)

# ---------------------------------------------------------------- 007 GitHub merged
M("gh", "unrelated", False, None, [], ("Kenta Ishii", "notifications@github.com"), ME_P,
  "Re: [hoshizora/infra-modules] Merge account baseline module into main (PR #212)", (2025, 2, 9, 1, 17, 0),
  """Merged #212 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora/infra-modules/pull/212#event-16234418821
You are receiving this because you authored the thread.

Message ID: <hoshizora/infra-modules/pull/212/issue_event/16234418821@github.com>
""", cte="7bit", dom="github.com")

# ---------------------------------------------------------------- 008 ack B (Japanese duplicate)
ACK_B = f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。お問い合わせについて、ケース {CB} を作成しました。
AWS トレーニングと認定の担当者より、通常24時間以内にご連絡いたします。内容によっては、回答までにもう少しお時間をいただく場合がございます。

同じご依頼について既にケースをお持ちの場合、新しいケースを作成すると対応が遅れることがあります。重複したケースの作成はお控えください。

ケースの詳細:
ケース ID: {CB}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容:
退職に伴い、会社アドレスの認定アカウントを個人アドレスのアカウントへ統合したいです。
会社: d-morimoto@hoshizora-sys.co.jp
個人: daichi.morimoto.k@gmail.com

AWS トレーニングと認定
"""
M("ackB", "acknowledgement", False, CB, [], ("Amazon Web Services", TC), ME_C,
  f"RE:[CASE {CB}] {SUBJ_TC}", (2025, 2, 9, 12, 53, 0), ACK_B, cte="base64")

# ---------------------------------------------------------------- 009 on_hold A with buried ask
HOLD_A = f"""Hi Daichi,

Thanks so much for reaching out, and congratulations on the next chapter! I'm Priya and I'll be looking after your request.

I had a look at both profiles this morning. The one registered under d-morimoto@hoshizora-sys.co.jp is tied to an AWS Partner Network organization (Hoshizora Systems K.K.), which means the certifications on it also count toward that partner's standing. Because of that, our process doesn't let us move anything out of a partner-linked profile on our own, so I've placed your case on hold and reached out to our partner operations colleagues, who coordinate with the partner's administrator.

This is completely normal and usually only takes a few business days. One thing would help me make the case to the partner team, though: your last working day with Hoshizora Systems, and whether you'll still be able to read the company mailbox after that date.

I'll keep an eye on the case and let you know as soon as I hear anything.

Warm regards,
Priya R.
AWS Training and Certification Customer Support
"""
M("holdA", "on_hold", True, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 10, 8, 2, 0),
  text=HOLD_A,
  html="<html><body><div style='font-family:Amazon Ember,Arial'>" + HOLD_A.replace("\n\n", "</p><p>").replace("\n", "<br>").join(["<p>", "</p>"]) + "</div></body></html>",
  reply="ackA")

# ---------------------------------------------------------------- 010 case_update B duplicate closed
M("dupB", "case_update", False, CB, [], ("Amazon Web Services", TC), ME_C,
  f"RE:[CASE {CB}] {SUBJ_TC}", (2025, 2, 10, 9, 40, 0),
  f"""Hello,

This request duplicates case {CA}, which is already being worked on. I have closed {CB} and linked the two. Everything continues on {CA}; nothing is needed from you on this one.

Tom
AWS Training and Certification
""", cte="7bit", reply="ackB")

# ---------------------------------------------------------------- 011 Pearson VUE with candidate ID
M("pv", "unrelated", False, None, ["AWS01938472"], ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_C,
  "Confirmation of Your Exam Appointment - AWS Certified Developer - Associate", (2025, 2, 11, 6, 33, 0),
  text="""Dear Daichi Morimoto,

Thank you for scheduling with Pearson VUE. This email confirms your appointment.

Exam: DVA-C02: AWS Certified Developer - Associate
Date: Saturday, March 22, 2025
Time: 10:00 AM JST
Location: Online (OnVUE)
Registration ID: 482205619
Candidate ID: AWS01938472

Run the system test before exam day. Rescheduling is possible up to 24 hours before the appointment.

Pearson VUE
""", html="""<html><body><table style="font-family:Verdana;font-size:13px">
<tr><td colspan=2>Dear Daichi Morimoto,<br><br>Thank you for scheduling with Pearson VUE. This email confirms your appointment.</td></tr>
<tr><td><b>Exam</b></td><td>DVA-C02: AWS Certified Developer - Associate</td></tr>
<tr><td><b>Date</b></td><td>Saturday, March 22, 2025</td></tr>
<tr><td><b>Time</b></td><td>10:00 AM JST</td></tr>
<tr><td><b>Location</b></td><td>Online (OnVUE)</td></tr>
<tr><td><b>Registration ID</b></td><td>482205619</td></tr>
<tr><td><b>Candidate ID</b></td><td>AWS01938472</td></tr>
<tr><td colspan=2><br>Run the system test before exam day. Rescheduling is possible up to 24 hours before the appointment.<br><br>Pearson VUE</td></tr>
</table></body></html>""", dom="pearson.com")

# ---------------------------------------------------------------- 012 suspicious lookalike
M("phish1", "suspicious", False, None, [], ("AWS Training & Certification Support", "case-desk@aws-certification-help.com"), ME_C,
  "RE:[CASE 7712054390] Account merge pending - identity verification required", (2025, 2, 12, 3, 14, 0),
  html="""<html><body style="font-family:Arial">
<p>Dear Certification Holder,</p>
<p>Your request to merge certification accounts cannot proceed until your identity is verified. Unverified accounts are <b>permanently deactivated after 48 hours</b> and all certifications are revoked.</p>
<p><a href="https://aws-certification-help.com/verify?session=a83kd02">Verify now with your AWS Builder ID</a></p>
<p>You will be asked for your email address, password and the one-time code sent to your phone.</p>
<p>Case ID: 7712054390<br>AWS Training and Certification</p>
</body></html>""", auth="none")

# ---------------------------------------------------------------- 013 newsletter JP (Shift_JIS, html only)
M("news1", "unrelated", False, None, [], ("週刊クラウドインフラ通信", "news@cloudinfra-weekly.jp"), ME_P,
  "【週刊クラウドインフラ通信】第214号 AWS認定の更新、もう済ませましたか?", (2025, 2, 13, 7, 0, 9),
  html="""<html><body>
<h2>週刊クラウドインフラ通信 第214号</h2>
<p>今週のトピック</p>
<ul>
<li>AWS認定の再認定ルールのおさらい</li>
<li>転職時に資格アカウントを移すときの注意点 (読者投稿)</li>
<li>Terraform 1.11 の新機能</li>
</ul>
<p>配信停止は<a href="https://cloudinfra-weekly.jp/unsub">こちら</a>から。</p>
</body></html>""", charset="shift_jis", cte="base64")

# ---------------------------------------------------------------- 014 closing notice A
M("closeA", "closing_notice", True, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 15, 8, 5, 0),
  f"""Hello,

We wrote to you on 10 February about case {CA} and have not had a response yet. Without an update from you within 3 business days, the case will be closed automatically. If you still need our help, please reply to this message to keep it open.

Regards,
AWS Training and Certification

-----Original Message-----
From: {TC}
Sent: Monday, February 10, 2025 08:02 AM
To: daichi.morimoto.k@gmail.com
Subject: RE:[CASE {CA}] {SUBJ_TC}

{HOLD_A}""", reply=["ackA", "holdA"])

# ---------------------------------------------------------------- 015 user reply A
REPLY_A1 = """Hi Priya,

Sorry for the slow answer. My last working day at Hoshizora Systems is February 28, 2025, and the company mailbox will be shut down the day after, so I will not be able to read it from March 1.

I have already told my manager that I am moving my certifications to my personal account. Please go ahead whenever the partner team agrees.

Best regards,
Daichi Morimoto
"""
M("repA1", "user_reply", False, CA, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 15, 21, 48, 9),
  REPLY_A1 + f"""
On Sat, Feb 15, 2025 at 5:05 PM Amazon Web Services <{TC}> wrote:
{q("We wrote to you on 10 February about case " + CA + " and have not had a response yet. Without an update from you within 3 business days, the case will be closed automatically. If you still need our help, please reply to this message to keep it open.")}
""", reply=["ackA", "holdA", "closeA"], auth=None)

# ---------------------------------------------------------------- 016 colleague JP casual
M("coll", "unrelated", False, None, [], ("石井 健太", "k-ishii@hoshizora-sys.co.jp"), ME_C,
  "送別会の件", (2025, 2, 16, 19, 22, 9),
  """森本さん

送別会、2/26(水)19時から新橋の「炉端 はなや」で押さえました!
アレルギーとか苦手なものあったら教えてください〜
あと二次会どうするかも決めたいので、参加できるか水曜までに返事もらえると助かります。

石井
""", charset="utf-8", cte="8bit", auth=None)

# ---------------------------------------------------------------- 017 case_update A hold lifted
M("liftA", "case_update", False, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 17, 10, 31, 0),
  f"""Hi Daichi,

Thank you, that was exactly what I needed! The partner operations team has confirmed with Hoshizora Systems' administrator that your profile can be released, so the hold on your case is lifted.

I've handed the case to our account specialists, who carry out the merge itself. One of them will be in touch with you directly, usually within a day or two.

If anything changes on your side in the meantime, just drop me a line here.

Warm regards,
Priya R.
AWS Training and Certification Customer Support

> On 15 Feb 2025, at 21:48, Daichi Morimoto <daichi.morimoto.k@gmail.com> wrote:
{q(REPLY_A1)}
""", reply=["ackA", "holdA", "closeA", "repA1"])

# ---------------------------------------------------------------- 018 marketing JP
M("mkt", "unrelated", False, None, [], ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME_P,
  "AWS Summit Japan 2025 登録受付を開始しました", (2025, 2, 17, 23, 0, 0),
  text="""AWS Summit Japan 2025 の登録受付を開始しました。

日程: 2025年6月25日(水)・26日(木)
会場: 幕張メッセ
AWS 認定保持者向けラウンジもご用意しています。

ご登録はこちら: https://aws.amazon.com/jp/summits/japan/

このメールの配信停止をご希望の場合は、配信設定ページから変更できます。
Amazon Web Services Japan G.K.
""", html="""<html><body><table width="600"><tr><td style="background:#232f3e;color:#fff;padding:20px"><h1>AWS Summit Japan 2025</h1></td></tr>
<tr><td><p>登録受付を開始しました。</p><p>日程: 2025年6月25日(水)・26日(木)<br>会場: 幕張メッセ</p><p>AWS 認定保持者向けラウンジもご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録</a></p><p style="font-size:10px">配信停止は配信設定ページから。Amazon Web Services Japan G.K.</p></td></tr></table></body></html>""",
  cte="base64")

# ---------------------------------------------------------------- 019 confirmation request A (HTML only table, second-language agent)
CONF_A_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Daichi,</p>
<p>Greetings of the day. My name is Andrei and I am from the accounts team, your case was transferred to me by my colleague.</p>
<p>I have found below two accounts in our system which are matching with information you have gave in the form:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eee"><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>daichi.morimoto.k@gmail.com</td><td>d-morimoto@hoshizora-sys.co.jp</td></tr>
<tr><td>Training notification email</td><td>daichi.morimoto.k@gmail.com</td><td>d-morimoto@hoshizora-sys.co.jp</td></tr>
<tr><td>Certification notification email</td><td>daichi.morimoto.k@gmail.com</td><td>d-morimoto@hoshizora-sys.co.jp</td></tr>
<tr><td>Candidate ID</td><td>AWS07715204</td><td>AWS01938472</td></tr>
<tr><td>Certifications</td><td>none</td><td>SAA-C03, CLF-C02</td></tr>
</table>
<p>Kindly confirm us that both accounts are belonging to you and that Account #1 is the one which should be kept, so all exam history and benefits of Account #2 will be moved in it. After the merge the Account #2 will not be usable any more for sign in.</p>
<p>Thank you and have a nice day.</p>
<p>Best Regards,<br>Andrei<br>AWS Training and Certification | Account Services</p>
</body></html>"""
M("confA", "confirmation_request", True, CA, ["AWS07715204", "AWS01938472"], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 18, 11, 12, 0), html=CONF_A_HTML, reply=["ackA", "liftA"])

# ---------------------------------------------------------------- 020 Skill Builder receipt
M("sb", "unrelated", False, None, [], ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder subscription receipt", (2025, 2, 19, 4, 2, 0),
  text="""Thank you for your purchase.

Order number: SB-20250219-77120
Plan: AWS Skill Builder Individual (monthly)
Amount charged: USD 29.00
Next renewal: March 19, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions

AWS Training and Certification
""", html="""<html><body><h3>Thank you for your purchase.</h3><table><tr><td>Order number</td><td>SB-20250219-77120</td></tr><tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr><tr><td>Amount charged</td><td>USD 29.00</td></tr><tr><td>Next renewal</td><td>March 19, 2025</td></tr></table><p>Manage your subscription at <a href="https://skillbuilder.aws/subscriptions">skillbuilder.aws</a></p></body></html>""",
  cte="quoted-printable")

# ---------------------------------------------------------------- 021 confirmation reminder (indirect)
M("confA2", "confirmation_request", True, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 20, 6, 45, 0),
  html=f"""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Daichi,</p>
<p>This is follow up on my mail from 18 February. Merge cannot be started from our side without your confirmation that Account #1 (daichi.morimoto.k@gmail.com) is the one to keep, we are waiting it to proceed.</p>
<p>Best Regards,<br>Andrei<br>AWS Training and Certification | Account Services</p>
<hr>
<div style="color:#555"><b>From:</b> {TC}<br><b>Sent:</b> 18 February 2025 11:12<br><b>Subject:</b> RE:[CASE {CA}] {SUBJ_TC}<br><br>
{CONF_A_HTML.split('<body style="font-family:Calibri,Arial;font-size:14px">')[1].split('</body>')[0]}</div>
</body></html>""", reply=["ackA", "liftA", "confA"])

# ---------------------------------------------------------------- 022 user confirms
M("repA2", "user_reply", False, CA, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 20, 22, 10, 9),
  text="""Hello Andrei,

Confirmed. Both accounts are mine. Please merge Account #2 into Account #1 (daichi.morimoto.k@gmail.com).

Thank you,
Daichi Morimoto

On Thu, Feb 20, 2025 at 3:45 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Dear Daichi,
>
> This is follow up on my mail from 18 February. Merge cannot be started from
> our side without your confirmation that Account #1
> (daichi.morimoto.k@gmail.com) is the one to keep, we are waiting it to proceed.
>
> Best Regards,
> Andrei
""", html="""<div dir="ltr">Hello Andrei,<br><br>Confirmed. Both accounts are mine. Please merge Account #2 into Account #1 (daichi.morimoto.k@gmail.com).<br><br>Thank you,<br>Daichi Morimoto</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, Feb 20, 2025 at 3:45 PM Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear Daichi,<br><br>This is follow up on my mail from 18 February. Merge cannot be started from our side without your confirmation that Account #1 (daichi.morimoto.k@gmail.com) is the one to keep, we are waiting it to proceed.<br><br>Best Regards,<br>Andrei</blockquote></div>""",
  reply=["ackA", "confA", "confA2"], auth=None)

# ---------------------------------------------------------------- 023 resolved A quoting confirmation table
M("resA", "resolved", False, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 20, 23, 2, 0),
  html=f"""<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Daichi,</p>
<p>Thank you for confirmation. I have successfully merged the accounts, Account #1 (daichi.morimoto.k@gmail.com) now holds your exam history, certifications and benefits. Your digital badges will be re-issued by Credly to this email in short time.</p>
<p>In case you notice something missing when you sign in, you can reply on this mail.</p>
<p>Best Regards,<br>Andrei<br>AWS Training and Certification | Account Services</p>
<hr>
<div style="color:#555"><b>From:</b> Daichi Morimoto &lt;daichi.morimoto.k@gmail.com&gt;<br><b>Sent:</b> 20 February 2025 22:10<br>
Confirmed. Both accounts are mine. Please merge Account #2 into Account #1.<br><hr>
{CONF_A_HTML.split('<body style="font-family:Calibri,Arial;font-size:14px">')[1].split('</body>')[0]}</div>
</body></html>""", reply=["ackA", "confA", "confA2", "repA2"])

# ---------------------------------------------------------------- 024/025 Credly badges
def credly(key, cert, date, html_only=False, frm=("Credly", "admin@credly.com")):
    t = f"""Daichi, you've earned a badge!

Amazon Web Services Training and Certification has issued you the badge "{cert}".

Accept your badge and share it with your network:
https://www.credly.com/earner/earned/badge/{hashlib.md5(cert.encode()).hexdigest()[:8]}-4c1e-4b7a-9d0e-{hashlib.md5(key.encode()).hexdigest()[:12]}

Credly, Inc. | 1 Penn Plaza, New York, NY
"""
    h = f"""<html><body style="font-family:Helvetica"><table width="560" align="center"><tr><td>
<h2>Daichi, you've earned a badge!</h2>
<p>Amazon Web Services Training and Certification has issued you the badge <b>{cert}</b>.</p>
<p><a href="https://www.credly.com/earner/earned" style="background:#ff6b00;color:#fff;padding:10px 18px;border-radius:4px">Accept badge</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. | 1 Penn Plaza, New York, NY</p></td></tr></table></body></html>"""
    M(key, "badge", False, None, [], frm, ME_P, f"Amazon Web Services Training and Certification sent you a new badge", date,
      text=None if html_only else t, html=h)

credly("cr1", "AWS Certified Solutions Architect – Associate", (2025, 2, 20, 23, 30, 0))
credly("cr2", "AWS Certified Cloud Practitioner", (2025, 2, 20, 23, 31, 0), html_only=True)

# ---------------------------------------------------------------- 026 survey A
M("survA", "survey", False, CA, [], ("Amazon Web Services", TC), ME_P,
  f"How did we do? Your feedback on case {CA}", (2025, 2, 21, 1, 10, 0),
  text=f"""Hello,

Your recent case {CA} with AWS Training and Certification has been marked as resolved. We would like to know how we did.

How satisfied were you with the support you received?
Very satisfied: https://feedback.aws.training/s?c={CA}&r=5
Satisfied:      https://feedback.aws.training/s?c={CA}&r=4
Neutral:        https://feedback.aws.training/s?c={CA}&r=3
Dissatisfied:   https://feedback.aws.training/s?c={CA}&r=2

The survey takes less than two minutes. Thank you for helping us improve.

AWS Training and Certification
""", html=f"""<html><body><p>Hello,</p><p>Your recent case {CA} with AWS Training and Certification has been marked as resolved. We would like to know how we did.</p>
<p><b>How satisfied were you with the support you received?</b></p>
<p><a href="https://feedback.aws.training/s?c={CA}&r=5">&#9733;&#9733;&#9733;&#9733;&#9733;</a> <a href="https://feedback.aws.training/s?c={CA}&r=4">&#9733;&#9733;&#9733;&#9733;</a> <a href="https://feedback.aws.training/s?c={CA}&r=3">&#9733;&#9733;&#9733;</a></p>
<p>The survey takes less than two minutes. Thank you for helping us improve.</p></body></html>""")

# ---------------------------------------------------------------- 027 suspicious dmarc fail on amazon.com
M("phish2", "suspicious", False, None, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 21, 14, 55, 0),
  f"""Hello,

Following the merge on your case {CA}, one last security step is outstanding. Certifications moved between accounts are suspended until the new owner re-validates the Builder ID credentials.

Re-validate here: https://aws-training-verify.support-portal.click/builderid/login

If this step is not completed within 24 hours the merged certifications will be removed from your transcript.

AWS Training and Certification
""", auth="fail", cte="7bit")

# ---------------------------------------------------------------- 028 Microsoft case closed
M("ms", "unrelated", False, None, [], ("Microsoft Support", "support@mail.support.microsoft.com"), ME_P,
  "Case 2502140040005187 has been closed - Microsoft Certification profile", (2025, 2, 22, 1, 20, 0),
  text="""Hello Daichi,

We are closing support request 2502140040005187 regarding the merge of your Microsoft Learn and Certification profiles, as the profiles have been linked successfully.

If the issue returns, reply to this email within 10 days and the request will be reopened.

Thank you,
Microsoft Certification Support
""", html="""<html><body><p>Hello Daichi,</p><p>We are closing support request <b>2502140040005187</b> regarding the merge of your Microsoft Learn and Certification profiles, as the profiles have been linked successfully.</p><p>If the issue returns, reply to this email within 10 days and the request will be reopened.</p><p>Thank you,<br>Microsoft Certification Support</p></body></html>""",
  dom="mail.support.microsoft.com")

# ---------------------------------------------------------------- 029 user reopens A
REOPEN = """Hello,

Thank you for the merge. I signed in to the merged account (AWS07715204) today and two things look wrong:

1. The 50% exam discount voucher that was on my old company account is not shown under Benefits.
2. My Cloud Practitioner exam from October 2022 is missing from Exam History (the certification itself is shown).

Could you check this?

Daichi Morimoto
"""
M("repA3", "user_reply", False, CA, ["AWS07715204"], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 24, 9, 3, 9),
  REOPEN + f"""
On Fri, Feb 21, 2025 at 8:02 AM Amazon Web Services <{TC}> wrote:
> Dear Daichi,
>
> Thank you for confirmation. I have successfully merged the accounts, Account
> #1 (daichi.morimoto.k@gmail.com) now holds your exam history, certifications
> and benefits. Your digital badges will be re-issued by Credly to this email
> in short time.
""", reply=["ackA", "confA2", "repA2", "resA"], auth=None, cte="7bit")

# ---------------------------------------------------------------- 030 case_update A reopened
M("reopA", "case_update", False, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 25, 2, 40, 0),
  f"""Hi Daichi,

Priya again! Sorry to hear a couple of things didn't come across. I've reopened case {CA} and passed it to our Certification Operations team, who look after exam records and benefit transfers. They normally come back within 2-3 business days, and they'll write to you right here.

Warm regards,
Priya R.
AWS Training and Certification Customer Support

-----Original Message-----
From: Daichi Morimoto <daichi.morimoto.k@gmail.com>
Sent: Monday, February 24, 2025 12:03 AM
To: {TC}
Subject: Re: RE:[CASE {CA}] {SUBJ_TC}

{REOPEN}""", reply=["ackA", "resA", "repA3"])

# ---------------------------------------------------------------- 031 OOO colleague
M("ooo", "unrelated", False, None, [], ("山田 真理", "m-yamada@partner-tech.co.jp"), ME_C,
  "自動応答: 引き継ぎ資料の件", (2025, 2, 26, 9, 0, 9),
  """お疲れさまです。山田です。

2月26日〜3月3日まで休暇のため不在にしております。
3月4日以降に順次返信いたします。
お急ぎの場合は、同じチームの佐々木 (sasaki@partner-tech.co.jp) までご連絡ください。
""", charset="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

# ---------------------------------------------------------------- 032 info request A (long, buried)
INFO_A = f"""Dear Mr. Morimoto,

My name is Helen and I work in AWS Certification Operations. Your case has been passed to me following your message of 24 February.

To explain what happened: when two certification accounts are merged, exam records and benefits are copied from the source record to the destination record by separate processes. Certifications are moved first, and exam appointments and vouchers follow in a second step. Records from exams delivered by a testing partner are matched on the appointment data held by that partner, and where the data differs slightly (for example a different name spelling or email address at the time of booking) the match fails and the record stays behind on the old account. This is what appears to have happened with your October 2022 exam.

The discount voucher is a separate matter. Benefit vouchers are generated against the candidate record, and a voucher that has been issued but not yet redeemed is not carried over automatically; we re-issue it manually on the new account once we have confirmed it was never used.

In order to locate the missing exam record, we need the Pearson VUE registration number of that appointment (a 9-digit number shown in the booking confirmation) or, if it is no longer available, the exact exam date and whether the exam was taken online or at a test centre. Could you also tell us whether you tried to use the 50% voucher on any booking after 1 January 2025?

Once we have these details, the remaining work takes about two business days.

Kind regards,
Helen M.
AWS Certification Operations
"""
M("infoA", "info_request", True, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 27, 3, 15, 0), text=INFO_A,
  html="<html><body style='font-family:Georgia'>" + "".join(f"<p>{p}</p>" for p in INFO_A.split("\n\n")) + "</body></html>",
  reply=["ackA", "resA", "repA3", "reopA"], cte="base64")

# ---------------------------------------------------------------- 033 AWS Educate form case (other program)
M("edu", "unrelated", False, None, [], ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
  "RE:[CASE 14230917755] [AWS Educate Form Submission] - educator-verification", (2025, 2, 27, 18, 22, 0),
  """Hello,

Thank you for contacting AWS Educate. To finish verifying the Hoshizora Systems student study group, we need a link to a public page listing you as its organizer. Please reply to this email with the URL.

Best regards,
AWS Educate Support
""", cte="7bit")

# ---------------------------------------------------------------- 034 user reply A from company address (wrong address)
M("repA4", "user_reply", False, CA, [], ME_C, ("Amazon Web Services", TC),
  f"RE: RE:[CASE {CA}] {SUBJ_TC}", (2025, 2, 28, 10, 5, 9),
  f"""Hello Helen,

The registration number of the October 2022 appointment was 371458820 (online, OnVUE, 15 Oct 2022). I never tried to use the 50% voucher.

Regards,
Daichi Morimoto

From: Amazon Web Services <{TC}>
Sent: Thursday, February 27, 2025 12:15 PM
To: daichi.morimoto.k@gmail.com
Subject: RE:[CASE {CA}] {SUBJ_TC}

{INFO_A}""", reply=["ackA", "reopA", "infoA"], auth=None, xmailer="Microsoft Outlook 16.0", cte="quoted-printable", crlf=True)

# ---------------------------------------------------------------- 035 certification expiry JP
M("exp", "certification", False, None, ["AWS07715204"], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "AWS 認定の有効期限が近づいています", (2025, 2, 28, 15, 0, 0),
  text="""森本 大地 様

お持ちの AWS Certified Cloud Practitioner は 2025年10月15日に有効期限を迎えます。
認定を維持するには、有効期限までに再認定を完了してください。

AWS 候補 ID: AWS07715204

再認定の方法: https://aws.amazon.com/jp/certification/recertification/

AWS トレーニングと認定
""", html="""<html><body><p>森本 大地 様</p><p>お持ちの <b>AWS Certified Cloud Practitioner</b> は 2025年10月15日に有効期限を迎えます。<br>認定を維持するには、有効期限までに再認定を完了してください。</p><p>AWS 候補 ID: AWS07715204</p><p><a href="https://aws.amazon.com/jp/certification/recertification/">再認定の方法</a></p><p>AWS トレーニングと認定</p></body></html>""",
  dom="certmetrics.com", cte="base64")

# ---------------------------------------------------------------- 036 info request A: write from the address on file (indirect)
M("infoA2", "info_request", True, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 3, 1, 1, 30, 0),
  f"""Dear Mr. Morimoto,

Thank you for the details. They reached us from d-morimoto@hoshizora-sys.co.jp, however, and the contact address on this case is daichi.morimoto.k@gmail.com. For the protection of your record we act only on information sent from the address on file, so the same registration number and answer will need to come from your personal address before I can continue.

Kind regards,
Helen M.
AWS Certification Operations
""", reply=["ackA", "infoA", "repA4"], cte="7bit")

# ---------------------------------------------------------------- 037 user resend from personal, top-post over long history
M("repA5", "user_reply", False, CA, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CA}] {SUBJ_TC}", (2025, 3, 1, 18, 40, 9),
  f"""Hello Helen,

Sending again from my personal address as requested.
Registration number: 371458820, online (OnVUE), 15 October 2022.
I have never used the 50% voucher.

Daichi

On Sat, Mar 1, 2025 at 10:30 AM Amazon Web Services <{TC}> wrote:
{q("Dear Mr. Morimoto,")}
>
{q("Thank you for the details. They reached us from d-morimoto@hoshizora-sys.co.jp, however, and the contact address on this case is daichi.morimoto.k@gmail.com.")}
>
> On Thu, Feb 27, 2025 at 12:15 PM Amazon Web Services <{TC}> wrote:
{q(INFO_A, "> > ")}
""", reply=["ackA", "infoA", "repA4", "infoA2"], auth=None, cte="quoted-printable")

# ---------------------------------------------------------------- 038 AWS free tier
M("ft", "unrelated", False, None, [], ("Amazon Web Services", "no-reply-aws@amazon.com"), ME_P,
  "AWS Free Tier limit alert", (2025, 3, 3, 0, 12, 0),
  """Hello,

Your AWS account 284019357716 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.

Product        Usage limit                    Current usage
AmazonS3       2,000 Put, Copy, Post or List  1,712

To learn more about your Free Tier usage, visit the Billing and Cost Management console.

Amazon Web Services
""", cte="7bit")

# ---------------------------------------------------------------- 039 resolved A (reopen)
M("resA2", "resolved", False, CA, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CA}] {SUBJ_TC}", (2025, 3, 4, 5, 50, 0),
  f"""Dear Mr. Morimoto,

The October 2022 Cloud Practitioner exam is now shown in Exam History on your account, and a new 50% discount voucher has been added under Benefits with the same expiry date as the original one. No further action is required on your part, and this case is now resolved.

Kind regards,
Helen M.
AWS Certification Operations

> In order to locate the missing exam record, we need the Pearson VUE
> registration number of that appointment (a 9-digit number shown in the
> booking confirmation) or, if it is no longer available, the exact exam date
> and whether the exam was taken online or at a test centre.
""", reply=["ackA", "infoA2", "repA5"], cte="7bit")

# ---------------------------------------------------------------- 040 certification benefit
M("ben", "certification", False, None, ["AWS07715204"], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "A new benefit is available in your AWS Certification Account", (2025, 3, 4, 6, 2, 0),
  html="""<html><body style="font-family:Arial"><p>Hello Daichi,</p><p>A new benefit has been added to your AWS Certification Account (AWS07715204): <b>50% discount on your next AWS Certification exam</b>.</p><p>You can find the voucher code under Benefits after signing in. Vouchers are single-use and expire on the date shown.</p><p>AWS Training and Certification</p></body></html>""",
  dom="certmetrics.com")

# ---------------------------------------------------------------- 041 console ack C
CON_NEW = f"""Hello,

We have received your request and opened case {CC}. You can view the details of the case and add correspondence using the link below.

Case ID: {CC}
Subject: Exam voucher not accepted at checkout
Severity: General guidance
Correspondence: I am trying to book DVA-C02 with the 50% voucher that was re-issued after my account merge. The checkout page says the code is invalid.
"""
M("ackC", "acknowledgement", False, CC, [], ("Amazon Web Services", CON), ME_P,
  f"Amazon Web Services: New Support case: {CC}", (2025, 3, 6, 7, 55, 0),
  CON_NEW + CON_FOOTER.format(c=CC), cte="quoted-printable")

# ---------------------------------------------------------------- 042 console info request C
M("infoC", "info_request", True, CC, [], ("Amazon Web Services", CON), ME_P,
  f"RE:[CASE {CC}] Exam voucher not accepted at checkout", (2025, 3, 7, 2, 14, 0),
  f"""Hello,

Thank you for contacting AWS Support.

I checked the voucher on your certification account and it shows as active. Checkout errors of this kind are usually tied to the exam or region selected at booking. Please add a screenshot of the error message and the name of the exam and delivery option you chose as a reply to this case in the Support Center, so that we can reproduce it.

Kind regards,
Marcus T.
Amazon Web Services
""" + CON_FOOTER.format(c=CC), reply="ackC")

# ---------------------------------------------------------------- 043 connpass
M("conn", "unrelated", False, None, [], ("connpass", "no-reply@connpass.com"), ME_P,
  "【connpass】JAWS-UG 東京 #58 の参加登録が完了しました", (2025, 3, 7, 12, 30, 9),
  """森本 大地 さん

以下のイベントへの参加登録が完了しました。

JAWS-UG 東京 #58 認定資格もくもく会
日時: 2025/03/21(金) 19:00〜21:00
会場: 目黒セントラルスクエア
受付票番号: 1048832

キャンセルする場合はイベントページから手続きしてください。
connpass
""", cte="base64")

# ---------------------------------------------------------------- 044 console closing notice C
M("closeC", "closing_notice", True, CC, [], ("Amazon Web Services", CON), ME_P,
  f"RE:[CASE {CC}] Exam voucher not accepted at checkout", (2025, 3, 10, 2, 20, 0),
  f"""Hello,

We haven't heard back from you regarding this case. Please reply in the Support Center if you still need assistance; otherwise this case will be resolved automatically in 3 days. A resolved case can be reopened from the Support Center for up to 14 days.

Amazon Web Services
""" + CON_FOOTER.format(c=CC), reply=["ackC", "infoC"], cte="7bit")

# ---------------------------------------------------------------- 045 user replies by email to console (mistake)
M("repC", "user_reply", False, CC, [], ME_P, ("Amazon Web Services", CON),
  f"Re: RE:[CASE {CC}] Exam voucher not accepted at checkout", (2025, 3, 10, 12, 1, 9),
  f"""Hello Marcus,

The exam is DVA-C02, online proctored. The error says "This voucher is not valid for the selected exam". Screenshot attached in the next mail if needed.

Daichi

On Mon, Mar 10, 2025 at 11:20 AM Amazon Web Services <{CON}> wrote:
> We haven't heard back from you regarding this case. Please reply in the
> Support Center if you still need assistance; otherwise this case will be
> resolved automatically in 3 days.
""", reply=["ackC", "infoC", "closeC"], auth=None, cte="7bit")

# ---------------------------------------------------------------- 046 bounce
M("bounce", "unrelated", False, None, [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)", (2025, 3, 10, 12, 1, 0),
  f"""** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail

----- Original message -----
Subject: Re: RE:[CASE {CC}] Exam voucher not accepted at checkout
From: Daichi Morimoto <daichi.morimoto.k@gmail.com>

Hello Marcus,

The exam is DVA-C02, online proctored. The error says "This voucher is not valid for the selected exam".
""", reply="repC", dom="googlemail.com", cte="7bit", extra=["Auto-Submitted: auto-replied"])

# ---------------------------------------------------------------- 047 resolved C (with survey footer)
M("resC", "resolved", False, CC, [], ("Amazon Web Services", CON), ME_P,
  f"RE:[CASE {CC}] Exam voucher not accepted at checkout", (2025, 3, 12, 4, 40, 0),
  f"""Hello,

Thank you for the screenshot you added in the Support Center. The re-issued voucher had been created for the Foundational exam family by mistake. I have replaced it with a voucher valid for Associate-level exams; the new code is already visible under Benefits and the old one has been withdrawn.

I'm marking this case as resolved.

Kind regards,
Marcus T.
Amazon Web Services
""" + CON_FOOTER.format(c=CC), reply=["ackC", "infoC", "closeC"], cte="quoted-printable")

# ---------------------------------------------------------------- 048 survey C
M("survC", "survey", False, CC, [], ("Amazon Web Services", CON), ME_P,
  f"Tell us about your recent AWS Support experience (Case {CC})", (2025, 3, 13, 4, 45, 0),
  html=f"""<html><body style="font-family:Arial"><p>Hello,</p><p>Your support case <b>{CC}</b> was recently resolved. Would you take a moment to rate your experience?</p>
<table><tr><td><a href="https://support-survey.aws.amazon.com/?case={CC}&s=1">1</a></td><td><a href="https://support-survey.aws.amazon.com/?case={CC}&s=2">2</a></td><td><a href="https://support-survey.aws.amazon.com/?case={CC}&s=3">3</a></td><td><a href="https://support-survey.aws.amazon.com/?case={CC}&s=4">4</a></td><td><a href="https://support-survey.aws.amazon.com/?case={CC}&s=5">5</a></td></tr></table>
<p style="font-size:11px">This email was sent from an address that cannot receive replies.</p></body></html>""")

# ---------------------------------------------------------------- 049 suspicious credly lookalike
M("phish3", "suspicious", False, None, [], ("Credly", "badges@credly-notify.com"), ME_P,
  "Action needed: your AWS badges will be revoked", (2025, 3, 13, 18, 5, 0),
  html="""<html><body style="font-family:Helvetica"><h2>Your badges are at risk</h2>
<p>We detected that your AWS Certification badges were transferred between accounts. To keep them, sign in and confirm your identity within 72 hours.</p>
<p><a href="https://credly-notify.com/login?next=claim">Sign in to Credly</a></p>
<p>Credly Support Team</p></body></html>""", auth="none")

# ---------------------------------------------------------------- 050 user reopens old 2023 case D (JP, ISO-2022-JP)
OLD_D = f"""森本 大地 様

AWS トレーニングと認定 カスタマーサポートの佐藤でございます。
認定証に記載される氏名のローマ字表記を「DAICHI MORIMOTO」に修正いたしました。
本件はこれにて完了とさせていただきます。

AWS トレーニングと認定 カスタマーサポート
佐藤
"""
REP_D1 = """AWS トレーニングと認定 サポート ご担当者様

お世話になっております。森本です。
2023年にこちらのケースで認定証の氏名表記を修正いただきましたが、
先日アカウント統合を行ったところ、統合後のアカウント (AWS07715204) の認定証で
ローマ字表記が以前の「DAITI MORIMOTO」に戻ってしまっています。
お手数ですが、再度ご確認いただけますと幸いです。

森本 大地
"""
M("repD1", "user_reply", False, CD, ["AWS07715204"], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 14, 22, 15, 9),
  REP_D1 + f"""
2023年6月12日(月) 14:02 Amazon Web Services <{TC}>:
{q(OLD_D)}
""", charset="iso-2022-jp", cte="7bit", auth=None, subj_cs="iso-2022-jp")

# ---------------------------------------------------------------- 051 ack E (English, "RE: [CASE" variant)
M("ackE", "acknowledgement", False, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 15, 0, 44, 0),
  text=f"""Hello,

Thank you for contacting Amazon Web Services. Your request has been received and case {CE} has been created for it. Our team aims to reply within 24 hours.

To avoid delays, we ask that you not open another case for this request.

Case ID: {CE}
Inquiry type: Certification
Additional details: Account Merge

AWS Training and Certification
""", html=f"""<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. Your request has been received and case <b>{CE}</b> has been created for it. Our team aims to reply within 24 hours.</p><p>To avoid delays, we ask that you not open another case for this request.</p><table><tr><td>Case ID</td><td>{CE}</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr><tr><td>Additional details</td><td>Account Merge</td></tr></table><p>AWS Training and Certification</p></body></html>""")

# ---------------------------------------------------------------- 052 case_update D (formal JP)
M("updD", "case_update", False, CD, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 15, 10, 3, 9),
  f"""森本 大地 様

平素より AWS トレーニングと認定をご利用いただき、誠にありがとうございます。
カスタマーサポートの佐藤でございます。

ご連絡いただいた内容を拝見し、本ケースを再開いたしました。
現在、認定証の発行を担当する部署へ氏名表記の確認を依頼しております。
進捗がございましたら、改めて本ケースにてご連絡差し上げます。

その他ご不明な点がございましたら、お気軽にお問い合わせくださいませ。

AWS トレーニングと認定 カスタマーサポート
佐藤
""", charset="iso-2022-jp", cte="7bit", reply="repD1")

# ---------------------------------------------------------------- 053 amazon.co.jp shipment
M("amzn", "unrelated", False, None, [], ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の商品を発送しました", (2025, 3, 16, 9, 12, 9),
  html="""<html><body><p>森本 大地 様</p><p>ご注文いただいた商品を発送しました。</p><table border="1"><tr><td>注文番号</td><td>250-4418203-7719024</td></tr><tr><td>商品</td><td>AWS認定 デベロッパー – アソシエイト 問題集</td></tr><tr><td>お届け予定</td><td>3月17日(月)</td></tr></table><p>Amazon.co.jp</p></body></html>""",
  cte="quoted-printable")

# ---------------------------------------------------------------- 054 info request E terse, indirect
M("infoE", "info_request", True, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 17, 3, 8, 0),
  f"""Hello,

Two certification accounts use daichi.morimoto.k@gmail.com as login. Need the candidate ID of each (top right after sign-in) and which one stays.

Tom
AWS Training and Certification
""", cte="7bit", reply="ackE")

# ---------------------------------------------------------------- 055 user reply E (HTML + text)
M("repE1", "user_reply", False, CE, ["AWS07715204", "AWS09120377"], ME_P, ("Amazon Web Services", TC),
  f"Re: RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 17, 20, 30, 9),
  text="""Hi Tom,

AWS07715204 - main account, keep this one
AWS09120377 - created by mistake when I signed in through Partner Central

Thanks,
Daichi

On Mon, Mar 17, 2025 at 12:08 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Two certification accounts use daichi.morimoto.k@gmail.com as login. Need the
> candidate ID of each (top right after sign-in) and which one stays.
""", html="""<div dir="ltr">Hi Tom,<br><br><ul><li>AWS07715204 - main account, keep this one</li><li>AWS09120377 - created by mistake when I signed in through Partner Central</li></ul>Thanks,<br>Daichi</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Mar 17, 2025 at 12:08 PM Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Two certification accounts use daichi.morimoto.k@gmail.com as login. Need the candidate ID of each (top right after sign-in) and which one stays.</blockquote></div>""",
  reply=["ackE", "infoE"], auth=None)

# ---------------------------------------------------------------- on_hold E (maintenance, nothing needed)
M("holdE", "on_hold", False, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 18, 1, 0, 0),
  f"""Hello Daichi,

Quick note on {CE}: merges are paused this week while the certification records system is being migrated, so your request is on hold until the work finishes (expected 21 March). Your IDs are on file and nothing more is needed from you for now. I'll pick it up as soon as merges are running again.

Cheers,
Nguyen
AWS Training and Certification
""", reply=["ackE", "infoE", "repE1"], cte="7bit")

# ---------------------------------------------------------------- 056 info request D (formal JP, Shift_JIS)
M("infoD", "info_request", True, CD, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 18, 11, 20, 9),
  f"""森本 大地 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

担当部署に確認いたしましたところ、アカウント統合の際に、統合元アカウントに登録されていた旧表記の氏名が優先されたことが原因と判明いたしました。

つきましては、認定証に記載をご希望の氏名につきまして、パスポート等の公的身分証明書に記載のローマ字表記(姓・名の順序を含む)をご教示いただけますでしょうか。

お手数をおかけいたしますが、何卒よろしくお願い申し上げます。

AWS トレーニングと認定 カスタマーサポート
佐藤
""", charset="shift_jis", cte="base64", reply=["repD1", "updD"])

# ---------------------------------------------------------------- 057 suspicious JP lookalike
M("phish4", "suspicious", False, None, [], ("AWS トレーニングと認定", "support@aws-training-jp.net"), ME_P,
  "【重要】AWS認定アカウント統合の最終確認(本日中)", (2025, 3, 19, 2, 33, 9),
  html="""<html><body><p>お客様</p><p>AWS認定アカウントの統合手続きが未完了のため、お客様の認定資格は一時停止されています。</p>
<p>本日中に以下のページからサインインし、本人確認を完了してください。完了しない場合、すべての認定資格が失効します。</p>
<p><a href="https://aws-training-jp.net/signin">本人確認ページへ</a></p><p>ケースID: 1742351024</p><p>AWS トレーニングと認定</p></body></html>""",
  auth="none", cte="base64")

# ---------------------------------------------------------------- 058 other vendor awaiting response
M("dd", "unrelated", False, None, [], ("Datadog Support", "support@datadoghq.com"), ME_P,
  "[Datadog Support] Re: Agent not reporting after upgrade [#1823344]", (2025, 3, 20, 15, 2, 0),
  text="""Hi Daichi,

Thanks for the flare. To dig further we need the output of `datadog-agent status` from the affected host and the exact agent version you upgraded from. Could you send those over?

If we don't hear back in 7 days this ticket will be closed automatically.

Best,
Sofia | Datadog Support

##- Please type your reply above this line -##
""", html="""<html><body><p>Hi Daichi,</p><p>Thanks for the flare. To dig further we need the output of <code>datadog-agent status</code> from the affected host and the exact agent version you upgraded from. Could you send those over?</p><p>If we don't hear back in 7 days this ticket will be closed automatically.</p><p>Best,<br>Sofia | Datadog Support</p><p style="color:#aaa">##- Please type your reply above this line -##</p></body></html>""",
  dom="datadoghq.com")

# ---------------------------------------------------------------- 059 closing notice D (JP)
M("closeD", "closing_notice", True, CD, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 21, 10, 0, 9),
  f"""森本 大地 様

AWS トレーニングと認定 カスタマーサポートでございます。

3月18日にお送りしたご連絡につきまして、現時点でご返信を確認できておりません。
3営業日以内にご返信がない場合、本ケースはクローズさせていただきます。
対応の継続をご希望の場合は、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサポート
""", charset="iso-2022-jp", cte="7bit", reply=["repD1", "updD", "infoD"])

# ---------------------------------------------------------------- 060 user reply D JP
M("repD2", "user_reply", False, CD, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 21, 19, 45, 9),
  """佐藤様

ご連絡が遅くなり申し訳ありません。
パスポートの表記は「MORIMOTO DAICHI」(姓・名の順) ですが、
認定証は「DAICHI MORIMOTO」(名・姓の順) で記載いただけますと助かります。

よろしくお願いいたします。
森本 大地

2025年3月21日(金) 19:00 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 森本 大地 様
>
> 3月18日にお送りしたご連絡につきまして、現時点でご返信を確認できておりません。
""", reply=["repD1", "infoD", "closeD"], auth=None, cte="base64")

# ---------------------------------------------------------------- 061 confirmation request E (indirect)
CONF_E = f"""Hello Daichi,

Merges are running again. Before I start yours I want to make sure we agree on direction:

  Keep:  AWS07715204  (login daichi.morimoto.k@gmail.com, SAA, CLF, 1 voucher)
  Merge: AWS09120377  (login daichi.morimoto.k@gmail.com, no certifications)

A merge can't be undone, so I'll wait for a go-ahead from you on exactly this direction before running it.

Cheers,
Nguyen
AWS Training and Certification
"""
M("confE", "confirmation_request", True, CE, ["AWS07715204", "AWS09120377"], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 22, 7, 5, 0), CONF_E, reply=["ackE", "infoE", "repE1", "holdE"], cte="7bit", crlf=True)

# ---------------------------------------------------------------- 062 resolved D (JP formal, conditional)
M("resD", "resolved", False, CD, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CD}] {SUBJ_TC}", (2025, 3, 24, 14, 30, 9),
  f"""森本 大地 様

いつもお世話になっております。AWS トレーニングと認定 カスタマーサポートの佐藤でございます。

ご返信いただきありがとうございました。
統合後のアカウントにおける認定証の氏名表記を「DAICHI MORIMOTO」に修正いたしました。
再発行された認定証は、認定アカウントの「認定」ページよりダウンロードいただけます。

ご不明な点がございましたら、本メールにご返信くださいませ。

AWS トレーニングと認定 カスタマーサポート
佐藤

-----Original Message-----
From: 森本 大地 <daichi.morimoto.k@gmail.com>
Sent: Friday, March 21, 2025 7:45 PM
Subject: Re: RE:[CASE {CD}] {SUBJ_TC}

パスポートの表記は「MORIMOTO DAICHI」(姓・名の順) ですが、
認定証は「DAICHI MORIMOTO」(名・姓の順) で記載いただけますと助かります。

-----Original Message-----
From: {TC}
Sent: Tuesday, March 18, 2025 11:20 AM

つきましては、認定証に記載をご希望の氏名につきまして、パスポート等の公的身分証明書に記載のローマ字表記(姓・名の順序を含む)をご教示いただけますでしょうか。
""", charset="utf-8", cte="quoted-printable", reply=["repD1", "infoD", "closeD", "repD2"])

# ---------------------------------------------------------------- 064 closing notice E (closed, reply reopens)
M("closeE", "closing_notice", True, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 27, 7, 10, 0),
  f"""Hello,

Case {CE} has been closed because we did not receive the confirmation we asked for on 22 March. Nothing has been changed on your accounts.

The case is not lost: please reply to this email within 14 days and it will be reopened where we left off.

AWS Training and Certification

---- Previous message ----
{CONF_E}""", reply=["ackE", "infoE", "repE1", "confE"], cte="quoted-printable")

# ---------------------------------------------------------------- 065 user confirms E
M("repE2", "user_reply", False, CE, ["AWS09120377", "AWS07715204"], ME_P, ("Amazon Web Services", TC),
  f"Re: RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 27, 21, 20, 9),
  f"""Sorry, I was travelling last week. Yes, go ahead: merge AWS09120377 into AWS07715204.

Daichi

On Thu, Mar 27, 2025 at 4:10 PM Amazon Web Services <{TC}> wrote:
{q("Case " + CE + " has been closed because we did not receive the confirmation we asked for on 22 March.")}
>
{q(CONF_E)}
""", reply=["ackE", "confE", "closeE"], auth=None, cte="7bit")

# ---------------------------------------------------------------- 066 ack G (JP template, ISO-2022-JP)
M("ackG", "acknowledgement", False, CG, ["AWS03365810", "AWS07715204"], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 3, 28, 0, 5, 9),
  f"""お客様

アマゾン ウェブ サービスにお問い合わせいただきありがとうございます。
ケース {CG} にてお問い合わせを承りました。担当者より通常24時間以内にご連絡いたします。

同一のご依頼で別のケースを作成されますと、対応が遅れる原因となりますのでご注意ください。

ケース ID: {CG}
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 学生時代に作成した認定アカウント (AWS03365810, daichi.m.univ@yahoo.co.jp) を AWS07715204 に統合したいです。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")

# ---------------------------------------------------------------- info request G (casual JP, indirect)
M("infoG", "info_request", True, CG, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 3, 28, 16, 40, 9),
  f"""森本さん

はじめまして、AWS トレーニングと認定サポートの木村です!
統合のお手続き、こちらで進めていきますね。

ひとつだけ先に確認させてください。統合元の yahoo のアドレス (daichi.m.univ@yahoo.co.jp) で、いまもメールを受け取れる状態かどうか、それと統合元アカウントにまだサインインできるかどうかを教えてもらえると助かります。

木村
AWS トレーニングと認定 サポート
""", reply="ackG", cte="8bit")

M("repG1", "user_reply", False, CG, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CG}] {SUBJ_TC}", (2025, 3, 28, 23, 2, 9),
  """木村さん

ご連絡ありがとうございます。
yahoo のアドレスは今も受信できます。統合元アカウントにもサインインできました(試験履歴が2件残っています)。

森本

2025年3月28日(金) 16:40 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> ひとつだけ先に確認させてください。統合元の yahoo のアドレス (daichi.m.univ@yahoo.co.jp) で、
> いまもメールを受け取れる状態かどうか、それと統合元アカウントにまだサインインできるかどうかを
> 教えてもらえると助かります。
""", charset="utf-8", cte="base64", reply=["ackG", "infoG"], auth=None)

# ---------------------------------------------------------------- 067 case_update E (queued, busy)
M("updE", "case_update", False, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 3, 28, 16, 40, 0),
  f"""Hello Daichi,

Thanks - your case is open again and the merge is in the queue with the direction you gave. We have a big backlog at the moment, so it may take several days. Nothing else needed from you; I'll write once it's done.

Cheers,
Nguyen
AWS Training and Certification
""", reply=["ackE", "confE", "closeE", "repE2"], cte="7bit")

# ---------------------------------------------------------------- 068 on_hold G (casual JP, partner, nothing needed)
HOLD_G = f"""森本さん

こんにちは、AWS トレーニングと認定サポートの木村です!
お問い合わせありがとうございます。

お返事ありがとうございました!確認してみたところ、統合元のアカウント (AWS03365810) が、以前ご在籍だった会社の AWS パートナー組織にまだ紐づいたままになっていました。パートナー側で紐づけを外してもらわないと統合できないので、いったんケースを保留にして、こちらからパートナー担当チーム経由で先方に連絡しておきますね。

森本さんの方で何かしていただく必要は今のところありません。動きがあったらまたご連絡します!

木村
AWS トレーニングと認定 サポート
"""
M("holdG", "on_hold", False, CG, ["AWS03365810"], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 3, 29, 11, 15, 9), text=HOLD_G,
  html="<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in HOLD_G.split("\n\n")) + "</body></html>",
  reply=["ackG", "infoG", "repG1"], cte="base64")

# ---------------------------------------------------------------- 069 Credly badge (legacy acclaim sender) – reissue after merge E
credly("cr3", "AWS Certified Solutions Architect – Associate", (2025, 4, 1, 22, 0, 0), frm=("Credly (formerly Acclaim)", "admin@youracclaim.com"))

# ---------------------------------------------------------------- 070 resolved E quoting confirmation
M("resE", "resolved", False, CE, [], ("Amazon Web Services", TC), ME_P,
  f"RE: [CASE {CE}] {SUBJ_TC}", (2025, 4, 2, 1, 30, 0),
  text=f"""Hello Daichi,

Done - the two accounts are now one. Everything lives on the account you asked to keep, and Credly should show your badges again within 48 hours. Sorry it took a while; the queue was long.

Cheers,
Nguyen
AWS Training and Certification

On Sat, Mar 22, 2025, Nguyen wrote:
{q(CONF_E)}
""", html=f"""<html><body><p>Hello Daichi,</p><p>Done - the two accounts are now one. Everything lives on the account you asked to keep, and Credly should show your badges again within 48 hours. Sorry it took a while; the queue was long.</p><p>Cheers,<br>Nguyen<br>AWS Training and Certification</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">{CONF_E.replace(chr(10), '<br>')}</blockquote></body></html>""",
  reply=["ackE", "confE", "repE2", "updE"])

# ---------------------------------------------------------------- 071 case_update G (hold lifted)
M("liftG", "case_update", False, CG, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 4, 3, 9, 2, 9),
  f"""森本さん

木村です。パートナー側で紐づけを外してもらえたので、保留は解除になりました!
このあと統合の担当から確認のメールが届くと思うので、もう少しだけお待ちくださいね。

木村
AWS トレーニングと認定 サポート

> 森本さんの方で何かしていただく必要は今のところありません。動きがあったらまたご連絡します!
""", reply=["ackG", "holdG"], cte="8bit")

# ---------------------------------------------------------------- 072 exam result certification
M("result", "certification", False, None, ["AWS07715204"], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certification exam results are available", (2025, 4, 3, 13, 0, 0),
  html="""<html><body style="font-family:Arial"><p>Hello Daichi Morimoto,</p><p>Congratulations! You have successfully completed the <b>AWS Certified Developer - Associate</b> exam and you are now AWS Certified.</p>
<table><tr><td>Candidate ID</td><td>AWS07715204</td></tr><tr><td>Exam</td><td>DVA-C02</td></tr><tr><td>Result</td><td>PASS (812)</td></tr></table>
<p>Your digital badge will be sent by Credly within 5 business days. You can view your score report in your AWS Certification Account.</p><p>AWS Training and Certification</p></body></html>""",
  dom="certmetrics.com", cte="base64")

# ---------------------------------------------------------------- 073 survey E (Japanese survey)
M("survE", "survey", False, CE, [], ("Amazon Web Services", TC), ME_P,
  f"サポートに関するアンケートのお願い [CASE {CE}]", (2025, 4, 4, 2, 0, 9),
  f"""お客様

先日はケース {CE} にてお問い合わせいただき、ありがとうございました。
今後のサービス向上のため、以下のアンケートへのご協力をお願いいたします(所要時間 約2分)。

https://feedback.aws.training/ja/s?c={CE}

本メールは送信専用アドレスからお送りしています。

AWS トレーニングと認定
""", cte="base64")

# ---------------------------------------------------------------- 074 confirmation request G (formal JP, Shift_JIS, HTML)
CONF_G = f"""<html><body style="font-family:'MS PGothic',sans-serif">
<p>森本 大地 様</p>
<p>いつもお世話になっております。AWS トレーニングと認定 アカウントサービスの佐藤でございます。</p>
<p>お問い合わせいただいたアカウント統合につきまして、下記の内容で統合の準備が整いました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>アカウント #1 (統合先)</th><th>アカウント #2 (統合元)</th></tr>
<tr><td>候補 ID</td><td>AWS07715204</td><td>AWS03365810</td></tr>
<tr><td>ログイン E メール</td><td>daichi.morimoto.k@gmail.com</td><td>daichi.m.univ@yahoo.co.jp</td></tr>
<tr><td>認定通知 E メール</td><td>daichi.morimoto.k@gmail.com</td><td>daichi.m.univ@yahoo.co.jp</td></tr>
</table>
<p>両アカウントが森本様ご本人のものであること、ならびにアカウント #1 へ統合することについて、ご確認のうえ、ご承認のほどよろしくお願いいたします。ご承認を確認次第、統合作業を実施いたします。</p>
<p>何卒よろしくお願い申し上げます。</p>
<p>AWS トレーニングと認定 アカウントサービス<br>佐藤</p>
</body></html>"""
M("confG", "confirmation_request", True, CG, ["AWS07715204", "AWS03365810"], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 4, 4, 10, 30, 9), html=CONF_G, charset="shift_jis", cte="quoted-printable",
  reply=["ackG", "holdG", "liftG"])

# ---------------------------------------------------------------- 075 user confirms G (JP)
M("repG", "user_reply", False, CG, [], ME_P, ("Amazon Web Services", TC),
  f"Re: RE:[CASE {CG}] {SUBJ_TC}", (2025, 4, 4, 12, 5, 9),
  """佐藤様

ご確認ありがとうございます。
記載の2アカウントはいずれも私のものです。アカウント #1 への統合をお願いいたします。

森本 大地

2025年4月4日(金) 10:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 両アカウントが森本様ご本人のものであること、ならびにアカウント #1 へ統合することについて、
> ご確認のうえ、ご承認のほどよろしくお願いいたします。
""", charset="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp", reply=["ackG", "confG"], auth=None)

# ---------------------------------------------------------------- 076 suspicious Pearson lookalike
M("phish5", "suspicious", False, None, [], ("Pearson VUE", "noreply@pearsonvue-candidate.com"), ME_P,
  "Your exam appointment has been cancelled - immediate action required", (2025, 4, 5, 4, 44, 0),
  html="""<html><body><p>Dear Candidate,</p><p>Your upcoming AWS Certification appointment has been cancelled due to a payment verification issue. To keep your slot, re-enter your card details within 12 hours.</p><p><a href="https://pearsonvue-candidate.com/reinstate">Reinstate my appointment</a></p><p>Pearson VUE Candidate Services</p></body></html>""",
  auth="none")

# ---------------------------------------------------------------- 077 resolved G (casual JP) with survey footer
M("resG", "resolved", False, CG, [], ("Amazon Web Services", TC), ME_P,
  f"RE:[CASE {CG}] {SUBJ_TC}", (2025, 4, 5, 15, 20, 9),
  f"""森本さん

木村です!統合が終わりました 🎉
学生時代のアカウントの試験履歴も、いま使っているアカウントに全部まとまっています。
念のためサインインして「試験履歴」を見てみてくださいね。おかしなところがあれば、このメールに返信してもらえればすぐ見ます。

木村
AWS トレーニングと認定 サポート

――――――――――
サポートの品質向上のため、よろしければアンケートにもご協力ください: https://feedback.aws.training/ja/s?c={CG}
""", reply=["ackG", "confG", "repG"], cte="base64")

# ---------------------------------------------------------------- 078 Credly badge for new exam
credly("cr4", "AWS Certified Developer – Associate", (2025, 4, 7, 3, 10, 0))


def main():
    for n, data, label in msgs:
        with open(os.path.join(OUT, f"{n:03d}-msg.eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, f"{n:03d}-msg.json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False)
            f.write("\n")
    c = collections.Counter(l["kind"] for _, _, l in msgs)
    for k in sorted(c):
        print(f"{k:22s} {c[k]}")
    print(f"{'total':22s} {len(msgs)}")
    print(f"{'needs_reply=true':22s} {sum(l['needs_reply'] for _, _, l in msgs)}")


if __name__ == "__main__":
    main()
