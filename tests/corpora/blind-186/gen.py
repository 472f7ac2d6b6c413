#!/usr/bin/env python3
"""Blind corpus generator: writes NNN-msg.eml / NNN-msg.json next to this script."""
import os, json, hashlib, email.policy
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email import charset as CS
from collections import Counter
OUT = os.path.dirname(os.path.abspath(__file__))
ME_P, ME_C = "kenji.morimoto.k@gmail.com", "k-morimoto@tsubame-sol.co.jp"
MEP = "Kenji Morimoto <%s>" % ME_P
MEC = "Morimoto Kenji <%s>" % ME_C
TC = "aws-cs-trainingcertification-form@amazon.com"
A, B, C, D, E = "174102938811604", "14327785091", "9918273645", "14327790112", "174185512609337"
FORM = "[AWS Training and Certification Form Submission] - account-assistance"
GOOD = "mx.google.com;\r\n       dkim=pass header.i=@%s header.s=s1 header.b=Qx3f9aLm;\r\n       spf=pass (google.com: domain of bounces@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
qp = CS.Charset("utf-8"); qp.body_encoding = CS.QP
sj = CS.Charset("shift_jis"); sj.body_encoding = CS.BASE64; sj.output_charset = sj.output_codec = "shift_jis"
msgs = []; ids = {}; chain = {}

def mk(kind, need, case, cids, frm, to, subj, body, day, hh="10:12", html=None, cs="utf-8",
       ref=None, auth="ok", crlf=False, extra=None, mid=None, cc=None, txt=None):
    n = len(msgs) + 1
    body = txt if txt is not None else body
    def part(text, sub):
        if cs == "qp": return MIMEText(text, sub, qp)
        if cs == "shift_jis": return MIMEText(text, sub, sj)
        return MIMEText(text, sub, cs)
    if html is not None and body is not None:
        m = MIMEMultipart("alternative"); m.attach(part(body, "plain")); m.attach(part(html, "html"))
    elif html is not None: m = part(html, "html")
    else: m = part(body, "plain")
    dom = frm.split("@")[1].rstrip(">")
    m["Return-Path"] = "<bounce-%d@%s>" % (n, dom)
    if auth == "ok" and ME_P in to: m["Authentication-Results"] = GOOD % (dom, dom, dom, dom)
    elif auth and auth != "ok": m["Authentication-Results"] = auth
    h = hashlib.sha1(("%d%s%s" % (n, subj, day)).encode()).hexdigest()
    m["Message-ID"] = mid or ("<%s.%s@%s>" % (h[:16], h[16:24], "mail.gmail.com" if dom == "gmail.com" else dom))
    ids[n] = m["Message-ID"]
    m["Date"] = "%s %s:%02d +%s" % (day, hh, (n * 13) % 60, "0900" if dom.endswith((".jp", "gmail.com")) else "0000")
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    cset = "iso-2022-jp" if cs in ("iso-2022-jp", "shift_jis") else "utf-8"
    m["Subject"] = Header(subj, cset).encode() if any(ord(c) > 127 for c in subj) else subj
    if ref:
        chain[n] = chain.get(ref, []) + [ids[ref]]
        m["In-Reply-To"] = ids[ref]; m["References"] = " ".join(chain[n])
    for k, v in (extra or {}).items(): m[k] = v
    for h in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        v = m[h]; del m[h]
        if v: m[h] = v
    for p in m.get_payload() if m.is_multipart() else []: del p["MIME-Version"]
    pol = email.policy.SMTP if crlf else email.policy.compat32
    data = m.as_bytes(policy=pol) if crlf else m.as_bytes()
    open(os.path.join(OUT, "%03d-msg.eml" % n), "wb").write(data)
    json.dump({"kind": kind, "needs_reply": need, "case": case, "candidate_ids": cids},
              open(os.path.join(OUT, "%03d-msg.json" % n), "w"), ensure_ascii=False)
    msgs.append(kind)

def q(text, who="", style="gt"):
    if style == "gt": return "\n".join(("> " + l) if l else ">" for l in text.splitlines())
    return text

SIG_TC = "\n\nBest regards,\n%s\nAWS Training and Certification Customer Service\n"
NOREPLY = "\n\nPlease do not reply to this message: this address cannot accept incoming e-mails. To respond, visit https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n"

