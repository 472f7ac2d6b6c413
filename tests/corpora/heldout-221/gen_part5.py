"""Messages, 3-11 June 2025: Support Center (console) case C about the missing exam benefit."""
import base64 as _b64

from gen_common import *  # noqa: F401,F403

CONSOLE = "Amazon Web Services <no-reply-aws@amazon.com>"
LINK_C = f"https://console.aws.amazon.com/support/home#/case/?displayId={CASE_C}&language=en"
SUBJ_C = "50% exam discount missing after certification account merge"

INFO_C = f"""Hello,

Thank you for contacting AWS Support. My name is Rafael and I'll be working on this case.

I checked the certification account {NEW} and can confirm that the discount benefit is not listed on it at the moment. Benefits are tied to the exam that generated them, so to trace this one I need two details from you:

1. The exam you passed when the benefit was issued, and roughly when.
2. Whether the benefit was ever used or partly redeemed, for example on a practice exam.

With those I can ask the benefits team to restore it.

Best regards,

Rafael G.
Amazon Web Services
"""

CONSOLE_FOOTER = f"""
======================================
How did we do? Rate this reply:
  Excellent: https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=5
  Average:   https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=3
  Poor:      https://console.aws.amazon.com/support/feedback?displayId={CASE_C}&rating=1
======================================

To add to this case, go back to the AWS Support Center:

{LINK_C}

(Sign in first if you use a federated login.)

*Mail sent to this address does not reach AWS Support. Please respond through the Support Center link above.
"""


def m059():
    d = dt("2025-06-03 00:17:45")
    text = f"""Hello,

This is a reminder that Amazon RDS for MySQL 5.7 standard support has ended. Your AWS account {ACCT} has 1 DB instance in ap-northeast-1 running MySQL 5.7 that is now charged for RDS Extended Support.

[Action Required] Upgrade the instance to MySQL 8.0 to stop Extended Support charges. You can review affected resources in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
"""
    hd = gmail_auth("amazon.com", mailfrom="0100019732a1c3f2@amazonses.com", ip="54.240.8.12") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"[Action Required] Amazon RDS for MySQL 5.7 Extended Support charges [AWS Account: {ACCT}]"),
        ("Message-ID", mid_ses("m059", "us-east-1")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="7bit")),
        "AWS Health notice from the same no-reply-aws address as console cases, '[Action Required]'.")


def m060():
    d = dt("2025-06-03 05:42:10")
    text = f"""Hello,

Thank you for reaching out to AWS Support. Case {CASE_C} has been created with the details below.

Case ID: {CASE_C}
Subject: {SUBJ_C}
Service: Training and Certification
Category: Certification benefits
Severity: General guidance
AWS account: {ACCT}
Correspondence:
After my certification accounts were merged on case {CASE_A} ({OLD} into {NEW}), the 50% discount I earned with SOA-C02 no longer appears on the Benefits page. Could you restore it?

We aim to respond to General guidance cases within 24 hours.

To view this case or add information, open the AWS Support Center:
{LINK_C}

*Mail sent to this address does not reach AWS Support.

Amazon Web Services
"""
    hd = gmail_auth("amazon.com", mailfrom="0100019733c7b8e1@amazonses.com", ip="54.240.8.19") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"Amazon Web Services: New Support case: {CASE_C}"),
        ("Message-ID", mid_ses("m060", "us-east-1")),
    ]
    add("acknowledgement", False, CASE_C, [OLD, NEW], build(hd, leaf(text, cte="quoted-printable")),
        "Console-case acknowledgement (11-digit ID); the echoed description names the earlier merge case "
        "number and ends with the user's own question.")


def m061():
    d = dt("2025-06-04 01:09:33")
    text = INFO_C + CONSOLE_FOOTER
    htm = ('<html><body style="font-family:Arial;font-size:13px">' + text_to_html(INFO_C)
           + '<hr><p>How did we do? Rate this reply: <a href="https://console.aws.amazon.com/support/feedback?displayId='
           + CASE_C + '&amp;rating=5">Excellent</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId='
           + CASE_C + '&amp;rating=3">Average</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId='
           + CASE_C + '&amp;rating=1">Poor</a></p><hr><p>To add to this case, go back to the <a href="' + esc(LINK_C)
           + '">AWS Support Center</a>.</p><p>*Mail sent to this address does not reach AWS Support. Please respond '
           'through the Support Center link above.</p></body></html>\n')
    hd = gmail_auth("amazon.com", mailfrom="010001973893aa10@amazonses.com", ip="54.240.8.19") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"RE:[CASE {CASE_C}] {SUBJ_C}"),
        ("Message-ID", mid_ses("m061", "us-east-1")),
        ("In-Reply-To", MID["m060"]),
        ("References", MID["m060"]),
    ]
    add("info_request", True, CASE_C, [NEW], build(hd, alt(text, htm)),
        "Console case asks two questions with no 'please' ('I need two details from you'); must be answered "
        "in the Support Center; rating footer under the request.")


