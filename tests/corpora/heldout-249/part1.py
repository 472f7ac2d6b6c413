"""Messages 1-16: before the case, the two form submissions, the partner hold."""
from common import *

SAEKI = addr("佐伯 悠真", "y.saeki@hoshizora-sys.co.jp")
TC = addr("AWS Training and Certification", TC_FORM)
SUBJ_A = "RE:[CASE %s] %s" % (CASE_A, TC_SUBJ)
SUBJ_B = "RE:[CASE %s] %s" % (CASE_B, TC_SUBJ)
ACK_A_ID = mid("ackA", "cs-mail.amazon.com")
ACK_B_ID = mid("ackB", "cs-mail.amazon.com")
HOLD_ID = mid("holdA", "cs-mail.amazon.com")
REPLY1_ID = mid("reply1", "yukimail.jp")


def m01():
    d = dt("2025-03-03 10:12:40", "+0900")
    body = """森下さん

お疲れさまです、佐伯です。
3月末でのご退職の件、部内で送別会をやろうという話になっています。

候補日は以下の2つです。
  - 3月26日(水) 19:00〜
  - 3月28日(金) 18:30〜
場所は品川駅近くのいつものお店を考えています。

ご都合のよい日を今週中に教えてもらえますか?
主役なので森下さんの予定に合わせます。

佐伯
"""
    h = [recv("exch02.hoshizora-sys.co.jp", "10.20.4.12", HOSHI, d, "ESMTP"),
         ("Authentication-Results", "hoshizora-sys.co.jp; dkim=none; spf=pass smtp.mailfrom=hoshizora-sys.co.jp (internal)"),
         ("Message-ID", mid("m01", "hoshizora-sys.co.jp")), ("Date", d),
         ("From", SAEKI), ("To", addr("森下 楓", ME_C)),
         ("Subject", enc("送別会の日程について", "iso-2022-jp")),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    eml = build(h, leaf(body, charset="shift_jis", cte="base64"), crlf=True)
    return item(eml, label("unrelated", False), "Colleague asks which date suits her farewell party (Japanese, Shift_JIS, base64)",
                "Contains a direct question and a deadline, but not from support")


def m02():
    d = dt("2025-03-05 02:14:07")
    text = """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.

Account ID: 628410935570
Billing period: February 1 - February 28, 2025
Total: USD 4.62

You can view the statement and download the PDF invoice from the Billing and Cost Management
console. Payment will be charged to the card on file; no action is needed on your part.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210
"""
    html = "<html><body><p>Greetings from Amazon Web Services,</p><p>Your billing statement for <b>February 2025</b> is available.</p><table border=1 cellpadding=4><tr><td>Account ID</td><td>628410935570</td></tr><tr><td>Total</td><td>USD 4.62</td></tr></table><p>Payment will be charged to the card on file.</p></body></html>"
    h = inbound(True, "a27-14.smtp-out.us-west-2.amazonses.com", "54.240.27.14", d, "amazon.com",
                mailfrom="0101019567@us-west-2.amazonses.com") + [
        ("Message-ID", mid("m02", "email.amazonses.com")), ("Date", d),
        ("From", addr("Amazon Web Services", "aws-billing-notices@amazon.com")),
        ("To", ME_P), ("Subject", "Amazon Web Services Billing Statement Available [Account: 628410935570]")]
    return item(build(h, alt(text, html, "m02")), label("unrelated", False),
                "AWS billing statement for her personal AWS account", "Real AWS sender; 12-digit account ID that is not a case number")


def m03():
    d = dt("2025-03-07 16:03:11")
    text = """Hello Kaede Morishita,

Your AWS Certified Solutions Architect - Associate certification will expire on June 5, 2025.

Candidate ID: %s

To keep the certification active, pass the current version of the exam, or a higher-level exam
in the same track, before the expiration date. If you hold an unused 50%% discount benefit, you
can apply it when you schedule through your certification account.

Keep building,
AWS Certification
""" % ID_COMP
    html = "<html><body style='font-family:Arial'><h2>Your certification expires in 90 days</h2><p>Hello Kaede Morishita,</p><p>Your <b>AWS Certified Solutions Architect - Associate</b> certification will expire on <b>June 5, 2025</b>.</p><p>Candidate ID: %s</p><p>Pass the current exam, or a higher-level exam in the same track, before that date to keep it active.</p><p>AWS Certification</p></body></html>" % ID_COMP
    h = inbound(False, "mta-21.certmetrics.com", "198.51.100.21", d, "certmetrics.com") + [
        ("Message-ID", mid("m03", "certmetrics.com")), ("Date", d),
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "Your AWS Certification expires in 90 days")]
    return item(build(h, alt(text, html, "m03", cte="base64")), label("certification", False, None, [ID_COMP]),
                "CertMetrics 90-day expiry notice to the company address", "Program mail with a candidate ID and advice phrased as instructions")