# 1 former employer HR, Japanese, asks things (not AWS)
mk("unrelated", False, None, [], "人事部 退職手続き担当 <hr-offboarding@tsubame-sol.co.jp>", MEC,
   "【ご確認のお願い】退職手続きに関する書類の返送について", """森本 健二 様

お疲れさまです。人事部の佐伯です。
3月31日付のご退職に伴い、以下の点についてご確認をお願いいたします。

1. 退職後の郵送先住所(源泉徴収票・離職票の送付先)
2. 健康保険証の返却予定日
3. 貸与PC(資産番号 TS-NB-04412)の返却方法(来社/宅配)

3月14日(金)までに本メールへご返信いただけますでしょうか。
よろしくお願いいたします。

人事部 佐伯 真由美
""", "Mon, 03 Mar 2025", "09:02", cs="iso-2022-jp", auth=None)
# 2 certification expiry notice
mk("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_C,
   "Your AWS Certified Solutions Architect - Associate expires in 90 days",
   None, "Mon, 03 Mar 2025", "11:40", auth=None, html="""<html><body style="font-family:Arial">
<p>Hello Kenji,</p><p>Your <b>AWS Certified Solutions Architect &ndash; Associate</b> certification will expire on <b>June 2, 2025</b>.</p>
<p>To keep your credential active, pass the current version of the exam or a higher-level exam before the expiration date. Your 50% discount benefit can be found under <i>Benefits</i> in your AWS Certification Account.</p>
<table border="1" cellpadding="4"><tr><th>Candidate ID</th><td>AWS02231764</td></tr><tr><th>Certification</th><td>SAA-C03</td></tr></table>
<p>AWS Training and Certification</p></body></html>""")
# 3 owner forwards cert info from company to personal address
mk("user_reply", False, None, ["AWS02231764"], MEC, MEP, "Fwd: Your AWS Certified Solutions Architect - Associate expires in 90 days",
   """自分用メモ: 会社アカウントの候補ID AWS02231764。個人側に移す前に控えておく。
バウチャー(50%)はまだ未使用。

---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Mon, Mar 3, 2025 at 8:40 PM
Subject: Your AWS Certified Solutions Architect - Associate expires in 90 days
To: <k-morimoto@tsubame-sol.co.jp>

Hello Kenji,
Your AWS Certified Solutions Architect - Associate certification will expire on June 2, 2025.
""", "Mon, 03 Mar 2025", "21:05", ref=2, auth=None)
# 4 ack A
mk("acknowledgement", False, A, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] %s" % (A, FORM),
   """Hello,

Thanks for reaching out to AWS Training and Certification. Your request has been logged under case %s.

Case summary:
  Inquiry type: Certification
  Additional detail: Account Merge
  Submitted by: %s

A member of our team will get back to you, in most cases within one business day. To avoid delays, please keep all correspondence about this request in this case rather than submitting the form again.

AWS Training and Certification Customer Service
""" % (A, ME_P), "Mon, 03 Mar 2025", "21:31")
# 5 AWS Educate form case asking something -> unrelated
mk("unrelated", False, None, [], "AWS Educate Support <aws-cs-educate-form@amazon.com>", ME_P,
   "RE:[CASE 174103311290045] [AWS Educate Form Submission] - account-access",
   """Hi Kenji,

Thank you for writing to AWS Educate. To restore access to your Educate learner profile we need to verify the school e-mail address you originally registered with.

Could you reply with:
 - the institution name
 - the approximate date you joined AWS Educate

Once we have this we can re-link your profile.

Regards,
Priya
AWS Educate Support
""", "Tue, 04 Mar 2025", "02:17")
# 6 phishing lookalike demanding reply
mk("suspicious", False, None, ["AWS02231764"], "AWS Certification Support <support@amazon-certsupport.com>", ME_C,
   "URGENT: Certification account suspension - action required within 24h",
   """Dear Candidate,

Our records show irregular activity on your AWS Certification account (Candidate ID AWS02231764).
Your certifications will be REVOKED unless you reply to this email within 24 hours with your sign-in email, password and date of birth so our team can verify ownership.

AWS Certification Compliance Team
amazon-certsupport.com
""", "Tue, 04 Mar 2025", "05:44", auth=None)
# 7 confirmation request A, HTML only
mk("confirmation_request", True, A, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] %s" % (A, FORM),
   None, "Tue, 04 Mar 2025", "08:03", ref=4, cs="qp", html="""<html><body><div style="font-family:Amazon Ember,Arial;font-size:14px">
<p>Hello Kenji,</p>
<p>Thank you for your patience. While reviewing your request I located the two certification accounts below.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Login email</td><td>kenji.morimoto.k@gmail.com</td><td>k-morimoto@tsubame-sol.co.jp</td></tr>
<tr><td>Training notification email</td><td>kenji.morimoto.k@gmail.com</td><td>k-morimoto@tsubame-sol.co.jp</td></tr>
<tr><td>Certification notification email</td><td>kenji.morimoto.k@gmail.com</td><td>k-morimoto@tsubame-sol.co.jp</td></tr>
</table>
<p>Before anything is changed I'd like to be sure both accounts belong to you. Once merged, the exam history, certifications and benefits of Account #2 will be moved to Account #1, and Account #2 will no longer be available for sign-in.</p>
<p>Are you happy for us to go ahead and merge everything into Account #1?</p>
<p>Kind regards,<br>Tomasz W.<br>AWS Training and Certification Customer Service</p></div></body></html>""")
# 8 recruiter
mk("unrelated", False, None, [], "Aya Kurosawa <a.kurosawa@bridgetalent.jp>", ME_P, "Cloud Architect positions - quick question",
   """Hi Kenji,

I came across your profile and think you might be a good fit for a Senior Cloud Architect role with one of our clients in Tokyo.
Would you be open to a 20-minute call this week? Also, could you let me know which AWS certifications you currently hold and your expected salary range?

Best,
Aya Kurosawa
Bridge Talent Partners
""", "Tue, 04 Mar 2025", "10:30", auth="mx.google.com;\r\n       dkim=pass header.i=@bridgetalent.jp;\r\n       spf=pass smtp.mailfrom=bridgetalent.jp;\r\n       dmarc=pass (p=NONE) header.from=bridgetalent.jp")
# 9 user reply A
mk("user_reply", False, A, [], MEP, "AWS Training and Certification <%s>" % TC, "RE:[CASE %s] %s" % (A, FORM),
   """Hello Tomasz,

Yes, both accounts are mine. Confirmed - please merge into Account #1 (kenji.morimoto.k@gmail.com).

Thank you,
Kenji Morimoto

On Tue, Mar 4, 2025 at 5:03 PM AWS Training and Certification <%s> wrote:
> Hello Kenji,
> Thank you for your patience. While reviewing your request I located the two certification accounts below.
> Account #1 Login email kenji.morimoto.k@gmail.com
> Account #2 Login email k-morimoto@tsubame-sol.co.jp
> Are you happy for us to go ahead and merge everything into Account #1?
""" % TC, "Tue, 04 Mar 2025", "18:22", ref=7, auth=None)
# 10 Pearson VUE support ticket asking details
mk("unrelated", False, None, [], "Pearson VUE Customer Service <pearsonvuecustomerservice@pearson.com>", ME_P,
   "Pearson VUE Case 05881923 - Request for additional information",
   """Dear Kenji Morimoto,

Thank you for contacting Pearson VUE regarding your online-proctored exam on 27 February.
Registration ID: 482917365

To investigate the check-in issue you reported, please respond with:
  1. The operating system and browser version you used
  2. A screenshot of the error shown by the OnVUE application

If we do not hear from you within 5 business days this case will be closed automatically.

Sincerely,
Pearson VUE Customer Service
""", "Wed, 05 Mar 2025", "00:51", auth=GOOD.replace("%s", "pearson.com", 4) if False else "mx.google.com;\r\n       dkim=pass header.i=@pearson.com;\r\n       spf=pass smtp.mailfrom=pearson.com;\r\n       dmarc=pass (p=REJECT) header.from=pearson.com")
# 11 resolved A quoting old request
mk("resolved", False, A, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] %s" % (A, FORM),
   """Hi Kenji,

Good news: I have merged the accounts. Everything from Account #2 (exam history, certifications and your 50%% discount benefit) now sits under Account #1, which you sign in to with kenji.morimoto.k@gmail.com. Your Credly badges may take up to 48 hours to reappear.

Nothing else is needed from you.

Kind regards,
Tomasz W.
AWS Training and Certification Customer Service

-----Original Message-----
From: Kenji Morimoto <%s>
Sent: Tuesday, March 4, 2025 9:22 AM
Subject: RE:[CASE %s] %s

Yes, both accounts are mine. Confirmed - please merge into Account #1.

-----Original Message-----
From: AWS Training and Certification
Are you happy for us to go ahead and merge everything into Account #1? Please confirm that both listed accounts belong to you.
""" % (ME_P, A, FORM), "Wed, 05 Mar 2025", "02:10", ref=9)
# 12 Credly badge
mk("badge", False, None, [], "Credly <admin@credly.com>", ME_P, "Your AWS badges are ready to share",
   None, "Wed, 05 Mar 2025", "02:48", html="""<html><body><p>Hi Kenji,</p>
<p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect &ndash; Associate</b>.</p>
<p><a href="https://www.credly.com/earner/earned/badge/6a1f0b2e-93d4-4c1e-9a77-2f0c5e81d0b3">Accept your badge</a></p>
<p>Share it on LinkedIn and let your network know.</p><p>The Credly Team</p></body></html>""", txt="Hi Kenji,\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.\nAccept: https://www.credly.com/earner/earned/badge/6a1f0b2e-93d4-4c1e-9a77-2f0c5e81d0b3\n")
# 13 survey A
mk("survey", False, A, [], "AWS Training and Certification <%s>" % TC, ME_P, "How did we do? Case %s" % A,
   """Hello,

Your recent case %s with AWS Training and Certification has been marked resolved.
We'd love to hear about your experience. The survey takes about a minute:
https://survey.aws.training/s/csat?case=%s

Your answers help us improve. You don't need to reply to this e-mail.
""" % (A, A), "Thu, 06 Mar 2025", "03:00")
# 14 GitHub merged
mk("unrelated", False, None, [], "Daichi Ono <notifications@github.com>", ME_P, "Re: [kmorimoto/cdk-playground] Merge account helper scripts (PR #42)",
   "Merged #42 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kmorimoto/cdk-playground/pull/42#event-1622093\nYou are receiving this because you authored the thread.\n",
   "Thu, 06 Mar 2025", "07:19", extra={"List-ID": "kmorimoto/cdk-playground <cdk-playground.kmorimoto.github.com>"})
