"""2025 April 8-22: reopened for a missing voucher, phishing, final resolution."""
from lib import *
from part1 import CAND_OLD
from part3 import CASE_M, CAND_NEW, AWSAUTH
from part5 import REFS, M_LIFT, M_CONF, M_USR3, M_CONF2, M_USR4, M_DONE, KENJI

M_REOPEN = gmail_mid("m-reopen")
M_UPD = ses_mid("m-upd")
M_ASK = ses_mid("m-ask")
M_USR5 = gmail_mid("m-usr5")
M_FIN = ses_mid("m-fin")
R = REFS + [M_LIFT, M_CONF, M_USR3, M_CONF2, M_USR4, M_DONE]

REOPEN = """Hello Kenji,

Thank you for the merge. Exam history and both certifications are there now.
One thing is missing: the 50% exam discount voucher that my old account received
when I recertified in April 2024. The Benefits page of AWS04503318 shows no
voucher at all. Could you check this as well?

Best regards,
Haruka Nishimura"""

ASK = """西村 遥 様

特典チームからの確認事項をお伝えいたします。

50% 割引バウチャーを再発行するには、その元となった再認定の記録を照合する必要が
ございます。再認定された認定の名称と、再認定の日付(おおよそで構いません)を
本メールへの返信でお知らせください。

旧アカウントの特典ページのスクリーンショットなどをお持ちでしたら、あわせて
お送りいただけますと手続きが早く進みます。

お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。

Kenji T.
AWS トレーニングと認定 カスタマーサービス"""