def m04():
    d = dt("2025-03-10 08:41:55", "-0500")
    text = """Dear Kaede Morishita,

Thank you for scheduling with Pearson VUE. Your appointment details are below.

Exam: SAP-C02 AWS Certified Solutions Architect - Professional
Date: Saturday, April 19, 2025  10:00 JST
Delivery: Test center - Tokyo Shinagawa
Registration ID: 418207763
Candidate ID: %s

Please arrive 15 minutes early and bring two forms of identification. To reschedule or cancel,
sign in to your AWS Certification account at least 24 hours before the appointment.

Pearson VUE
""" % ID_COMP
    h = inbound(False, "mail-out3.pearsonvue.com", "203.0.113.63", d, "pearsonvue.com") + [
        ("Message-ID", mid("m04", "pearsonvue.com")), ("Date", d),
        ("From", addr("Pearson VUE", "noreply@pearsonvue.com")), ("To", ME_C),
        ("Subject", "Appointment Confirmation - AWS Certified Solutions Architect - Professional")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("unrelated", False, None, [ID_COMP]),
                "Exam vendor appointment confirmation", "Exam vendor, 9-digit registration ID next to a candidate ID")


def m05():
    d = dt("2025-03-12 21:07:33", "+0900")
    body = """自分用メモ(退職前に控えておくもの)

■ 会社アドレスの認定アカウント
  %s / %s
  - SAA-C03 2022-06-05 合格(2025-06-05 失効予定)
  - DVA-C02 2024-01-20 合格
  - 50%%割引バウチャー 1枚(未使用、2025-09-30 まで)
  - 4/19 に SAP-C02 を予約済み → 移行後の扱いを要確認

■ Partner Central から SSO で作られたらしい別アカウント
  %s(中身は空? 要確認)

■ 個人側
  Builder ID はこれから作る。個人アドレスは %s

証明書 PDF は Dropbox の certs/ に保存済み。
""" % (ME_C, ID_COMP, ID_SSO, ME_P)
    h = inbound(True, "mgw01.hoshizora-sys.co.jp", "192.0.2.45", d, "hoshizora-sys.co.jp") + [
        ("Message-ID", mid("m05", "hoshizora-sys.co.jp")), ("Date", d),
        ("From", addr(ME_JA, ME_C)), ("To", addr(ME_JA, ME_P)),
        ("Subject", enc("メモ: 認定アカウント情報(退職前)", "utf-8")),
        ("X-Mailer", "Microsoft Outlook 16.0")]
    return item(build(h, leaf(body, cte="quoted-printable"), crlf=True),
                label("user_reply", False, None, [ID_COMP, ID_SSO]),
                "Her own note-to-self listing accounts before leaving", "Written by the owner from the company address to the personal one; no support involved")


def m06():
    d = dt("2025-03-14 12:30:02")
    text = """Verify your AWS Builder ID email address

Use this code to finish creating your AWS Builder ID:

    583017

The code expires in 10 minutes. If you did not try to create an AWS Builder ID, you can ignore
this message.
"""
    h = inbound(True, "e226-8.smtp-out.amazonses.com", "23.251.226.8", d, "signin.aws") + [
        ("Message-ID", mid("m06", "email.amazonses.com")), ("Date", d),
        ("From", addr("AWS Builder ID", "no-reply@signin.aws")), ("To", ME_P),
        ("Subject", "Verify your AWS Builder ID email address")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("unrelated", False),
                "Builder ID one-time code", "Real AWS sign-in mail; 6-digit code")


