"""Messages 64-68: forwards, late phishing, program mail."""
from common import *
from part1 import SUBJ_A


def m64():
    d = dt("2025-05-14 09:05:40", "+0900")
    fwd = """---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Tue, May 13, 2025 at 1:58 PM
Subject: %s
To: <%s>


Hi Kaede,

All done. %s has been merged into %s, and SOA-C02 now appears in your exam
history with its original date. The Credly badge should arrive within a day.

I'm setting the case back to resolved. Should you notice anything else, feel free to write back
on this thread.

Regards,
Tomasz W.
AWS Training and Certification - Account Services""" % (TC_FORM, SUBJ_A, ME_P, ID_UNIV, ID_PERS)
    new = """岩田さん

AWS 認定の件、個人アカウントへの統合がすべて完了しました。
パートナー登録でお使いいただく候補 ID は %s です。
念のため、サポートからの完了連絡を転送します。

森下""" % ID_PERS
    text = new + "\n\n" + fwd + "\n"
    html = ('<div dir="ltr">%s<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div></div>\n') % (
        new.replace("\n", "<br>"), fwd.split("\n\n\n")[0].replace("<", "&lt;").replace("\n", "<br>"),
        fwd.split("\n\n\n")[1].replace("\n", "<br>"))
    h = [("Message-ID", mid("m64", "yukimail.jp")), ("Date", d), ("From", addr(ME_JA, ME_P)),
         ("To", addr("岩田 剛", "t.iwata@tsubame-cw.com")), ("Subject", "Fwd: " + SUBJ_A),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, alt(text, html, "m64")),
                label("user_reply", False, CASE_A, [ID_PERS]),
                "She forwards the completion to her new manager (Japanese note on top)",
                "Forward of a support mail with [CASE] subject; only her own line's candidate ID counts")


def m65():
    d = dt("2025-05-15 22:10:09", "+0900")
    old = """Hello Kaede,

Thank you for contacting AWS Training and Certification.

We can move your exam appointment once, free of charge, as the test center closed on short
notice. Please reply with two preferred dates and the registration number from your
confirmation, and we will arrange the new appointment for candidate %s.

Best regards,
Olga
AWS Training and Certification Customer Support""" % ID_COMP
    text = """記録用。2021年に試験日程を変更してもらったときのケース(会社アドレスのアーカイブから)。

---------- Forwarded message ---------
From: AWS Training and Certification <%s>
Date: Thu, Sep 9, 2021 at 4:22 PM
Subject: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling
To: <%s>


%s
""" % (TC_FORM, CASE_E, ME_C, old)
    h = [("Message-ID", mid("m65", "yukimail.jp")), ("Date", d), ("From", addr(ME_JA, ME_P)),
         ("To", addr(ME_JA, ME_P)),
         ("Subject", "Fwd: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-scheduling" % CASE_E),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(text, cte="base64")), label("user_reply", False, CASE_E),
                "She forwards a 2021 case mail to herself for the record",
                "Forwarded copy contains an old 'Please reply with...' request and a candidate ID; 10-digit case")


def m66():
    d = dt("2025-05-16 04:12:55")
    text = """Dear Candidate,

Your recent AWS Certification exam result has been placed on hold after an automated review of
your session recording.

To release your result you must pay the review fee of USD 35 within 48 hours:
https://pearsonvue-examcenter.com/aws/review?reg=418207763

If the fee is not received, your result will be cancelled.

Pearson VUE Candidate Services
"""
    html = "<html><body><p>Dear Candidate,</p><p>Your recent AWS Certification exam result has been placed <b>on hold</b> after an automated review of your session recording.</p><p><a href='https://pearsonvue-examcenter.com/aws/review?reg=418207763'>Pay the review fee (USD 35)</a> within 48 hours to release your result.</p><p>Pearson VUE Candidate Services</p></body></html>"
    h = inbound(True, "mx.pearsonvue-examcenter.com", "185.106.92.33", d, "pearsonvue-examcenter.com",
                dkim="none", dmarc="none") + [
        ("Message-ID", mid("m66", "pearsonvue-examcenter.com")), ("Date", d),
        ("From", addr("Pearson VUE", "candidate-services@pearsonvue-examcenter.com")), ("To", ME_P),
        ("Subject", "Action needed: your AWS Certification exam result is on hold")]
    return item(build(h, alt(text, html, "m66")), label("suspicious", False),
                "Exam-vendor lookalike asking for a 'review fee'",
                "Says 'on hold', uses her real registration number pattern; lookalike domain")


def m67():
    d = dt("2025-05-20 01:00:00")
    text = """AWS 認定資格をお持ちの皆様へ

いつも AWS 認定をご活用いただき、ありがとうございます。
認定者向けの特典に、以下が加わりました。

  - AWS Summit Japan 2025 の認定者ラウンジへのご招待
  - 次回の認定試験で使える 50% 割引(お一人様1回)
  - AWS Certified コミュニティの限定ウェビナー

特典は、AWS 認定アカウントの「特典」ページからご確認いただけます。

AWS 認定チーム
"""
    html = "<html><body><p>AWS 認定資格をお持ちの皆様へ</p><p>認定者向けの特典に、以下が加わりました。</p><ul><li>AWS Summit Japan 2025 の認定者ラウンジへのご招待</li><li>次回の認定試験で使える 50% 割引(お一人様1回)</li><li>AWS Certified コミュニティの限定ウェビナー</li></ul><p>特典は、AWS 認定アカウントの「特典」ページからご確認いただけます。</p><p>AWS 認定チーム</p></body></html>"
    h = inbound(True, "mta-23.certmetrics.com", "198.51.100.23", d, "certmetrics.com") + [
        ("Message-ID", mid("m67", "certmetrics.com")), ("Date", d),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_P),
        ("Subject", enc("AWS 認定: 認定者特典のご案内"))]
    return item(build(h, alt(text, html, "m67")), label("certification", False),
                "Japanese benefits announcement from the certification program",
                "Japanese; mentions the 50% discount that was the subject of a support case")


def m68():
    d = dt("2025-07-16 14:00:31")
    text = """Hi Kaede,

Your badge AWS Certified SysOps Administrator - Associate, issued by Amazon Web Services
Training and Certification, expires on October 14, 2025.

To keep it, renew the certification before that date. Once the issuer records your renewal,
your badge will be updated automatically.

View badge: https://www.credly.com/badges/c7d2a611-90fe-4e3b-8b4c-1f6e02a9d5b3

The Credly Team
"""
    h = inbound(True, "o2.email.credly.com", "167.89.101.15", d, "credly.com") + [
        ("Message-ID", mid("m68", "credly.com")), ("Date", d),
        ("From", addr("Credly", "admin@credly.com")), ("To", ME_P),
        ("Subject", "Your AWS Certified SysOps Administrator - Associate badge expires in 90 days")]
    return item(build(h, leaf(text, cte="quoted-printable")), label("badge", False),
                "Credly badge expiry reminder", "Expiry wording close to certification mail; from Credly")


def messages():
    return [f() for f in (m64, m65, m66, m67, m68)]