# 15 ack B in Japanese, ISO-2022-JP, to company address
mk("acknowledgement", False, B, [], "AWS Training and Certification <%s>" % TC, ME_C, "RE: [CASE %s] %s" % (B, FORM),
   """AWS トレーニングと認定へのお問い合わせありがとうございます。

ケース %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。
同じ内容でケースを重複して作成されますと対応が遅れる場合がございますので、追加のご連絡は本メールへのご返信でお願いいたします。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合

AWS トレーニングと認定 カスタマーサービス
""" % B, "Fri, 07 Mar 2025", "01:05", cs="iso-2022-jp", auth=None)
# 16 former employer IT asking for details
mk("unrelated", False, None, [], "IT Service Desk <servicedesk@tsubame-sol.co.jp>", MEC, "[INC0048821] Mailbox deactivation - please confirm forwarding address",
   """Hello Morimoto-san,

Your mailbox k-morimoto@tsubame-sol.co.jp is scheduled for deactivation on 31 March 2025 at 18:00 JST.
We need you to confirm two things by replying to this ticket:
 - Should an auto-reply be set after deactivation (yes/no)?
 - Which colleague will take over the shared calendar "Infra-OnCall"?

Thank you,
Ryo Hattori / IT Service Desk
""", "Fri, 07 Mar 2025", "10:44", auth=None)
# 17 duplicate case D ack (owner resubmitted form)
mk("acknowledgement", False, D, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] %s" % (D, FORM),
   """Hello,

We have opened case %s for your request. The details of your case:

  Inquiry type: Certification / Account Merge
  Contact email: %s

We typically reply within 24 hours. If a case has already been opened for this request, please do not open another one.

AWS Training and Certification
""" % (D, ME_P), "Fri, 07 Mar 2025", "11:20")
# 18 info request B: write from destination address; to company address
mk("info_request", True, B, ["AWS02231764", "AWS07718254"], "AWS Training and Certification <%s>" % TC, ME_C, "RE: [CASE %s] %s" % (B, FORM),
   """Hello Kenji,

My name is Lucia and I'll be handling your request to combine the certification accounts AWS02231764 and AWS07718254.

For security reasons a merge can only be authorized by the owner of the account that will remain. Because this case was raised from k-morimoto@tsubame-sol.co.jp, we need you to send a reply to this case from the mailbox of the destination account. Kindly keep the case number in the subject line so it reaches me.

Thanks,
Lucia
AWS Training and Certification Customer Service
""", "Fri, 07 Mar 2025", "14:02", ref=15, auth=None)
# 19 case update D: duplicate closed
mk("case_update", False, D, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] %s" % (D, FORM),
   """Hi Kenji,

This request is already being handled under case %s, so I've closed this case (%s) as a duplicate and added a note to the original. You will continue to hear from us on %s.

Thanks,
Haruto
AWS Training and Certification
""" % (B, D, B), "Fri, 07 Mar 2025", "16:30", ref=17)
# 20 user reply B from personal address
mk("user_reply", False, B, ["AWS07718254", "AWS02231764"], MEP, "AWS Training and Certification <%s>" % TC, "RE: [CASE %s] %s" % (B, FORM),
   """Hi Lucia,

I'm writing from my personal address as requested. Please keep the account registered to kenji.morimoto.k@gmail.com (AWS07718254) and merge AWS02231764 into it.
Sorry also for opening a second case by mistake.

Best regards,
Kenji

-----Original Message-----
From: AWS Training and Certification <%s>
Sent: Friday, March 7, 2025 11:02 PM
To: k-morimoto@tsubame-sol.co.jp
Subject: RE: [CASE %s] %s

Because this case was raised from k-morimoto@tsubame-sol.co.jp, we need you to send a reply to this case from the mailbox of the destination account.
""" % (TC, B, FORM), "Sat, 08 Mar 2025", "09:15", ref=18, auth=None)
# 21 AWS Activate form case
mk("unrelated", False, None, [], "AWS Activate <aws-cs-activate-form@amazon.com>", ME_P,
   "RE:[CASE 174139876500212] [AWS Activate Form Submission] - credits-application",
   None, "Sat, 08 Mar 2025", "23:40", html="""<html><body><p>Hello Kenji,</p>
<p>Thank you for applying to AWS Activate Founders. We were unable to verify the company website listed in your application.</p>
<p><b>Please reply with</b> a link to your company's public website or LinkedIn page and the AWS account ID (12 digits) that should receive the credits, e.g. [AWS ID 123456789012].</p>
<p>Regards,<br>AWS Activate Team</p></body></html>""")
# 22 on hold B (APN)
mk("on_hold", False, B, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """Hello Kenji,

Thank you for writing from your personal address.

While preparing the merge I found that the account AWS02231764 is linked to an AWS Partner Network organization (Tsubame Solutions K.K.). Certifications attached to a partner organization cannot be moved until the partner's alliance lead removes the association in AWS Partner Central. I have contacted the partner team and asked them to release the link.

Your case is on hold until they respond. There is nothing you need to do at this point; I'll update you here as soon as the association has been removed.

Regards,
Lucia
AWS Training and Certification Customer Service
""", "Mon, 10 Mar 2025", "03:22", ref=20)
# 23 colleague
mk("unrelated", False, None, [], "Shota Ishii <s-ishii@tsubame-sol.co.jp>", MEC, "Re: 引き継ぎ資料について",
   """森本さん

引き継ぎ資料ありがとうございます。
VPC設計のページで、Transit Gateway のルートテーブルが2つあるのはなぜでしょうか?
お時間あるときに教えてください。あと、APNのパートナーセントラルの管理者は誰に引き継げばいいですか?

石井

> 石井さん
> 引き継ぎ資料を共有フォルダに置きました。
> 森本
""", "Mon, 10 Mar 2025", "11:05", cs="iso-2022-jp", auth=None)
# 24 re:Invent registration support
mk("unrelated", False, None, [], "AWS re:Invent Registration <aws-cs-reinvent-form@amazon.com>", ME_P,
   "RE:[CASE 174162200431558] [AWS re:Invent Registration Form Submission] - name-change",
   """Hello Kenji,

We received your request to change the company name printed on your re:Invent attendee badge.
Please confirm the exact company name you would like printed, and whether the badge should still show "Tsubame Solutions" until you start your new role. Reply to this message and we will update the registration.

Thank you,
re:Invent Registration Team
""", "Tue, 11 Mar 2025", "01:12")
# 25 case update B: hold lifted
mk("case_update", False, B, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """Hi Kenji,

A quick update: the partner team confirmed today that the association between AWS02231764 and the APN organization has been removed. The hold is lifted and I've resumed work on the merge. I'll write again once I have the details ready for you to review.

Lucia
""", "Wed, 12 Mar 2025", "06:48", ref=22)
# 26 AWS billing
mk("unrelated", False, None, [], "Amazon Web Services <aws-billing@amazon.com>", ME_P, "Amazon Web Services Billing Statement Available [Account: 480219377651]",
   """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 3.87

You can see a complete break down of all charges on the Billing page: https://console.aws.amazon.com/billing/home#/bills
""", "Wed, 12 Mar 2025", "09:00")
# 27 confirmation request B, Japanese keigo, Shift_JIS-ish encoding
mk("confirmation_request", True, B, ["AWS07718254", "AWS02231764"], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """森本 健二 様

お待たせいたしました。統合の準備が整いましたので、以下の内容をご確認ください。

■統合先(残すアカウント)
  候補ID: AWS07718254
  ログインメールアドレス: kenji.morimoto.k@gmail.com
■統合元(統合後に無効化されるアカウント)
  候補ID: AWS02231764
  ログインメールアドレス: k-morimoto@tsubame-sol.co.jp

上記の2つのアカウントがいずれもご本人様のものであること、また統合先のアカウントに誤りがないことをご確認のうえ、本メールにご返信いただけますでしょうか。
ご確認のほどよろしくお願いいたします。

AWS トレーニングと認定 カスタマーサービス
Lucia
""", "Thu, 13 Mar 2025", "02:30", ref=25, cs="shift_jis")
# 28 phishing: dmarc fail on amazon.com
mk("suspicious", False, None, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """Hello Kenji,

To finalize the merge we must re-verify your identity. Sign in through the secure link below within 12 hours, otherwise your certifications will be lost:

https://aws-training-verify.support-case.top/login?case=%s

AWS Training and Certification
""" % B, "Thu, 13 Mar 2025", "07:51", auth="mx.google.com;\r\n       dkim=fail header.i=@amazon.com header.s=x7 header.b=Hh21kkQa;\r\n       spf=softfail (google.com: domain of transitioning %s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=%s;\r\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com" % (TC, TC))
# 29 Skill Builder receipt
mk("unrelated", False, None, [], "AWS Skill Builder <no-reply@aws.training>", ME_P, "Your AWS Skill Builder subscription receipt",
   None, "Fri, 14 Mar 2025", "00:05", html="""<html><body><h2>Thanks for your purchase</h2>
<table><tr><td>Plan</td><td>Individual - monthly</td></tr><tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-7781-22910</td></tr></table>
<p>Questions? Visit the Skill Builder help center.</p></body></html>""")
# 30 closing notice B
mk("closing_notice", True, B, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """Hello Kenji,

I'm following up on my message from March 13 asking you to confirm the account details for the merge. As we haven't heard back, this case will be closed automatically in 3 days.

A reply to this e-mail before then keeps the case open, and a reply after closure will reopen it.

Regards,
Lucia
AWS Training and Certification Customer Service
""", "Mon, 17 Mar 2025", "03:10", ref=27)
# 31 user reply B (Japanese + English, quoting Japanese style)
mk("user_reply", False, B, [], MEP, "AWS Training and Certification <%s>" % TC, "RE: [CASE %s] %s" % (B, FORM),
   """Lucia 様

返信が遅くなり申し訳ありません。
Confirmed. Both accounts are mine; please merge into the account kenji.morimoto.k@gmail.com.

森本

2025年3月17日(月) 12:10 AWS Training and Certification <%s>:
> I'm following up on my message from March 13 asking you to confirm the account details for the merge.
""" % TC, "Mon, 17 Mar 2025", "20:41", ref=30, auth=None)
# 32 Credly support ticket asking -> badge
mk("badge", False, None, [], "Credly Support <support@credly.com>", ME_P, "[Credly Support] Request #884213: Badge not visible",
   """Hi Kenji,

Thanks for contacting Credly Support. Badges issued by Amazon Web Services Training and Certification are sent to the email address on your AWS Certification account.

So that we can look into this, could you reply with the email address(es) on your Credly profile and a link to the badge you expected to see?

Kind regards,
Marta
Credly Support
""", "Tue, 18 Mar 2025", "01:30", auth="mx.google.com;\r\n       dkim=pass header.i=@credly.com;\r\n       spf=pass smtp.mailfrom=credly.com;\r\n       dmarc=pass (p=REJECT) header.from=credly.com")
# 33 resolved B (top-posted, quotes confirmation request)
mk("resolved", False, B, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE: [CASE %s] %s" % (B, FORM),
   """Hi Kenji,

Thanks for confirming. The merge is complete: AWS02231764 has been combined into the account you sign in to with kenji.morimoto.k@gmail.com. Your exam history and active certifications are now visible there. This case is now resolved.

Lucia

On Mon, Mar 17, 2025, Kenji Morimoto wrote:
> Confirmed. Both accounts are mine; please merge into the account kenji.morimoto.k@gmail.com.
>
> On Thu, Mar 13, 2025, AWS Training and Certification wrote:
>> 上記の2つのアカウントがいずれもご本人様のものであること、また統合先のアカウントに誤りがないことをご確認のうえ、本メールにご返信いただけますでしょうか。
""", "Tue, 18 Mar 2025", "05:02", ref=31, cs="qp")
# 34 recertification
mk("certification", False, None, ["AWS07718254"], "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!",
   """Hello Kenji Morimoto,

Congratulations! You have recertified AWS Certified Solutions Architect - Associate. Your new expiration date is March 18, 2028.
Candidate ID: AWS07718254

Download your certificate from your AWS Certification Account.
""", "Tue, 18 Mar 2025", "08:00", auth=None if False else "ok")
# 35 ack C console case
mk("acknowledgement", False, C, [], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, "Amazon Web Services: New Support case: %s" % C,
   """Dear Customer,

Thank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.

Subject: Exam discount benefit missing after account merge
Severity: General guidance
Correspondence: After the merge of my certification accounts the 50%% discount voucher is not shown under Benefits.
""" % C + NOREPLY % C, "Wed, 19 Mar 2025", "02:15")
# 36 phishing Credly lookalike
mk("suspicious", False, None, [], "Credly Badges <notify@credly-badges.net>", ME_P, "Action needed: confirm your badge ownership",
   None, "Wed, 19 Mar 2025", "04:40", html="""<html><body><p>Your AWS badge will be revoked because your certification account was merged.</p>
<p>Reply to this message with your Credly password to keep the badge, or <a href="http://credly-badges.net/claim">confirm here</a>.</p></body></html>""",
   auth="mx.google.com;\r\n       spf=pass smtp.mailfrom=credly-badges.net;\r\n       dmarc=none header.from=credly-badges.net")
