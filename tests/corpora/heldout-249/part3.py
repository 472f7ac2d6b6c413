"""Messages 33-47: console voucher case, billing console case, other vendors, exam, case D opens."""
from common import *

AWS = addr("Amazon Web Services", "no-reply-aws@amazon.com")
SUBJ_C = "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % CASE_C
SUBJ_BILL = "RE:[CASE %s] Unexpected NAT gateway charges after deleting VPC" % CASE_BILL
LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=%s"
FOOT = """
To see the notes or attachments on this case, or to respond, please use this link:
%s

Note: this message comes from a notification-only address that does not receive replies.
Please respond through the link above."""
ACK_C = mid("ackC", "email.amazonses.com")
REQ_C = mid("reqC", "email.amazonses.com")
ACK_BILL = mid("ackBill", "email.amazonses.com")


def con_in(d, n):
    return inbound(True, "a9-%d.smtp-out.amazonses.com" % n, "54.240.9.%d" % n, d, "amazon.com",
                   mailfrom="010001960%d@amazonses.com" % n)


def m33():
    d = dt("2025-04-04 03:12:45")
    text = """Hello,

We have opened case %s on your behalf. The details of your case are below.

Case ID: %s
Subject: 50%% exam voucher missing after certification account merge
Severity: General guidance
Category: Training and Certification, Certification benefits
Correspondence:
  After my certification accounts were merged (form case %s), the unused 50%%
  exam discount that was on my old company account is not listed under Benefits.
  My candidate ID is %s. I have an exam planned in May.
""" % (CASE_C, CASE_C, CASE_A, ID_PERS) + FOOT % (LINK % (CASE_C, "en")) + """

Thank you for using Amazon Web Services.
"""
    h = con_in(d, 11) + [("Message-ID", ACK_C), ("Date", d), ("From", AWS), ("To", ME_P),
                         ("Subject", "Amazon Web Services: New Support case: %s" % CASE_C)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("acknowledgement", False, CASE_C, [ID_PERS]),
                "Console case opened for the missing voucher",
                "Console sender; echoed description mentions the other case number and a candidate ID")


def m34():
    d = dt("2025-04-05 01:40:10")
    text = """Hello Kaede,

Thank you for contacting AWS Support. My name is Hiroshi and I work with the Training and
Certification benefits team.

I looked at candidate record %s. The merge carried over your exam history and your
certifications, but a discount is tied to the record it was issued on and is not always moved
with the rest. To trace it I need two things from you:

  - the voucher code, or at least its last four characters, as you noted it before the merge;
  - the exam you plan to use it for.

Add these in the Support Center: open the case from the link below and choose "Reply".
Answers sent to this e-mail do not reach us.

Your feedback matters to us: you can rate this reply from the case page.

Best regards,
Hiroshi T.
Amazon Web Services
""" % ID_PERS + FOOT % (LINK % (CASE_C, "en")) + "\n"
    h = con_in(d, 12) + [("Message-ID", REQ_C), ("In-Reply-To", ACK_C), ("References", ACK_C),
                         ("Date", d), ("From", AWS), ("To", ME_P), ("Subject", SUBJ_C)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("info_request", True, CASE_C, [ID_PERS]),
                "Console case asks for the voucher code and target exam, answered in the console",
                "'I need two things from you' without 'please'; must be answered in Support Center, not by mail")


def m35():
    d = dt("2025-04-06 07:22:31")
    text = """Hello,

We have opened case %s on your behalf. The details of your case are below.

Case ID: %s
Subject: Unexpected NAT gateway charges after deleting VPC
Severity: General guidance
Category: Account and billing, Billing
Account: 628410935570
Correspondence:
  I deleted the test VPC in ap-northeast-1 on 2 March but NAT gateway hours are still
  billed in April. Can these be refunded?
""" % (CASE_BILL, CASE_BILL) + FOOT % (LINK % (CASE_BILL, "en")) + """

Thank you for using Amazon Web Services.
"""
    h = con_in(d, 13) + [("Message-ID", ACK_BILL), ("Date", d), ("From", AWS), ("To", ME_P),
                         ("Subject", "Amazon Web Services: New Support case: %s" % CASE_BILL)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("unrelated", False, CASE_BILL),
                "Console billing case opened on her own AWS account",
                "Same sender and template as the T&C console case; not Training and Certification")