def m062():
    d = dt("2025-06-04 10:26:51", JST)
    new = f"""Hi Rafael,

1. AWS Certified SysOps Administrator - Associate (SOA-C02), passed on January 15, 2025.
2. No, it was never used, not even for a practice exam.

The account is {NEW}.

Thanks,
Mariko
"""
    att = f"On Wed, Jun 4, 2025 at 10:09 AM Amazon Web Services <no-reply-aws@amazon.com> wrote:"
    hd = [("Date", date(d)),
          ("From", addr(ME_NAME, ME_P)),
          ("To", CONSOLE),
          ("Subject", f"Re: RE:[CASE {CASE_C}] {SUBJ_C}"),
          ("Message-ID", mid_gmail("m062")),
          ("In-Reply-To", MID["m061"]),
          ("References", MID["m060"] + " " + MID["m061"])]
    add("user_reply", False, CASE_C, [NEW], build(hd, gmail_parts(new, att, INFO_C + CONSOLE_FOOTER, "m062")),
        "Owner answers the console case by e-mail to the no-reply address (which will bounce).")


def m063():
    d = dt("2025-06-04 01:26:58")
    text = f"""
** Address not found **

Your message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
"""
    status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {ME_P}
Arrival-Date: Wed, 04 Jun 2025 01:26:51 +0000 (UTC)
X-Original-Message-ID: {MID['m062']}

Final-Recipient: rfc822; no-reply-aws@amazon.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; amazon-smtp.amazon.com. (52.94.124.8, the server for the domain amazon.com.)
Diagnostic-Code: smtp; 550 5.1.1 <no-reply-aws@amazon.com>: Recipient address rejected: this mailbox does not accept incoming mail
Last-Attempt-Date: Wed, 04 Jun 2025 01:26:58 +0000 (UTC)
"""
    orig = f"""From: {ME_NAME} <{ME_P}>
Date: Wed, 4 Jun 2025 10:26:51 +0900
Message-ID: {MID['m062']}
Subject: Re: RE:[CASE {CASE_C}] {SUBJ_C}
To: {CONSOLE}
In-Reply-To: {MID['m061']}
"""
    top = multi("report", [leaf(text, cte="7bit"),
                           raw_part("message/delivery-status", status.encode()),
                           raw_part('text/rfc822-headers; charset="UTF-8"', orig.encode())],
                "000000000000f0" + hx("m063", 10), extra="; report-type=delivery-status")
    hd = [("Date", date(d)),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", ME_P),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("Message-ID", mid_generic("m063", "mx.google.com")),
          ("In-Reply-To", MID["m062"]),
          ("References", MID["m062"]),
          ("Auto-Submitted", "auto-replied"),
          ("X-Failed-Recipients", "no-reply-aws@amazon.com")]
    add("unrelated", False, CASE_C, [], build(hd, top),
        "Bounce of the owner's e-mail reply (multipart/report); belongs to case C's thread by References, "
        "but it is the mail system, not support; the request in 061 still stands.")


def m064():
    d = dt("2025-06-05 03:12:09")
    text = """リンドクヴィスト 真理子 様

Amazon.co.jp をご利用いただきありがとうございます。
ご注文の商品を発送しました。

注文番号: 503-8817204-5529163
商品: AWS認定ソリューションアーキテクト-アソシエイト 教科書 第3版
お届け予定: 6月6日(金)

配送状況の確認: https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp
"""
    hd = gmail_auth("amazon.co.jp", mailfrom="20250605031209a1b2@bounces.amazon.co.jp", ip="52.119.213.151", sel="rjs2ldz2") + [
        ("Date", date(d)),
        ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")),
        ("To", ME_P),
        ("Subject", h("Amazon.co.jp ご注文の商品を発送しました")),
        ("Message-ID", mid_generic("m064", "amazon.co.jp")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text, cte="base64")),
        "Amazon retail shipment (Japanese, base64), a certification study book; an Amazon domain, not AWS.")


def m065():
    d = dt("2025-06-07 01:10:00")
    text = f"""Hello,

We haven't received a response to our latest correspondence on case {CASE_C}, "{SUBJ_C}".

If there is no response within the next 5 days, this case will be resolved automatically. To keep it open, add your response in the AWS Support Center:
{LINK_C}

Sincerely,
Amazon Web Services

*Mail sent to this address does not reach AWS Support.
"""
    hd = gmail_auth("amazon.com", mailfrom="01000197480be5c2@amazonses.com", ip="54.240.8.19") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"RE:[CASE {CASE_C}] {SUBJ_C}"),
        ("Message-ID", mid_ses("m065", "us-east-1")),
        ("In-Reply-To", MID["m061"]),
        ("References", MID["m060"] + " " + MID["m061"]),
    ]
    add("closing_notice", True, CASE_C, [], build(hd, leaf(text, cte="7bit"), crlf=True),
        "Console auto-resolve warning: her e-mailed answer never arrived, so support is still waiting; "
        "reply must go through the console.")


def m066():
    d = dt("2025-06-07 19:30:00", JST)
    text = """リンドクヴィスト 真理子 さん

JAWS-UG 福岡 #19「転職・異動と AWS アカウント管理」への参加登録が完了しました。

