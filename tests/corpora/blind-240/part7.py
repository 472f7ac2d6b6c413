"""2025-11-15 .. 11-27: failed online exam, replacement voucher case, bounce."""
from common import *

SUB6 = "[AWS Training and Certification Form Submission] - exam-issue"
S6 = "RE:[CASE %s] %s" % (C6, SUB6)
M6_ACK = mid_ses("c6-ack")
M6_REQ = mid_ses("c6-req")
M6_CLOSED = mid_ses("c6-closed")
M6_USR = mid_kumo("c6-usr")
M6_REOPEN = mid_ses("c6-reopen")

REQ6_TXT = """岡林 亮 様

お世話になっております。
AWS トレーニングと認定 カスタマーサポートの水野でございます。

11月15日のオンライン試験で、監視ソフトウェアが停止し受験を完了できなかった件につき、
ご不便をおかけし申し訳ございません。再受験用バウチャーの発行可否を確認するため、
Pearson VUE 側の記録と照合させていただきます。

お手数ですが、以下の 2 点をご返信ください。

　1. 当該試験の Pearson VUE 登録番号（9 桁）
　2. Pearson VUE にて発行されたお問い合わせ番号

なお、当日の画面のスクリーンショットがお手元にございましたら、
あわせてお送りいただけますと幸いです（必須ではございません）。

また、次回のオンライン受験に向けたシステム確認の手順書を添付いたしましたので、ご査収ください。

水野 遥
AWS Training and Certification Customer Support
"""

CLOSED_TXT = """岡林 亮 様

AWS トレーニングと認定 カスタマーサポートです。

11月18日にお送りしたご案内について、ご返信をいただけなかったため、
本ケースはいったんクローズいたしました。

引き続きサポートが必要な場合は、本メールにご返信いただくことで、ケースを再開できます。
その際は、前回お願いした Pearson VUE の登録番号とお問い合わせ番号をお書き添えください。

AWS Training and Certification Customer Support
"""


def _aws(d, tag, rcpt=ME_P):
    return inbound(rcpt, d, tag)


def messages():
    out = []

    # 73 Pearson VUE incident report
    d = dt("2025-11-15 08:20:00", UTC)
    txt = """Dear Ryo Okabayashi,

We have received your report about the problem during your online exam.

Case number: 08846721
Registration ID: 512093847
Exam: SAP-C02: AWS Certified Solutions Architect - Professional
Exam date: November 15, 2025

Our team has documented the incident and shared it with AWS Training and
Certification, who decide on retakes and vouchers. If you have not heard from
them within five business days, please contact AWS Training and Certification
directly.

Pearson VUE Customer Service
"""
    out.append(mail(L("unrelated", False, None),
                    "Pearson VUE: online-exam incident documented",
                    "exam vendor 'case number' (8 digits) and 9-digit registration ID; conditional advice",
                    date=d, frm=("Pearson VUE", "pvamericas@pearson.com"), to=ME_P,
                    subject="Your Pearson VUE case 08846721", body=T(txt, "us-ascii", "7bit"),
                    mid=mid_gen("m73", "pearson.com"),
                    **inbound(ME_P, d, "m73", host="mail12.pearsonvue.com", ip="198.51.100.73",
                              mailfrom="pearson.com", dkim_d="pearson.com")))

    # 74 ack C6 HTML only
    d = dt("2025-11-17 02:57:08", UTC)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting AWS Training and Certification. Your request has been logged as case <b>%s</b>.</p>
<table style="border:1px solid #ccc" cellpadding="5">
<tr><td>Case ID</td><td>%s</td></tr>
<tr><td>Inquiry type</td><td>Certification</td></tr>
<tr><td>Additional details</td><td>Exam issue</td></tr>
<tr><td>Description</td><td>11/15 のオンライン試験（SAP-C02）で監視ソフトが落ち、試験が終了扱いになりました。再受験用のバウチャーをお願いできますか。</td></tr>
</table>
<p>We typically respond within 24 hours. To add information, reply to this email without changing the subject. Please do not submit a second form for the same issue.</p>
<p>AWS Training and Certification Customer Support</p>
</body></html>""" % (C6, C6)
    out.append(mail(L("acknowledgement", False, C6),
                    "ack of the exam-issue case, HTML-only table echoing a JA question",
                    "the echoed owner text contains a question (お願いできますか)",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject="[CASE %s] %s" % (C6, SUB6),
                    body=H(html, "utf-8", "quoted-printable"), mid=M6_ACK, **_aws(d, "m74")))

    # 75 info_request C6 (ISO-2022-JP, attachment, Cc company address)
    d = dt("2025-11-18 00:45:00", UTC)
    out.append(mail(L("info_request", True, C6),
                    "asks for Pearson VUE registration and inquiry numbers; manual attached (ISO-2022-JP)",
                    "real ask (お手数ですが…ご返信ください) among an optional ask (〜ございましたら…幸いです) and ご査収ください",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), cc=("岡林 亮", ME_C), subject=S6,
                    body=MP("mixed", T(REQ6_TXT, "iso-2022-jp", "7bit"),
                            ATT("online_exam_system_check.pdf", "application/pdf",
                                fake_pdf("Online exam system check"))),
                    mid=M6_REQ, irt=M6_ACK, refs=[M6_ACK], hcs="iso-2022-jp", **_aws(d, "m75")))

    # 76 mailbox provider storage notice
    d = dt("2025-11-20 09:00:00")
    txt = """KumoMail をご利用いただき、ありがとうございます。