def m36():
    d = dt("2025-04-07 09:05:00", "+0900")
    text = """Case 00412877 - VPN tunnel drops every 8 hours

Dear Kaede Morishita,

We have not received a response to our e-mail of 31 March. If the issue has been resolved,
no action is needed and this case will be closed automatically in 48 hours. If you still need
assistance, please reply to this e-mail and the case will stay open.

Kind regards,
Kisaragi Networks Technical Support

ref:_00D5g0001aBcD._5005g00041ZpQx:ref
"""
    h = inbound(True, "smtp-out.kisaragi-net.co.jp", "203.0.113.120", d, "kisaragi-net.co.jp") + [
        ("Message-ID", mid("m36", "kisaragi-net.co.jp")), ("Date", d),
        ("From", addr("Kisaragi Networks Support", "support@kisaragi-net.co.jp")), ("To", ME_P),
        ("Subject", "Case 00412877: we will close this case in 48 hours")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("unrelated", False),
                "Another vendor's 'closing for inactivity' notice",
                "Same shape as a closing notice, Salesforce ref token; not AWS")


def m37():
    d = dt("2025-04-08 02:10:55")
    body = """森下 楓 様

ケース %s について、4月5日にお送りしたご質問へのご返信をまだいただいておりません。

このままご返信がない場合、本ケースは3日後に自動的に「解決済み」となります。
引き続きサポートが必要な場合は、下記リンクからサポートセンターにてご返信ください。
なお、解決済みとなってから14日を過ぎたケースは再開できません。

%s

※本メールは送信専用のアドレスから配信されています。本メールへ返信されてもお受けできません。

アマゾン ウェブ サービス
""" % (CASE_C, LINK % (CASE_C, "ja"))
    h = con_in(d, 14) + [("Message-ID", mid("m37", "email.amazonses.com")), ("In-Reply-To", REQ_C),
                         ("References", ACK_C + " " + REQ_C), ("Date", d), ("From", AWS),
                         ("To", ME_P), ("Subject", SUBJ_C)]
    return item(build(h, leaf(body, cte="base64")), label("closing_notice", True, CASE_C),
                "Japanese auto-resolve warning on the console case",
                "Japanese, base64; the reply goes through the console; 'ご返信ください' sits next to 'do not reply to this mail'")


def m38():
    d = dt("2025-04-09 05:33:18")
    text = """Hello Kaede,

Thank you for adding the voucher details today.

I confirmed that the code ending in 7QK2 was issued on the retired record and was not moved by
the merge. I have asked the certification benefits team to reissue it on %s. They usually
need 3 to 5 business days, and I will keep this case open until it is done.

Best regards,
Hiroshi T.
Amazon Web Services
""" % ID_PERS + FOOT % (LINK % (CASE_C, "en")) + "\n"
    h = con_in(d, 15) + [("Message-ID", mid("m38", "email.amazonses.com")), ("In-Reply-To", REQ_C),
                         ("References", ACK_C + " " + REQ_C), ("Date", d), ("From", AWS),
                         ("To", ME_P), ("Subject", SUBJ_C)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("case_update", False, CASE_C, [ID_PERS]),
                "Voucher reissue passed to the benefits team", "Console footer with 'please respond' boilerplate, but nothing asked")


def m39():
    d = dt("2025-04-09 08:47:02")
    text = """Hello,

Thank you for your patience. I checked account 628410935570 and can see NAT gateway hours in
ap-northeast-1 through 8 April.

Could you tell me the ID of the NAT gateway you expected to be deleted with the VPC, and whether
the Elastic IP attached to it was released? With that I can review a refund with our billing team.

Best regards,
Sofia
Amazon Web Services
""" + FOOT % (LINK % (CASE_BILL, "en")) + "\n"
    h = con_in(d, 16) + [("Message-ID", mid("m39", "email.amazonses.com")), ("In-Reply-To", ACK_BILL),
                         ("References", ACK_BILL), ("Date", d), ("From", AWS), ("To", ME_P),
                         ("Subject", SUBJ_BILL)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("unrelated", False, CASE_BILL),
                "Billing console case asks a question",
                "A real AWS support request that needs an answer, but not a T&C case: needs_reply false by the brief")