# 37 info request C console: must answer in Support Center
mk("info_request", True, C, ["AWS07718254"], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, "RE:[CASE %s] Exam discount benefit missing after account merge" % C,
   """Hello,

I checked the certification account AWS07718254 and can see the recertification recorded on March 18. Benefits from a merged account are normally copied across, but I don't see a record of an unused voucher on the source account.

Do you still have the voucher code, or a screenshot of the Benefits page taken before the merge? Please attach it to the case in the Support Center so I can raise it with the certification team.

Best regards,
Nikhil S.
Amazon Web Services
""" + NOREPLY % C, "Wed, 19 Mar 2025", "09:12", ref=35)
# 38 Pearson VUE appointment confirmation
mk("unrelated", False, None, [], "Pearson VUE <noreply@pearson.com>", ME_P, "Confirmation of your AWS Certified Developer - Associate exam appointment",
   """Dear Kenji Morimoto,

Thank you for scheduling with Pearson VUE.
Exam: DVA-C02 AWS Certified Developer - Associate
Date: Saturday, 12 April 2025, 10:00 JST
Registration ID: 517203984
Location: Online (OnVUE)

To reschedule, sign in to your AWS Certification Account at least 24 hours before the appointment.
""", "Thu, 20 Mar 2025", "13:10", auth="mx.google.com;\r\n       dkim=pass header.i=@pearson.com;\r\n       spf=pass smtp.mailfrom=pearson.com;\r\n       dmarc=pass (p=REJECT) header.from=pearson.com")
# 39 owner's note: uploaded screenshot via console (to self)
mk("user_reply", False, C, [], MEP, MEP, "Re: Amazon Web Services: New Support case: %s" % C,
   "メモ: ケース %s はメールでは返信できないのでサポートセンターから旧アカウントの特典画面のスクショを添付済み (3/20)。\n" % C,
   "Thu, 20 Mar 2025", "22:03", ref=37, auth=None)
