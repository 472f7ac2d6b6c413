"""2025-10-15 .. 10-22: confirmation, closing notice, wrong-address reply, merge done."""
from common import *
from part3 import S1, M_ACK1, M_REQ1, M_USR1, M_HOLD1, M_HOLD2, M_USR2, M_LIFT

M_CONF = mid_ses("c1-conf")
M_CLOSE = mid_ses("c1-close")
M_WRONG = mid_co("c1-wrong")
M_ADDR = mid_ses("c1-addr")
M_OK = mid_kumo("c1-ok")
M_DONE = mid_ses("c1-done")
M_REOPEN = mid_kumo("c1-reopen")
REFS_A = [M_ACK1, M_REQ1, M_USR1, M_HOLD1, M_HOLD2, M_USR2, M_LIFT]

CONF_TXT = """Hi Ryo,

The partner association has been removed, so your accounts can now be merged.
These are the accounts I found:

Account #1
  Candidate ID: %s
  Login email: ryo.okabayashi@kumomail.jp
  Training notification email: ryo.okabayashi@kumomail.jp
  Certification notification email: ryo.okabayashi@kumomail.jp

Account #2
  Candidate ID: %s
  Login email: r-okabayashi@shirasagi-sys.co.jp
  Training notification email: r-okabayashi@shirasagi-sys.co.jp
  Certification notification email: r-okabayashi@shirasagi-sys.co.jp

After the merge, the exam history, certifications and benefits of Account #2
move to Account #1, and Account #2 can no longer be used to sign in.

Before I go ahead, kindly reply to this email confirming that both accounts
belong to you and that Account #1 is the one to keep.

Regards,
Kenta S.
AWS Training and Certification""" % (CAND_P, CAND_CO)

CLOSE_TXT = """岡林 亮 様

AWS トレーニングと認定 カスタマーサポートの水野でございます。

10月15日に担当者よりお送りした、統合対象アカウントのご確認のお願いについて、
現時点でご返信を確認できておりません。
2025年10月21日（火）までにご返信をいただけない場合、本ケースはクローズさせていただきます。

統合をご希望の場合は、お手数ですが、前回のメールに記載したアカウント #1 を残す形で
よろしいかどうか、本メールにご返信ください。
なお、クローズ後であっても、本メールにご返信いただければケースを再開いたします。

水野 遥
AWS Training and Certification Customer Support
"""

ADDR_TXT = """岡林 亮 様

お世話になっております。水野でございます。
ご返信いただき、ありがとうございます。

いただいたご返信は、会社のメールアドレス（r-okabayashi@shirasagi-sys.co.jp）から
送信されておりました。セキュリティ上の理由により、統合のご承認は、統合先アカウントに
登録されたメールアドレスから頂戴する必要がございます。

お手数ではございますが、統合先のメールアドレス（ryo.okabayashi@kumomail.jp）から、
本ケースにご返信いただければ幸いです。内容は先ほどと同じもので差し支えございません。

ご返信を確認でき次第、統合の作業を進めます。

水野 遥
AWS Training and Certification Customer Support
"""

DONE_TXT = """岡林 亮 様

お世話になっております。水野でございます。
ご確認いただき、ありがとうございました。

アカウント #2（%s）をアカウント #1（%s）へ統合する作業が完了いたしました。
今後は ryo.okabayashi@kumomail.jp で認定アカウントにサインインしてください。

試験履歴、取得済みの認定、特典が引き継がれていることをご確認ください。
Credly のデジタルバッジは、数日以内に統合後のアカウントへ反映される予定です。

ご不明な点がございましたら、本メールにご返信ください。

水野 遥
AWS Training and Certification Customer Support
""" % (CAND_CO, CAND_P)