お客様のメールボックスの使用量が 80% を超えました（使用量：12.1 GB / 15 GB）。
容量が上限に達すると、新しいメールを受信できなくなります。
不要なメールを削除するか、容量の追加をご検討ください。

このメールは送信専用です。

KumoMail サポート
"""
    out.append(mail(L("unrelated", False, None),
                    "mail provider quota warning",
                    "imperative advice from the owner's own provider",
                    date=d, frm=("KumoMail", "info@kumomail.jp"), to=ME_P,
                    subject="【KumoMail】メールボックス容量のお知らせ", body=T(txt, "utf-8", "base64"),
                    mid=mid_kumo("m76"),
                    **inbound(ME_P, d, "m76", host="notice.kumomail.jp", ip="203.0.113.5",
                              mailfrom="kumomail.jp", dkim_d="kumomail.jp")))

    # 77 closing_notice C6: closed, reply reopens (UTF-8 QP)
    d = dt("2025-11-24 01:00:00", UTC)
    out.append(mail(L("closing_notice", True, C6),
                    "case closed for no answer; a reply reopens it",
                    "phrased as an option (〜いただくことで…できます), but the request is still open",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), cc=("岡林 亮", ME_C), subject=S6,
                    body=T(CLOSED_TXT, "utf-8", "quoted-printable"), mid=M6_CLOSED, irt=M6_REQ,
                    refs=[M6_ACK, M6_REQ], **_aws(d, "m77")))

    # 78 owner reply-all (company address still in Cc)
    d = dt("2025-11-24 21:10:05")
    txt = """水野様

ご連絡が遅くなり、申し訳ありません。ケースの再開をお願いいたします。

　1. Pearson VUE 登録番号：512093847
　2. Pearson VUE のお問い合わせ番号：08846721

スクリーンショットは残っておりませんでした。
よろしくお願いいたします。

岡林 亮

2025年11月24日(月) 10:00 AWS Training and Certification <%s>:
%s
""" % (TC, quote(CLOSED_TXT))
    out.append(mail(L("user_reply", False, C6),
                    "owner answers the closed case (reply-all, old company address in Cc)",
                    "9-digit and 8-digit numbers that are not case IDs",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), cc=("岡林 亮", ME_C),
                    subject="Re: " + S6, body=T(txt, "utf-8", "base64"), mid=M6_USR,
                    irt=M6_CLOSED, refs=[M6_ACK, M6_REQ, M6_CLOSED], mailer="KumoMail Web 5.2"))

    # 79 bounce for the Cc to the closed company mailbox
    d = dt("2025-11-24 21:10:41")
    notice = """This is the mail system at host smtp.kumomail.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<r-okabayashi@shirasagi-sys.co.jp>: host mgw01.shirasagi-sys.co.jp[203.0.113.21]
    said: 550 5.1.1 <r-okabayashi@shirasagi-sys.co.jp>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; smtp.kumomail.jp
X-Postfix-Queue-ID: 4dP9rK2mQZz1x
Arrival-Date: Mon, 24 Nov 2025 21:10:05 +0900 (JST)