def m07():
    d = dt("2025-03-18 13:40:19")
    text = """Hello,

Thanks for reaching out to AWS Training and Certification. Your request is now logged as case
%s.

Most requests receive a first answer within one business day. Some need more research, and
those can take a little longer.

To keep things moving, add any further details by replying on this thread instead of filling
in the form again: each new submission starts a separate case and can slow both of them down.

Here is what you sent us:

Inquiry type: Certification
Additional detail: Account Merge
Name: Kaede Morishita
Email: %s
AWS Candidate ID: %s
How can we help you?
  I am leaving Hoshizora Systems at the end of March and would like everything from my company
  certification account moved to my personal one.
  Addresses I have used: %s (candidate ID %s). There may be a second
  record for the same address created through Partner Central sign-in (%s).
  Address to keep: %s

Kind regards,
AWS Training and Certification Customer Support
""" % (CASE_A, ME_P, ID_PERS, ME_C, ID_COMP, ID_SSO, ME_P)
    h = inbound(True, "a8-30.smtp-out.amazonses.com", "54.240.8.30", d, "amazon.com",
                mailfrom="010001959a@amazonses.com") + [
        ("Message-ID", ACK_A_ID), ("Date", d), ("From", TC), ("To", ME_P),
        ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="quoted-printable", charset="utf-8")),
                label("acknowledgement", False, CASE_A, [ID_PERS, ID_COMP, ID_SSO]),
                "Acknowledgement of the merge form with the form text echoed",
                "Echo of her own form text (candidate IDs, 'would like'); 'reply on this thread' is advice, not a request")


def m08():
    d = dt("2025-03-18 14:11:03")
    body = """森下 楓 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせをケース番号 %s として承りました。

担当者より、通常は1営業日以内にご連絡を差し上げます。
内容によっては調査にお時間を頂戴する場合がございますので、あらかじめご了承ください。

同じ内容で重ねてお問い合わせをいただくと、それぞれ別のケースとして扱われ、
かえってご回答が遅れる原因となります。追加の情報は、本メールへの返信にてお寄せください。

AWS トレーニングと認定 カスタマーサポート
""" % CASE_B
    h = inbound(True, "a8-31.smtp-out.amazonses.com", "54.240.8.31", d, "amazon.com",
                mailfrom="010001959b@amazonses.com") + [
        ("Message-ID", ACK_B_ID), ("Date", d), ("From", TC), ("To", ME_P),
        ("Subject", SUBJ_B)]
    return item(build(h, leaf(body, charset="iso-2022-jp", cte="7bit")),
                label("acknowledgement", False, CASE_B),
                "Japanese acknowledgement of the second (duplicate) form submission",
                "ISO-2022-JP; second case number for the same request")


def m09():
    d = dt("2025-03-18 18:02:44")
    text = """Merged #482 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/hoshizora-sys/infra-templates/pull/482#event-16712003
You are receiving this because you were mentioned.
"""
    html = "<p>Merged <a href='https://github.com/hoshizora-sys/infra-templates/pull/482'>#482</a> into main.</p><p style='font-size:small;color:#666'>Reply to this email directly, <a href='https://github.com/hoshizora-sys/infra-templates/pull/482#event-16712003'>view it on GitHub</a>.</p>"
    h = inbound(False, "out-21.smtp.github.com", "192.30.252.204", d, "github.com") + [
        ("Message-ID", "<hoshizora-sys/infra-templates/pull/482/issue_event/16712003@github.com>"),
        ("In-Reply-To", "<hoshizora-sys/infra-templates/pull/482@github.com>"),
        ("References", "<hoshizora-sys/infra-templates/pull/482@github.com>"),
        ("Date", d), ("From", addr("Yuma Saeki", "notifications@github.com")), ("To", "hoshizora-sys/infra-templates <infra-templates@noreply.github.com>"),
        ("Cc", addr("Kaede Morishita", ME_C) + ", Mention <mention@noreply.github.com>"),
        ("Subject", "Re: [hoshizora-sys/infra-templates] Add VPC endpoint module (PR #482)")]
    return item(build(h, alt(text, html, "m09")), label("unrelated", False),
                "GitHub: pull request merged", "The word 'Merged' in a reply thread")