def m40():
    d = dt("2025-04-10 15:20:40")
    text = """Hi Kaede,

Just a reminder: your badge from Amazon Web Services Training and Certification is still waiting
for you.

AWS Certified Developer - Associate
Accept it here: https://www.credly.com/badges/3f0c91d2-7a4e-4b61-9d35-0e8a6c2b77f1/accept

Badges you have not accepted are not visible to others.

The Credly Team
"""
    h = inbound(True, "o2.email.credly.com", "167.89.101.15", d, "credly.com") + [
        ("Message-ID", mid("m40", "credly.com")), ("Date", d),
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Reminder: accept your AWS Certified Developer - Associate badge")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("badge", False),
                "Credly reminder to accept a badge", "A reminder asking for an action, not from support")


def m41():
    d = dt("2025-04-14 02:05:39")
    text = """Hello Kaede,

Good news: the certification benefits team has issued a new 50%% exam discount on %s.
You will find it under Benefits in your certification account; it is valid until
30 September 2025, the same date as the original.

As the voucher is back in place, I am marking this case as resolved. If something else comes up
on this topic, you can reopen the case from the Support Center within 14 days.

How did I do? Rate this reply from the case page:
  Excellent | Good | Fair | Poor

Best regards,
Hiroshi T.
Amazon Web Services
""" % ID_PERS + FOOT % (LINK % (CASE_C, "en")) + "\n"
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"
    h = con_in(d, 17) + [("Message-ID", mid("m41", "email.amazonses.com")), ("In-Reply-To", REQ_C),
                         ("References", ACK_C + " " + REQ_C), ("Date", d), ("From", AWS),
                         ("To", ME_P), ("Subject", SUBJ_C)]
    return item(build(h, alt(text, html, "m41")), label("resolved", False, CASE_C, [ID_PERS]),
                "Voucher reissued, console case resolved",
                "Rating footer, 'respond through the link' boilerplate and a reopen option")


def m42():
    d = dt("2025-04-15 10:30:00", "+0900")
    body = """森下 楓 様

株式会社ツバメクラウドワークス 人事部の岡野です。
5月1日のご入社に向けて、以下の書類のご提出をお願いいたします。

  1. 入社承諾書(署名済み)
  2. 年金手帳または基礎年金番号通知書の写し
  3. 給与振込口座のご連絡票

4月18日(金)までに、このメールへの返信で PDF をお送りいただけますでしょうか。
ご不明な点がございましたら、お気軽にお問い合わせください。

岡野 美咲
株式会社ツバメクラウドワークス 人事部
"""
    h = inbound(True, "mail.tsubame-cw.com", "198.51.100.140", d, "tsubame-cw.com") + [
        ("Message-ID", mid("m42", "tsubame-cw.com")), ("Date", d),
        ("From", addr("岡野 美咲", "m.okano@tsubame-cw.com")), ("To", addr(ME_JA, ME_P)),
        ("Subject", enc("【入社手続き】ご提出書類のお願い"))]
    return item(build(h, leaf(body, cte="quoted-printable")), label("unrelated", False),
                "New employer HR asks for onboarding documents (Japanese)",
                "Keigo request with a deadline ('お送りいただけますでしょうか'), not support")


def m43():
    d = dt("2025-04-20 04:02:17")
    text = """Hello Kaede,

Thank you for writing to AWS Events.

Your AWS Summit Japan registration is still held under %s. Could you confirm
the name and company you would like printed on your badge, and the address the registration
should move to? Once we have that we will update the registration and send a new QR code.

Kind regards,
Naoko
AWS Events Customer Service
""" % ME_C
    h = inbound(True, "a8-90.smtp-out.amazonses.com", "54.240.8.90", d, "amazon.com") + [
        ("Message-ID", mid("m43", "cs-mail.amazon.com")), ("Date", d),
        ("From", addr("AWS Events", "aws-cs-events-form@amazon.com")), ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Events Form Submission] - registration-change" % CASE_EVT)]
    return item(build(h, leaf(text, cte="quoted-printable")), label("unrelated", False, CASE_EVT),
                "AWS Events form case asks her to confirm badge details",
                "Same [CASE] subject shape and amazon.com sender family, uses 'confirm'; another program")