def messages():
    out = []
    t = when("2025-04-08 21:15:03", JST)
    attr = "On Fri, Apr 4, 2025 at 9:37 AM AWS トレーニングと認定 <%s> wrote:" % TC
    done_q = ("ご返信ありがとうございます。会社のメールアドレスのアカウントを、個人の\nアカウント (haruka.nishimura.kt@gmail.com) に統合いたしました。\n"
              "...\nKenji T.")
    body = multi("alternative", [
        text(REOPEN + "\n\n" + attr + "\n" + q("西村 遥 様\n\n" + done_q), cte="qp"),
        html('<div dir="ltr">' + REOPEN.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
             '<div dir="ltr" class="gmail_attr">' + attr.replace("<", "&lt;").replace(">", "&gt;") +
             '</div><blockquote class="gmail_quote">西村 遥 様<br><br>' + done_q.replace("\n", "<br>") +
             '</blockquote></div>', cte="qp"),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M, [CAND_NEW]), msgid=M_REOPEN, irt=M_DONE, refs=R))

    t = when("2025-04-09 05:26:18", UTC)
    upd = """Hello Haruka,

I've reopened this case and passed the voucher question to our benefits team,
who are the only ones able to reissue exam discounts. They usually need three to
five business days. Should you come across any other detail about the voucher,
such as the code itself, feel free to add it here.

Best regards,
Marco R.
AWS Training and Certification Customer Service

-----Original Message-----
From: Haruka Nishimura <haruka.nishimura.kt@gmail.com>
Sent: 4/8/2025 12:15 PM
To: aws-cs-trainingcertification-form@amazon.com
Subject: %s

%s""" % (subj_tc(CASE_M), REOPEN)
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M), text(upd, cte="qp"),
                    label("case_update", False, CASE_M), msgid=M_UPD, irt=M_REOPEN, refs=R + [M_REOPEN],
                    rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-10 22:41:09", UTC)
    ph = """Hello,

As part of your open request with AWS Training and Certification, our benefits
team must verify ownership before a discount voucher can be reissued.

Please reply to this email within 48 hours with:
  - the email address and password you use for your AWS Builder ID
  - the six-digit code you will receive by SMS

Alternatively, complete verification at:
https://aws-training-benefits.support-verify.com/case/174250819300561

Case ID: 174250819300561

AWS Training and Certification Customer Service"""
    out.append(mail(t, (TC_NAME, TC), ME_P,
                    "RE:[CASE 174250819300561] [AWS Training and Certification Form Submission] - benefits-verification",
                    text(ph, cte="qp"), label("suspicious", False),
                    msgid=mid("phish-dmarc", "support-verify.com"), rcv="gmail",
                    auth=("amazon.com", False, "support-verify.com", "45.134.26.77"),
                    reply_to="benefits-verify@support-verify.com"))

    t = when("2025-04-14 02:03:55", UTC)
    out.append(mail(t, KENJI, ME_P, subj_tc(CASE_M), text(ASK, cte="b64"),
                    label("info_request", True, CASE_M), msgid=M_ASK, irt=M_UPD,
                    refs=R + [M_REOPEN, M_UPD], rcv="gmail", auth=AWSAUTH, eol="\r\n"))

    t = when("2025-04-14 19:30:27", JST)
    usr5 = """Kenji 様

ご連絡ありがとうございます。

再認定した認定: AWS Certified Developer - Associate
再認定日: 2024年4月11日ごろ
(当時届いた「Congratulations on recertifying your AWS Certification!」という
メールに、次回の試験で使える 50% 割引バウチャーが付与されたと書かれていました)

旧アカウントには既にログインできないため、そのメールの画面を添付します。

よろしくお願いいたします。
西村 遥"""
    attr = "2025年4月14日(月) 11:03 AWS トレーニングと認定 <%s>:" % TC
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")
    body = multi("mixed", [
        multi("alternative", [
            text(usr5 + "\n\n" + attr + "\n" + q(ASK), cte="b64"),
            html('<div dir="ltr">' + usr5.replace("\n", "<br>") + '</div><br><div class="gmail_quote">'
                 '<div dir="ltr" class="gmail_attr">' + attr.replace("<", "&lt;").replace(">", "&gt;") +
                 '</div><blockquote class="gmail_quote">' + ASK.replace("\n", "<br>") + '</blockquote></div>', cte="b64"),
        ], preamble=False),
        attach("recert-mail-2024.png", "image/png", png),
    ], preamble=False)
    out.append(mail(t, (ME_NAME, ME_P), (TC_NAME, TC), subj_tc(CASE_M), body,
                    label("user_reply", False, CASE_M), msgid=M_USR5, irt=M_ASK, refs=R + [M_REOPEN, M_UPD, M_ASK]))

    t = when("2025-04-16 17:48:30", UTC)
    fin = """<p>Hello Haruka,</p>
<p>Good news: the 50%% exam discount voucher from your April 2024 recertification has been
reissued on candidate record <b>AWS04503318</b> and now appears under <i>Benefits</i> in your
AWS Certification Account. It keeps its original expiry date.</p>
<p>No further action is required on your part, and this case is now closed.</p>
<p>Regards,<br>Sofia G.<br>AWS Training and Certification &ndash; Benefits</p>
<hr>
<p style="font-size:12px;color:#545b64">How did we do? Rate this response:
<a href="https://amazonawstc.qualtrics.com/jfe/form/SV_7aXk2?case=174195546700318&r=good">Good</a> |
<a href="https://amazonawstc.qualtrics.com/jfe/form/SV_7aXk2?case=174195546700318&r=bad">Not good</a></p>
<div style="color:#777;border-left:2px solid #ccc;padding-left:8px;font-size:12px">
<p>On 4/14/2025, Haruka Nishimura wrote:</p>
<p>%s</p>
<p>&gt; %s</p></div>""" % (usr5.replace("\n", "<br>"), ASK.replace("\n", "<br>&gt; "))
    out.append(mail(t, (TC_NAME, TC), ME_P, subj_tc(CASE_M), html(wrap_html(fin), cte="qp"),
                    label("resolved", False, CASE_M, [CAND_NEW]), msgid=M_FIN, irt=M_USR5,
                    refs=R + [M_REOPEN, M_UPD, M_ASK, M_USR5], rcv="gmail", auth=AWSAUTH))

    t = when("2025-04-16 20:10:00", UTC)
    body = multi("alternative", [
        text("""AWS Certification wants to hear from you

Hello Haruka,

You have taken an AWS Certification exam in the last three years. Help us improve
the certification experience by answering a short survey about exam preparation,
scheduling and benefits. It takes about 10 minutes.

Take the survey: https://pages.awscloud.com/certification-survey-2025.html

Thank you,
AWS Certification""", cte="7bit"),
        html(wrap_html("<h2>AWS Certification wants to hear from you</h2><p>Hello Haruka,</p>"
                       "<p>Help us improve the certification experience by answering a short survey "
                       "about exam preparation, scheduling and benefits.</p>"
                       '<p><a href="https://pages.awscloud.com/certification-survey-2025.html">Take the survey</a></p>'), cte="7bit"),
    ])
    out.append(mail(t, ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
                    "AWS Certification wants to hear from you", body, label("certification", False),
                    msgid=mid("cm-survey-2025", "certmetrics.com"), rcv="gmail", auth=("certmetrics.com", True)))

    t = when("2025-04-18 07:44:51", UTC)
    body = text("""Dear Haruka Nishimura,

Your exam has been scheduled.

Exam: AIF-C01: AWS Certified AI Practitioner
Date and time: Saturday, May 10, 2025 at 10:00 AM JST
Delivery: OnVUE online proctored
Registration ID: 498120677
Payment: Voucher (AWS 50% discount), balance JPY 10,000

Check in up to 30 minutes before your appointment. Run the system test on the
computer you will use before exam day.

Pearson VUE""", cte="qp")
    out.append(mail(t, ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
                    "Your AWS Certification exam appointment is confirmed", body,
                    label("unrelated", False), msgid=mid("pv-2025", "pearson.com"),
                    rcv="gmail", auth=("pearson.com", True, "pearson.com", "159.182.1.5")))

    t = when("2025-04-19 22:03:10", JST)
    note = """メモ(自分用)

AWS認定アカウント統合 完了
- ケース 174195546700318 (重複の 174196367200752 はクローズ済み)
- 旧: AWS02217845 h-nishimura@kitaura-sys.co.jp (会社、APN 紐付けあり)
- 新: AWS04503318 haruka.nishimura.kt@gmail.com
- 50% バウチャー 4/16 に再発行 → AIF-C01 の予約で使用済み
- 次の会社でも APN 連携するなら、入社後に認定アカウントの共有設定をする"""
    out.append(mail(t, (ME_NAME, ME_P), (ME_NAME, ME_P), "メモ: AWS認定アカウント統合まとめ",
                    text(note, cte="8bit"), label("user_reply", False, CASE_M, [CAND_OLD, CAND_NEW]),
                    msgid=gmail_mid("note-self"), rcv="gmail", auth=("gmail.com", True, "gmail.com", "209.85.220.41")))

    t = when("2025-04-22 03:30:00", UTC)
    body = multi("alternative", [
        text("""We noticed a new sign-in to your AWS Builder ID

Browser: Chrome on macOS
Location: Tokyo, Japan
Time: April 22, 2025, 12:29 JST

If this was you, no action is needed. If you don't recognize this activity,
reset your password right away from the AWS Builder ID profile page.

Amazon Web Services""", cte="7bit"),
        html(wrap_html("<h3>We noticed a new sign-in to your AWS Builder ID</h3><p>Chrome on macOS, Tokyo, Japan</p>"
                       "<p>If this was you, no action is needed.</p>"), cte="7bit"),
    ])
    out.append(mail(t, ("AWS", "no-reply@signin.aws"), ME_P, "New sign-in to your AWS Builder ID", body,
                    label("unrelated", False), msgid=ses_mid("bid-signin"), rcv="gmail", auth=("signin.aws", True)))
    return out