def m10():
    d = dt("2025-03-19 00:12:37")
    text = """Hello Kaede,

I noticed that this request is the same as case %s, which was opened about half an
hour earlier with identical details.

So that two of us are not working on the same thing, I have closed this case (%s) and linked
it to the first one. Everything will continue on %s, and you will hear from the agent assigned
there. There is nothing you need to do on this thread.

Regards,
Rafael
AWS Training and Certification Customer Support
""" % (CASE_A, CASE_B, CASE_A)
    h = inbound(True, "a8-44.smtp-out.amazonses.com", "54.240.8.44", d, "amazon.com",
                mailfrom="01000195a1@amazonses.com") + [
        ("Message-ID", mid("m10", "cs-mail.amazon.com")), ("In-Reply-To", ACK_B_ID),
        ("References", ACK_B_ID), ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_B)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("case_update", False, CASE_B),
                "Duplicate case closed and linked to the main case",
                "Says 'closed' and names the other case number; asks nothing")


def hold_text():
    return """Hello Kaede,

Thank you for waiting while I reviewed the accounts in your request.

When I opened the record registered to %s (%s), I found that it is linked
to an AWS Partner Network organization, Hoshizora Systems Co., Ltd. Certifications on a
partner-linked record count toward that organization's partner standing, so we cannot move them
while the link is in place. For that reason I have placed your request on hold.

The link is normally released once the person has left the partner organization, or when the
partner's alliance lead removes the user in Partner Central. After that the merge itself is
quick.

Are you leaving Hoshizora Systems, and if so, what will your last working day be? With that
information I can ask the partner team to release the record.

Best regards,
Priyanka R.
AWS Training and Certification Customer Support""" % (ME_C, ID_COMP)


def m11():
    d = dt("2025-03-19 01:30:52")
    h = inbound(True, "a8-47.smtp-out.amazonses.com", "54.240.8.47", d, "amazon.com",
                mailfrom="01000195a2@amazonses.com") + [
        ("Message-ID", HOLD_ID), ("In-Reply-To", ACK_A_ID), ("References", ACK_A_ID),
        ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(hold_text() + "\n", cte="quoted-printable")),
                label("on_hold", True, CASE_A, [ID_COMP]),
                "Merge put on hold: company record tied to an APN partner; asks whether and when she leaves",
                "Question buried at the end of a hold explanation, no 'please'")


def m12():
    d = dt("2025-03-19 12:05:18", "+0900")
    text = """Hi Priyanka,

Yes, I am leaving Hoshizora Systems. My last working day is 31 March 2025, and my company
mailbox (%s) will be closed that same day.

Please ask the partner team to release %s so that it can go into my personal account.

Thank you,
Kaede Morishita

On Wed, Mar 19, 2025 at 10:30 AM AWS Training and Certification <%s> wrote:
%s
""" % (ME_C, ID_COMP, TC_FORM, quote(hold_text()))
    h = [("Message-ID", REPLY1_ID), ("In-Reply-To", HOLD_ID), ("References", ACK_A_ID + " " + HOLD_ID),
         ("Date", d), ("From", addr(ME_NAME, ME_P)), ("To", TC), ("Subject", SUBJ_A),
         ("User-Agent", "Yukimail Webmail/5.2")]
    return item(build(h, leaf(text, cte="quoted-printable", fmt="flowed")),
                label("user_reply", False, CASE_A, [ID_COMP]),
                "Her answer to the hold: last day 31 March", "Quotes the hold question below her text")


def m13():
    d = dt("2025-03-19 03:05:40")
    text = """This is an automated message.

We have received your reply on case %s and added it to the case. The agent working on
your request has been notified.

You do not need to send your message again.

AWS Training and Certification Customer Support
""" % CASE_A
    h = inbound(True, "a8-12.smtp-out.amazonses.com", "54.240.8.12", d, "amazon.com",
                mailfrom="01000195a9@amazonses.com") + [
        ("Message-ID", mid("m13", "cs-mail.amazon.com")), ("In-Reply-To", REPLY1_ID),
        ("References", REPLY1_ID), ("Auto-Submitted", "auto-replied"),
        ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")),
                label("acknowledgement", False, CASE_A),
                "Automatic receipt of her reply", "Same subject as real requests; nothing asked")