Final-Recipient: rfc822; r-okabayashi@shirasagi-sys.co.jp
Original-Recipient: rfc822;r-okabayashi@shirasagi-sys.co.jp
Action: failed
Status: 5.1.1
Remote-MTA: dns; mgw01.shirasagi-sys.co.jp
Diagnostic-Code: smtp; 550 5.1.1 <r-okabayashi@shirasagi-sys.co.jp>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    hdrs = """From: =?UTF-8?B?5bKh5p6XIOS6rg==?= <ryo.okabayashi@kumomail.jp>
To: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Cc: =?UTF-8?B?5bKh5p6XIOS6rg==?= <r-okabayashi@shirasagi-sys.co.jp>
Subject: Re: %s
Date: Mon, 24 Nov 2025 21:10:05 +0900
Message-ID: %s
""" % (S6, M6_USR)
    out.append(mail(L("unrelated", False, C6),
                    "bounce: the Cc to the closed company mailbox failed",
                    "carries the case subject; the reply to support itself was delivered",
                    date=d, frm=("Mail Delivery System", "MAILER-DAEMON@smtp.kumomail.jp"), to=ME_P,
                    subject="Undelivered Mail Returned to Sender",
                    body=MP("report", T(notice, "us-ascii", "7bit"),
                            RAW("message/delivery-status", status),
                            RAW("text/rfc822-headers", hdrs),
                            pre="This is a MIME-encapsulated message."),
                    mid="<20251124121041.4dP9rK2mQZz1x@smtp.kumomail.jp>",
                    extra=[("Auto-Submitted", "auto-replied")], nl="\n"))

    # 80 case_update C6: reopened, no reply needed
    d = dt("2025-11-25 02:15:00", UTC)
    txt = """岡林 亮 様

お世話になっております。水野でございます。

ご返信いただき、ありがとうございます。本ケースを再開いたしました。
いただいた登録番号をもとに、Pearson VUE 側の記録を確認しております。
確認が取れ次第、バウチャーの発行についてご連絡いたします。

現時点で、お客様にご対応いただくことはございません。ご返信は不要です。

水野 遥
AWS Training and Certification Customer Support
"""
    out.append(mail(L("case_update", False, C6),
                    "reopened, checking with Pearson VUE; 'no reply needed'",
                    "explicit ご返信は不要です in Japanese",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S6,
                    body=T(txt, "utf-8", "base64"), mid=M6_REOPEN, irt=M6_USR,
                    refs=[M6_ACK, M6_REQ, M6_CLOSED, M6_USR], **_aws(d, "m80")))

    # 81 ISP follow-up with a keigo request (UTF-8)
    d = dt("2025-11-26 14:30:00")
    txt = """岡林 亮 様

そらネット カスタマーセンターの大野でございます。
先日は通信速度についてお問い合わせいただき、ありがとうございました（受付番号：2510280417）。

回線の状態を確認するため、お手数ですが、ご利用のルーターの機種名と、
速度が低下する時間帯をご返信いただけますでしょうか。

何卒よろしくお願いいたします。

そらネット カスタマーセンター
"""
    out.append(mail(L("unrelated", False, None),
                    "ISP asks for router model and times (keigo, UTF-8)",
                    "a perfect keigo information request, but from the ISP",
                    date=d, frm=("そらネット カスタマーセンター", "support@soranet-hikari.jp"), to=ME_P,
                    subject="Re: 【そらネット】お問い合わせの件（受付番号：2510280417）",
                    body=T(txt, "utf-8", "quoted-printable"), mid=mid_gen("m81", "soranet-hikari.jp"),
                    **inbound(ME_P, d, "m81", host="smtp.soranet-hikari.jp", ip="203.0.113.33",
                              mailfrom="soranet-hikari.jp", dkim_d="soranet-hikari.jp")))

    # 82 resolved C6 (EN + JA)
    d = dt("2025-11-27 04:40:00", UTC)
    txt = """Hello Ryo,

Pearson VUE has confirmed the incident on November 15. We have issued a
replacement exam voucher to your certification account (%s); you will
find it under Benefits, valid until February 28, 2026.

There is nothing else you need to do. If the voucher does not appear within
24 hours, you may reply to this message.

Kind regards,
Haruka Mizuno

（日本語）
Pearson VUE にて 11 月 15 日の障害が確認できましたので、再受験用のバウチャーを
認定アカウント（%s）に発行いたしました。「特典」ページからご確認いただけます
（有効期限：2026年2月28日）。24 時間以内に表示されない場合は、本メールにご返信ください。

AWS Training and Certification Customer Support
""" % (CAND_P, CAND_P)
    out.append(mail(L("resolved", False, C6, [CAND_P]),
                    "replacement voucher issued, bilingual",
                    "'you may reply' / 表示されない場合は…ご返信ください are conditional",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject=S6,
                    body=T(txt, "utf-8", "quoted-printable"), mid=mid_ses("m82"), irt=M6_REOPEN,
                    refs=[M6_ACK, M6_REQ, M6_CLOSED, M6_USR, M6_REOPEN], **_aws(d, "m82")))
    return out