# 40 case update C: transferred
mk("case_update", False, C, [], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, "RE:[CASE %s] Exam discount benefit missing after account merge" % C,
   """Hello Kenji,

Thanks for the screenshot. I've passed your case to the AWS Certification operations team, who manage exam benefits. They usually respond within 3-5 business days and will post their answer to this case. No further action is required from you for now.

Best regards,
Nikhil S.
""" + NOREPLY % C, "Fri, 21 Mar 2025", "06:30", ref=37)
# 41 HR follow-up Japanese (Shift_JIS)
mk("unrelated", False, None, [], "人事部 <hr-offboarding@tsubame-sol.co.jp>", MEC, "Re: 【ご確認のお願い】退職手続きに関する書類の返送について",
   """森本様

ご回答ありがとうございました。
もう一点だけ、退職後の連絡先として個人のメールアドレスを教えていただけますでしょうか。
離職票の発行状況をご連絡する際に使用いたします。

人事部 佐伯
""", "Fri, 21 Mar 2025", "10:18", ref=1, cs="shift_jis", auth=None)
# 42 out-of-office from colleague
mk("unrelated", False, None, [], "Shota Ishii <s-ishii@tsubame-sol.co.jp>", MEC, "自動応答: Re: 引き継ぎ資料について",
   "3月24日まで休暇のため不在にしております。急ぎの件は infra-team@tsubame-sol.co.jp までご連絡ください。\nI am out of office until 24 March.\n",
   "Sat, 22 Mar 2025", "08:00", ref=23, cs="iso-2022-jp", auth=None, extra={"Auto-Submitted": "auto-replied"})