日時: 2025/06/19 (木) 19:00 〜 21:00
会場: 天神ビジネスセンター 12F
受付番号: 2918

当日は受付番号をご提示ください。キャンセルする場合はイベントページから登録を取り消してください。

connpass
"""
    hd = gmail_auth("connpass.com", mailfrom="no-reply@connpass.com", ip="54.250.114.3", sel="cp") + [
        ("Date", date(d)),
        ("From", "connpass <no-reply@connpass.com>"),
        ("To", ME_P),
        ("Subject", h("【connpass】JAWS-UG 福岡 #19 への参加登録が完了しました")),
        ("Message-ID", mid_generic("m066", "connpass.com")),
    ]
    add("unrelated", False, None, [], build(hd, leaf(text)),
        "Community event registration 'completed' (完了しました), Japanese.")


def m067():
    d = dt("2025-06-09 02:44:18")
    body = f"""Hello Mariko,

Thank you for the details you added in the Support Center, and sorry for the trouble.

The benefits team has restored the 50% exam discount on {NEW}. It now appears under Benefits and is valid until January 15, 2026; you can apply it when you schedule your next exam.

I'll set this case to resolved. Should you need anything else on this, you can reopen it from the Support Center within the next 14 days.

Best regards,

Rafael G.
Amazon Web Services
"""
    text = body + CONSOLE_FOOTER
    htm = ('<html><body style="font-family:Arial;font-size:13px">' + text_to_html(body)
           + '<hr><p>How did we do? Rate this reply: <a href="https://console.aws.amazon.com/support/feedback?displayId='
           + CASE_C + '&amp;rating=5">Excellent</a> | <a href="https://console.aws.amazon.com/support/feedback?displayId='
           + CASE_C + '&amp;rating=1">Poor</a></p><p>To add to this case, go back to the <a href="' + esc(LINK_C)
           + '">AWS Support Center</a>.</p></body></html>\n')
    hd = gmail_auth("amazon.com", mailfrom="0100019751e0a9d7@amazonses.com", ip="54.240.8.19") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"RE:[CASE {CASE_C}] {SUBJ_C}"),
        ("Message-ID", mid_ses("m067", "us-east-1")),
        ("In-Reply-To", MID["m065"]),
        ("References", " ".join([MID["m060"], MID["m061"], MID["m065"]])),
    ]
    add("resolved", False, CASE_C, [NEW], build(hd, alt(text, htm, cte="base64")),
        "Console resolution with rating footer and a 'you can reopen within 14 days' invitation (base64).")


def m068():
    d = dt("2025-06-09 06:00:00")
    htm = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Mariko Lindqvist,</p>
<p>A new benefit is available in your AWS Certification Account.</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td style="border:1px solid #ccc">Benefit</td><td style="border:1px solid #ccc">50% discount on your next AWS Certification exam</td></tr>
<tr><td style="border:1px solid #ccc">Expires</td><td style="border:1px solid #ccc">2026-01-15</td></tr>
<tr><td style="border:1px solid #ccc">Candidate ID</td><td style="border:1px solid #ccc">{NEW}</td></tr></table>
<p>To use it, choose the benefit when you schedule an exam. <a href="https://www.aws.training/Certification/Benefits">View your benefits</a></p>
<p style="font-size:11px;color:#666">AWS Certification. This mailbox is not monitored.</p>
</body></html>
"""
    hd = gmail_auth("certmetrics.com", mailfrom="bounce@certmetrics.com", ip="198.2.135.11", sel="cm1") + [
        ("Date", date(d)),
        ("From", "AWS Certification <do-not-reply@certmetrics.com>"),
        ("To", ME_P),
        ("Subject", "A new benefit is available in your AWS Certification Account"),
        ("Message-ID", mid_generic("m068", "certmetrics.com")),
    ]
    add("certification", False, None, [NEW], build(hd, leaf(htm, subtype="html")),
        "Program notice of the restored benefit (a consequence of case C, not case mail).")


def m069():
    d = dt("2025-06-10 03:30:00")
    text = f"""Survey: AWS Support case {CASE_C}

Hello,

You recently worked with AWS Support on case {CASE_C} ("{SUBJ_C}"). Would you take two minutes to tell us about it?

Start the survey: https://aws.qualtrics.com/jfe/form/SV_8kQ2?caseId={CASE_C}

Your answers are anonymous and used only to improve AWS Support.

Amazon Web Services
"""
    hd = gmail_auth("amazon.com", mailfrom="0100019756aa71c4@amazonses.com", ip="54.240.8.21") + [
        ("Date", date(d)),
        ("From", CONSOLE),
        ("To", ME_P),
        ("Subject", f"Tell us about your AWS Support case {CASE_C}"),
        ("Message-ID", mid_ses("m069", "us-east-1")),
    ]
    add("survey", False, CASE_C, [], build(hd, leaf(text, cte="7bit")),
        "Separate survey mail for the console case, phrased as a question ('Would you take two minutes…?').")


def run():
    for f in (m059, m060, m061, m062, m063, m064, m065, m066, m067, m068, m069):
        f()