def m14():
    d = dt("2025-03-20 06:00:12")
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f3f3">
<table width="600" align="center" style="background:#fff;font-family:'Hiragino Sans',Meiryo,sans-serif">
<tr><td style="background:#232f3e;color:#fff;padding:24px;font-size:22px">AWS Summit Japan 2025</td></tr>
<tr><td style="padding:24px">
<p>森下 楓 様</p>
<p>今年も AWS Summit Japan の季節がやってきました。基調講演、150 以上のセッション、認定者ラウンジなど、
見どころ満載の2日間です。</p>
<p>AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</p>
<p style="text-align:center"><a href="https://aws.amazon.com/jp/events/summits/japan/?trk=em_4410"
 style="background:#ff9900;color:#000;padding:12px 28px;text-decoration:none">今すぐ登録する</a></p>
<p style="font-size:11px;color:#888">このメールは aws-marketing-email-replies@amazon.com から配信されています。
配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。</p>
</td></tr></table></body></html>
"""
    h = inbound(False, "a20-55.smtp-out.amazonses.com", "54.240.20.55", d, "amazon.com",
                mailfrom="0100019f@marketing.amazonses.com") + [
        ("Message-ID", mid("m14", "marketing.amazon.com")), ("Date", d),
        ("From", addr("AWS Japan", "aws-marketing-email-replies@amazon.com")), ("To", ME_C),
        ("Subject", enc("【AWS Summit Japan 2025】登録受付を開始しました", "utf-8")),
        ("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")]
    return item(build(h, leaf(html, "text/html", cte="base64")), label("unrelated", False),
                "AWS marketing: Summit registration (HTML only, Japanese)",
                "Real AWS domain, mentions certification, imperative button text")


def m15():
    d = dt("2025-03-21 04:48:09")
    text = """Hello Kaede,

A short update on your request.

I have contacted the alliance team for Hoshizora Systems and asked them to release the record
%s with effect from 31 March. The case stays on hold until they confirm; partners
usually answer within a few business days.

Nothing is needed from you in the meantime. I will write again as soon as I hear back from them.

Best regards,
Priyanka R.
AWS Training and Certification Customer Support
""" % ID_COMP
    h = inbound(True, "a8-51.smtp-out.amazonses.com", "54.240.8.51", d, "amazon.com",
                mailfrom="01000195b0@amazonses.com") + [
        ("Message-ID", mid("m15", "cs-mail.amazon.com")), ("In-Reply-To", REPLY1_ID),
        ("References", " ".join([ACK_A_ID, HOLD_ID, REPLY1_ID])),
        ("Date", d), ("From", TC), ("To", ME_P), ("Subject", SUBJ_A)]
    return item(build(h, leaf(text, cte="quoted-printable")),
                label("on_hold", False, CASE_A, [ID_COMP]),
                "Hold continues while the partner is asked to release the record",
                "Hold with explicitly nothing to do")


def m16():
    d = dt("2025-03-21 09:17:30")
    text = """Dear Certification Holder,

Your account merge request is waiting for identity verification. Until it is verified, the
certifications on both accounts are frozen.

Verify now: http://aws-certification-helpdesk.com/merge/verify?case=9917345021

Please complete verification within 24 hours. Unverified requests are cancelled and the
certifications on the source account are permanently removed. You can also reply to this
message with your Builder ID e-mail and password and our staff will verify it for you.

AWS Training & Certification Support Team
"""
    h = inbound(True, "vps-88-12.hostbrisk.net", "185.225.12.88", d, "aws-certification-helpdesk.com",
                mailfrom="bounce@aws-certification-helpdesk.com") + [
        ("Message-ID", mid("m16", "aws-certification-helpdesk.com")), ("Date", d),
        ("From", addr("AWS Training & Certification", "support@aws-certification-helpdesk.com")),
        ("Reply-To", "verify-team@aws-certification-helpdesk.com"),
        ("To", ME_P), ("Subject", "Action required: [CASE 9917345021] Verify ownership to finish your account merge")]
    return item(build(h, leaf(text, cte="7bit", charset="us-ascii")), label("suspicious", False),
                "Lookalike-domain phishing about a merge 'verification'",
                "Arrives while a real merge is pending; [CASE] subject, urgent demand to reply with a password")


def messages():
    return [f() for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10,
                          m11, m12, m13, m14, m15, m16)]