# 43 Educate closing notice -> unrelated
mk("unrelated", False, None, [], "AWS Educate Support <aws-cs-educate-form@amazon.com>", ME_P,
   "RE:[CASE 174103311290045] [AWS Educate Form Submission] - account-access",
   """Hi Kenji,

We haven't received the information requested on March 4. If we don't hear from you within 48 hours we will close this case; you can reopen it at any time by replying.

Regards,
Priya
AWS Educate Support
""", "Mon, 24 Mar 2025", "02:00", ref=5)
# 44 ack E (new case: name on certificate), multipart
mk("acknowledgement", False, E, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   "Thank you for contacting Amazon Web Services. We have opened case %s regarding your request.\n\nInquiry type: Certification\nDetail: Name correction\n\nYou can expect a response within 24 hours. Please don't create another case for the same question.\n" % E,
   "Mon, 24 Mar 2025", "09:41", html="<html><body><p>Thank you for contacting Amazon Web Services. We have opened case <b>%s</b> regarding your request.</p><p>Inquiry type: Certification<br>Detail: Name correction</p><p>You can expect a response within 24 hours. Please don't create another case for the same question.</p></body></html>" % E)
# 45 bounce of mail sent to old company address
mk("unrelated", False, None, [], "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)",
   """** Address not found **

Your message wasn't delivered to k-morimoto@tsubame-sol.co.jp because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <k-morimoto@tsubame-sol.co.jp>: Recipient address rejected: User unknown
""", "Tue, 01 Apr 2025", "10:02", auth=None)
# 46 info request E, buried question without please
mk("info_request", True, E, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   """Hello Kenji,

I'm Grace and I'll be looking after your name correction. Certificates and badges are produced from the legal name stored in the certification profile, and because exams are proctored against government ID, any change to that name has to match the ID you will present at future exams. Our team can update the profile name once, after which new certificates are generated overnight.

The name you submitted was "Kenji Morrimoto". Is the double "r" intentional, or should the surname read "Morimoto" as on your passport?

Thanks,
Grace
AWS Training and Certification Customer Service
""", "Tue, 01 Apr 2025", "23:30", ref=44)
# 47 recruiter follow-up
mk("unrelated", False, None, [], "Aya Kurosawa <a.kurosawa@bridgetalent.jp>", ME_P, "Re: Cloud Architect positions - quick question",
   """Hi Kenji,

Just bumping this up in case it got lost. Are you available Thursday or Friday afternoon? Please reply at your earliest convenience.

Aya

On Tue, Mar 4, 2025, Aya Kurosawa wrote:
> Would you be open to a 20-minute call this week?
""", "Wed, 02 Apr 2025", "09:30", ref=8, auth="mx.google.com;\r\n       dkim=pass header.i=@bridgetalent.jp;\r\n       spf=pass smtp.mailfrom=bridgetalent.jp;\r\n       dmarc=pass (p=NONE) header.from=bridgetalent.jp")
# 48 user reply E, Outlook top-post
mk("user_reply", False, E, [], MEP, "AWS Training and Certification <%s>" % TC, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   """Hi Grace,

That was a typo on my side, sorry. It should be "Kenji Morimoto", exactly as on my passport.

Kenji

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, April 2, 2025 8:30
To: %s
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name

The name you submitted was "Kenji Morrimoto". Is the double "r" intentional, or should the surname read "Morimoto" as on your passport?
""" % (TC, ME_P, E), "Wed, 02 Apr 2025", "12:14", ref=46, auth=None, crlf=True)
# 49 marketing
mk("unrelated", False, None, [], "AWS Events <aws-marketing-email-replies@amazon.com>", ME_P, "AWS Summit Japan 2025 registration is open",
   None, "Thu, 03 Apr 2025", "01:00", html="<html><body><h1>AWS Summit Japan 2025</h1><p>Join us June 25-26 at Makuhari Messe. Register today!</p><p>Do you have questions about sessions? Reply to this email and our team will help.</p></body></html>", cs="qp")