def _html_table():
    rows = []
    for n, cid, em in (("#1", CAND_P, ME_P), ("#2", CAND_CO, ME_C)):
        rows.append("""<tr><td rowspan="4" style="border:1px solid #999;padding:6px"><b>Account %s</b></td>
<td style="border:1px solid #999;padding:6px">Candidate ID</td><td style="border:1px solid #999;padding:6px">%s</td></tr>
<tr><td style="border:1px solid #999;padding:6px">Login email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>
<tr><td style="border:1px solid #999;padding:6px">Training notification email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>
<tr><td style="border:1px solid #999;padding:6px">Certification notification email</td><td style="border:1px solid #999;padding:6px">%s</td></tr>""" % (n, cid, em, em, em))
    return "<table style=\"border-collapse:collapse;font-size:13px\">%s</table>" % "\n".join(rows)


def messages():
    out = []

    # 37 confirmation_request C1, HTML only
    d = dt("2025-10-15 01:02:19", UTC)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Ryo,</p>
<p>The partner association has been removed, so your accounts can now be merged. These are the accounts I found:</p>
%s
<p>After the merge, the exam history, certifications and benefits of Account #2 move to Account #1, and Account #2 can no longer be used to sign in.</p>
<p>Before I go ahead, kindly reply to this email confirming that both accounts belong to you and that Account #1 is the one to keep.</p>
<p>Regards,<br>Kenta S.<br>AWS Training and Certification</p>
<hr><p style="font-size:11px;color:#777">Was this answer helpful? <a href="https://tc-support-feedback.aws/rate?c=%s&amp;v=y">Yes</a> | <a href="https://tc-support-feedback.aws/rate?c=%s&amp;v=n">No</a></p>
</body></html>""" % (_html_table(), C1, C1)
    ib = inbound(ME_P, d, "m37")
    out.append(mail(L("confirmation_request", True, C1, [CAND_P, CAND_CO]),
                    "Account #1/#2 HTML table, asks to confirm ownership and the account to keep",
                    "HTML only; the ask uses 'kindly reply' after a table; feedback Yes/No footer",
                    date=d, frm=(TC_NAME, TC), to=ME_P, subject=S1,
                    body=H(html, "utf-8", "quoted-printable"), mid=M_CONF, irt=M_LIFT, refs=REFS_A, **ib))

    # 38 newsletter Shift_JIS 8bit
    d = dt("2025-10-16 07:00:00")
    txt = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　週刊クラウド通信　第 412 号　2025/10/16
━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■今週のトピック
　・マネージド Kubernetes の料金改定まとめ
　・資格アカウントを転職時に移行するときの注意点
　・読者アンケート結果発表

■編集後記
　アンケートにご協力いただいた皆さま、ありがとうございました。
　次回もぜひご回答いただければ幸いです。

ご不明な点がございましたら、本メールにご返信ください。
配信停止：https://cloudtsushin.jp/unsubscribe
"""
    ib = inbound(ME_P, d, "m38", host="mail.cloudtsushin.jp", ip="203.0.113.61",
                 mailfrom="cloudtsushin.jp", dkim_d="cloudtsushin.jp")
    out.append(mail(L("unrelated", False, None),
                    "newsletter with an article on moving certification accounts (Shift_JIS 8bit)",
                    "〜いただければ幸いです and ご返信ください in a newsletter; topic overlaps",
                    date=d, frm=("週刊クラウド通信", "news@cloudtsushin.jp"), to=ME_P,
                    subject="週刊クラウド通信 第412号：転職時の資格アカウント移行ほか",
                    body=T(txt, "shift_jis", "8bit"), mid=mid_gen("m38", "cloudtsushin.jp"),
                    hcs="iso-2022-jp", nl="\n",
                    extra=[("List-Unsubscribe", "<https://cloudtsushin.jp/unsubscribe>"),
                           ("Precedence", "bulk")], **ib))

    # 39 closing_notice C1 (ISO-2022-JP)
    d = dt("2025-10-18 01:00:12", UTC)
    ib = inbound(ME_P, d, "m39")
    out.append(mail(L("closing_notice", True, C1),
                    "no answer to the confirmation: case will close on Oct 21 (ISO-2022-JP)",
                    "request (お手数ですが…ご返信ください) next to a conditional reopen sentence",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=T(CLOSE_TXT, "iso-2022-jp", "7bit"), mid=M_CLOSE, irt=M_CONF,
                    refs=REFS_A + [M_CONF], hcs="iso-2022-jp", **ib))

    # 40 owner replies from the company address (wrong address), Outlook EN quote
    d = dt("2025-10-18 13:20:41")
    txt = """Hello,

Confirmed - both accounts are mine. Please keep Account #1 (%s) and
merge Account #2 into it.

Sorry for the late reply.

Ryo Okabayashi

________________________________
From: AWS Training and Certification <%s>
Sent: Saturday, October 18, 2025 10:00
To: 岡林 亮 <%s>
Subject: %s

%s

________________________________
From: AWS Training and Certification <%s>
Sent: Wednesday, October 15, 2025 10:02
Subject: %s

%s
""" % (CAND_P, TC, ME_P, S1, CLOSE_TXT, TC, S1, CONF_TXT)
    out.append(mail(L("user_reply", False, C1, [CAND_P]),
                    "owner confirms, but from the company address (forwarded copy read at work)",
                    "top-posted over two full support mails incl. the confirmation request",
                    date=d, frm=("岡林 亮", ME_C), to=(TC_NAME, TC), subject="RE: " + S1,
                    body=T(txt, "utf-8", "base64"), mid=M_WRONG, irt=M_CLOSE,
                    refs=REFS_A + [M_CONF, M_CLOSE], mailer="Microsoft Outlook 16.0"))

    # 41 info_request C1: write from the destination address
    d = dt("2025-10-20 00:30:00", UTC)
    ib = inbound(ME_P, d, "m41")
    out.append(mail(L("info_request", True, C1),
                    "support needs the go-ahead from the destination address (〜いただければ幸いです)",
                    "the ask is phrased as a wish (幸いです); addressed to company + personal",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_C), cc=("岡林 亮", ME_P), subject=S1,
                    body=T(ADDR_TXT, "utf-8", "base64"), mid=M_ADDR, irt=M_WRONG,
                    refs=REFS_A + [M_CONF, M_CLOSE, M_WRONG], **ib))

    # 42 owner confirms from the personal address (JA + EN, Gmail quote)
    d = dt("2025-10-20 12:48:05")
    txt = """水野様

ご案内ありがとうございます。個人アドレスから改めてお送りします。

I confirm that both accounts belong to me. Please keep Account #1 (%s)
and merge Account #2 into it.

よろしくお願いいたします。
岡林 亮

2025年10月20日(月) 9:30 AWS Training and Certification <%s>:
%s
""" % (CAND_P, TC, quote(ADDR_TXT))
    out.append(mail(L("user_reply", False, C1, [CAND_P]),
                    "owner's confirmation from the personal address",
                    "bilingual; quoted request below",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S1,
                    body=T(txt, "utf-8", "quoted-printable"), mid=M_OK, irt=M_ADDR,
                    refs=REFS_A + [M_CONF, M_CLOSE, M_WRONG, M_ADDR], mailer="KumoMail Web 5.2"))

    # 43 resolved C1 (Shift_JIS text + html), quotes the confirmation request
    d = dt("2025-10-20 06:05:31", UTC)
    body = DONE_TXT + "\n-----Original Message-----\n" + \
        "From: AWS Training and Certification <%s>\nSent: 2025/10/15 10:02\nSubject: %s\n\n%s\n" % (
            TC, S1, quote(CONF_TXT))
    html = "<html><body><div style=\"font-family:'MS PGothic',sans-serif\">%s</div>" \
           "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s</blockquote></body></html>" % (
               DONE_TXT.replace("\n", "<br>\n"), CONF_TXT.replace("\n", "<br>\n"))
    ib = inbound(ME_P, d, "m43")
    out.append(mail(L("resolved", False, C1, [CAND_CO, CAND_P]),
                    "merge completed (Shift_JIS, multipart), old 'kindly reply' request quoted",
                    "ご確認ください = check your account; conditional ご返信ください; quoted confirmation request",
                    date=d, frm=(TC_NAME, TC), to=("岡林 亮", ME_P), subject=S1,
                    body=MP("alternative", T(body, "shift_jis", "base64"), H(html, "shift_jis", "base64")),
                    mid=M_DONE, irt=M_OK, refs=REFS_A + [M_CONF, M_CLOSE, M_WRONG, M_ADDR, M_OK],
                    hcs="iso-2022-jp", **ib))

    # 44 Credly after merge
    d = dt("2025-10-20 07:10:00", UTC)
    txt = """Hi Ryo,

Your badges from Amazon Web Services Training and Certification are now
connected to ryo.okabayashi@kumomail.jp:

  - AWS Certified Solutions Architect - Professional
  - AWS Certified Developer - Associate

Sign in to Credly to review who can see them:
https://www.credly.com/users/ryo-okabayashi/badges

Credly
"""
    ib = inbound(ME_P, d, "m44", host="o12.em.credly.com", ip="167.89.44.12",
                 mailfrom="em.credly.com", dkim_d="credly.com")
    out.append(mail(L("badge", False, None),
                    "Credly: badges now on the personal address",
                    "arrives right after the merge; no case number",
                    date=d, frm=("Credly", "admin@credly.com"), to=ME_P,
                    subject="Your Amazon Web Services badges have moved to a new email address",
                    body=T(txt, "us-ascii", "7bit"), mid=mid_gen("m44", "credly.com"), **ib))

    # 45 survey C1 (JA, keigo request to answer a survey)
    d = dt("2025-10-21 02:00:00", UTC)
    html = """<html><body style="font-family:sans-serif">
<p>岡林 亮 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。</p>
<p>サービス向上のため、ケース %s の対応について、簡単なアンケートにご回答いただけますでしょうか。所要時間は 2 分程度です。</p>
<p><a href="https://survey.tc-feedback.aws.amazon.com/ja/s?c=%s">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスからお送りしております。ご返信いただいてもお答えできませんので、あらかじめご了承ください。</p>
</body></html>""" % (C1, C1)
    ib = inbound(ME_P, d, "m45")
    out.append(mail(L("survey", False, C1),
                    "JA satisfaction survey for the merge case, HTML only",
                    "keigo ask ご回答いただけますでしょうか, but for a survey; send-only address",
                    date=d, frm=("AWS トレーニングと認定", "aws-tc-feedback@amazon.com"), to=ME_P,
                    subject="【AWS トレーニングと認定】サポート対応に関するアンケートのお願い",
                    body=H(html, "utf-8", "base64"), mid=mid_ses("m45"), **ib))

    # 46 owner reopens: exam history incomplete
    d = dt("2025-10-22 21:40:12")
    txt = """水野様

統合の対応、ありがとうございました。

統合後のアカウントを確認したところ、2019年に受験した Cloud Practitioner の
試験履歴と認定が見当たりませんでした。
当時は大学のメールアドレス（okabayashi.ryo@stu.minato-u.ac.jp）で登録していた
かもしれません。お手数ですが、該当するアカウントがないかご確認いただけますか。

岡林 亮

2025年10月20日(月) 15:05 AWS Training and Certification <%s>:
%s
""" % (TC, quote(DONE_TXT))
    out.append(mail(L("user_reply", False, C1),
                    "owner replies to the resolution: one exam is missing",
                    "owner's own request (ご確認いただけますか); quoted resolution",
                    date=d, frm=("岡林 亮", ME_P), to=(TC_NAME, TC), subject="Re: " + S1,
                    body=T(txt, "utf-8", "base64"), mid=M_REOPEN, irt=M_DONE,
                    refs=REFS_A + [M_CONF, M_OK, M_DONE], mailer="KumoMail Web 5.2"))
    return out