def m44():
    d = dt("2025-04-20 09:41:03")
    text = """Congratulations, Kaede Morishita!

You have passed the AWS Certified Solutions Architect - Professional (SAP-C02) exam taken on
April 19, 2025.

Candidate ID: %s
Scaled score: 812 (passing score: 750)

Your certificate and digital badge will be available within 5 business days.

AWS Certification
""" % ID_PERS
    h = inbound(True, "mta-21.certmetrics.com", "198.51.100.21", d, "certmetrics.com") + [
        ("Message-ID", mid("m44", "certmetrics.com")), ("Date", d),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", "Your AWS Certification exam results are available")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("certification", False, None, [ID_PERS]), "Exam passed notification",
                "Certification program mail with a candidate ID and a score")


def m45():
    d = dt("2025-04-21 01:15:44")
    html = """<html><body style="font-family:Arial;color:#16191f">
<h2>You're recertified!</h2>
<p>Hi Kaede,</p>
<p>Passing AWS Certified Solutions Architect - Professional also renewed your
<b>AWS Certified Solutions Architect - Associate</b> certification. Its new expiration date is
<b>April 19, 2028</b>.</p>
<p>Your updated certificate is available in your AWS Certification account.</p>
<p>AWS Certification</p></body></html>
"""
    h = inbound(True, "mta-22.certmetrics.com", "198.51.100.22", d, "certmetrics.com") + [
        ("Message-ID", mid("m45", "certmetrics.com")), ("Date", d),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", "You've renewed your AWS Certified Solutions Architect - Associate")]
    return item(build(h, leaf(html, "text/html", cte="base64")), label("certification", False),
                "Recertification notice (HTML only, base64)", "HTML only, no case, 'renewed' wording")


def m46():
    d = dt("2025-04-21 02:40:09")
    html = """<html><body style="font-family:Helvetica">
<h1>Congratulations, Kaede!</h1>
<p>You've earned a badge from <b>Amazon Web Services Training and Certification</b>:</p>
<p><b>AWS Certified Solutions Architect - Professional</b></p>
<p><a href="https://www.credly.com/badges/b81e44a0-2f5d-4c79-a1b3-55d90e7c1a2e/accept">Accept your badge</a>
to share it on LinkedIn or add it to your e-mail signature.</p>
<p style="color:#888;font-size:11px">Credly, Inc. - 1 Penn Plaza, New York, NY</p></body></html>
"""
    h = inbound(True, "o1.email.credly.com", "167.89.101.14", d, "credly.com") + [
        ("Message-ID", mid("m46", "credly.com")), ("Date", d),
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "You've earned a new badge: AWS Certified Solutions Architect - Professional")]
    return item(build(h, leaf(html, "text/html", cte="quoted-printable")), label("badge", False),
                "Credly badge for the new Professional certification", "HTML only, imperative call to action")


def m47():
    d = dt("2025-04-25 11:59:02")
    body = """森下 楓 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ケース番号 %s として受け付けました。

担当者が内容を確認のうえ、通常24時間以内にご連絡いたします。
追加の情報がある場合は、新しいフォームを送信せず、このメールにご返信ください。

■ お問い合わせ内容
お問い合わせタイプ: 認定
その他の詳細: 認定記録の修正
AWS 候補 ID: %s
内容:
  認定証と Credly のバッジで、氏名が「MORISHITA KAEDE」と姓名逆の順で表示されています。
  パスポートと同じ「Kaede Morishita」に修正をお願いします。

AWS トレーニングと認定 カスタマーサポート
""" % (CASE_D, ID_PERS)
    h = inbound(True, "a8-33.smtp-out.amazonses.com", "54.240.8.33", d, "amazon.com") + [
        ("Message-ID", mid("ackD", "cs-mail.amazon.com")), ("Date", d),
        ("From", addr("AWS トレーニングと認定", TC_FORM)), ("To", ME_P),
        ("Subject", "RE:[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_D)]
    return item(build(h, leaf(body, cte="base64")),
                label("acknowledgement", False, CASE_D, [ID_PERS]),
                "Japanese acknowledgement of the name-correction case (UTF-8 base64)",
                "Echoed form text contains '修正をお願いします'; reply advice is conditional")


def messages():
    return [f() for f in (m33, m34, m35, m36, m37, m38, m39, m40, m41, m42, m43, m44, m45,
                          m46, m47)]