# 50 info request E follow-up: more detail, Japanese keigo
mk("info_request", True, E, ["AWS07718254"], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   """森本様

ご返信ありがとうございます。Grace に代わり、本件を担当いたします小林です。

氏名の変更は候補ID AWS07718254 のプロフィールに対して行います。念のため、パスポートに記載のローマ字表記(ミドルネームの有無を含む)と、生年月日を本メールへのご返信にてお知らせいただけますでしょうか。
いただいた情報を確認後、速やかに変更手続きを進めます。

何卒よろしくお願いいたします。
AWS トレーニングと認定 カスタマーサービス 小林
""", "Thu, 03 Apr 2025", "06:22", ref=48, cs="iso-2022-jp")
# 51 former employer IT: asks to sign data deletion form (to personal now)
mk("unrelated", False, None, [], "IT Service Desk <servicedesk@tsubame-sol.co.jp>", ME_P, "[INC0048990] Confirmation of data deletion on personal devices",
   """Dear Mr. Morimoto,

As part of the offboarding procedure, former employees must confirm that company data has been removed from personal devices. Please sign the attached declaration and return it by reply within 7 days.

IT Service Desk, Tsubame Solutions K.K.
""", "Fri, 04 Apr 2025", "01:45", auth="mx.google.com;\r\n       dkim=pass header.i=@tsubame-sol.co.jp;\r\n       spf=pass smtp.mailfrom=tsubame-sol.co.jp;\r\n       dmarc=pass (p=NONE) header.from=tsubame-sol.co.jp")
# 52 Pearson VUE lookalike phishing
mk("suspicious", False, None, ["AWS07718254"], "Pearson VUE Exams <support@pearsonvue-examhelp.co>", ME_P, "Your AWS exam appointment has been cancelled - reply to reinstate",
   """Dear candidate AWS07718254,

Due to a payment failure your exam appointment (Registration ID 517203984) was cancelled. To reinstate it, reply with your full card number, expiry date and CVV within 24 hours.

Pearson VUE Billing
""", "Sat, 05 Apr 2025", "16:09", auth="mx.google.com;\r\n       spf=neutral smtp.mailfrom=pearsonvue-examhelp.co;\r\n       dmarc=none header.from=pearsonvue-examhelp.co")
# 53 closing notice E, Japanese
mk("closing_notice", True, E, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   None, "Tue, 08 Apr 2025", "02:10", ref=50, html="""<html><body><p>森本様</p>
<p>4月3日にお送りしたご質問について、まだご返信をいただけておりません。</p>
<p>このまま<b>4月11日</b>までにご連絡がない場合、本ケースはクローズさせていただきます。クローズ後でも、本メールにご返信いただければケースは再開されます。</p>
<p>AWS トレーニングと認定 カスタマーサービス 小林</p></body></html>""", txt="""森本様

4月3日にお送りしたご質問について、まだご返信をいただけておりません。
このまま4月11日までにご連絡がない場合、本ケースはクローズさせていただきます。クローズ後でも、本メールにご返信いただければケースは再開されます。

AWS トレーニングと認定 カスタマーサービス 小林
""")
# 54 user reply E, Japanese
mk("user_reply", False, E, [], MEP, "AWS Training and Certification <%s>" % TC, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   """小林様

ご連絡が遅くなり失礼いたしました。
パスポート記載の表記: KENJI MORIMOTO(ミドルネームなし)
生年月日: 1989年7月14日
よろしくお願いいたします。

森本 健二

2025年4月8日(火) 11:10 AWS Training and Certification <%s>:
> 4月3日にお送りしたご質問について、まだご返信をいただけておりません。
""" % TC, "Tue, 08 Apr 2025", "19:48", ref=53, cs="iso-2022-jp", auth=None)
# 55 resolved C (console) with feedback footer
mk("resolved", False, C, [], "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, "RE:[CASE %s] Exam discount benefit missing after account merge" % C,
   """Hello Kenji,

The certification operations team has restored your 50%% exam discount. It now appears under Benefits in your AWS Certification Account and is valid until September 30, 2025.

We value your feedback. Please share your experience by rating this correspondence using the links at the bottom of the page in the Support Center.

Best regards,
Nikhil S.
""" + NOREPLY % C, "Wed, 09 Apr 2025", "04:40", ref=40)
# 56 resolved E with conditional invitation
mk("resolved", False, E, [], "AWS Training and Certification <%s>" % TC, ME_P, "RE:[CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E,
   """森本様

お名前を「Kenji Morimoto」に変更いたしました。新しい認定証は明日以降、AWS 認定アカウントからダウンロードいただけます。Credly のバッジにも順次反映されます。

ご不明な点がございましたら、本メールにご返信ください。

AWS トレーニングと認定 カスタマーサービス 小林
""", "Wed, 09 Apr 2025", "07:15", ref=54, cs="shift_jis")
# 57 certification "wants to hear from you"
mk("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you",
   """Hi Kenji,

As an AWS Certified individual, your opinion matters. Take our 10-minute annual program survey and tell us how AWS Certification has helped your career:
https://certmetrics.com/amazon/survey/2025

Thank you,
AWS Certification
""", "Thu, 10 Apr 2025", "15:00", auth=None if False else "ok")
# 58 survey E
mk("survey", False, E, [], "AWS Training and Certification <%s>" % TC, ME_P, "ケース %s に関するアンケートのお願い" % E,
   """森本様

先日はAWS トレーニングと認定カスタマーサービスをご利用いただきありがとうございました。
今後のサービス向上のため、以下のアンケートにご協力をお願いいたします(所要時間約1分)。
https://survey.aws.training/s/csat?case=%s&lang=ja
""" % E, "Fri, 11 Apr 2025", "03:00", cs="iso-2022-jp")
# 59 colleague from new company, asks about cert
mk("unrelated", False, None, [], "Mei Tanaka <mei.tanaka@kumo-works.jp>", ME_P, "Welcome aboard + partner registration",
   """Hi Kenji,

Welcome to Kumo Works! For our APN partner tier we track team certifications. Could you send me your AWS certification validation number and link your certification account to our Partner Central when you have a moment?

Thanks,
Mei
""", "Mon, 14 Apr 2025", "10:00", auth="mx.google.com;\r\n       dkim=pass header.i=@kumo-works.jp;\r\n       spf=pass smtp.mailfrom=kumo-works.jp;\r\n       dmarc=pass (p=NONE) header.from=kumo-works.jp")
# 60 certification: new certificate available after name change
mk("certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Your updated AWS Certification certificate is available",
   None, "Mon, 14 Apr 2025", "18:30", html="""<html><body><p>Hello Kenji Morimoto,</p><p>An updated certificate for <b>AWS Certified Solutions Architect &ndash; Associate</b> is available in your AWS Certification Account. No action is required.</p></body></html>""")

c = Counter(msgs)
for k in sorted(c): print("%-22s %d" % (k, c[k]))
print("total", len(msgs))
