"""Messages 052-061: Japanese case D (name on record), case A reopened by the owner."""
from lib import *

SUBJ_D = "[CASE %s] AWS トレーニングと認定 お問い合わせ - 認定記録の修正" % CD


def msgs():
    out = []

    # 052 acknowledgement D (Shift_JIS, 8bit)
    t = """このメールは送信専用のシステムから自動でお送りしています。

お問い合わせを受け付けました。
ケース ID: %s
お問い合わせの種類: 認定 / 認定記録

担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。
確認に時間を要する場合は、あらかじめご了承ください。

同じ内容のお問い合わせを重ねて送信されますと、回答が遅れる場合がございます。
補足がある場合は、本メールにそのままご返信ください。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""" % CD
    out.append((build(dt(10, 3, 5, 40, 11), hdr("AWS トレーニングと認定", "shift_jis") + " <%s>" % TC, ME_P,
                      SUBJ_D, part(t, charset="shift_jis", cte="8bit"), "D-ack",
                      subj_charset="shift_jis", authres=auth("amazon.com")),
                lab("acknowledgement", False, CD)))

    # 053 console survey for case C
    h = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello,</p>
<p>Your AWS Support case <b>%s</b> (%s) was resolved recently.
Would you take a moment to tell us how it went? Your answers help us improve AWS Support.</p>
<p><a href="https://console.aws.amazon.com/support/feedback?displayId=%s">Rate your experience</a></p>
<p>Thank you,<br>AWS Support</p>
<p style="font-size:11px;color:#777">This is an automated message. Please do not reply.</p></body></html>""" % (CC, "Exam discount voucher missing after certification account merge", CC)
    out.append((build(dt(10, 3, 18, 2, 50), "AWS Support <no-reply-aws@amazon.com>", ME_P,
                      "How was your experience with AWS Support?", html(h), "C-survey",
                      authres=auth("amazon.com")),
                lab("survey", False, CC)))

    # 054 info request D, Japanese keigo (ISO-2022-JP)
    t = """石崎 春香 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。
このたびはお問い合わせいただき、誠にありがとうございます。

候補 ID %s のアカウントにつきまして、認定証に記載される氏名が
「ISHIZAKI HARUKA」(姓・名の順) となっていることを確認いたしました。
ご希望の「Haruka Ishizaki」への変更は可能でございますが、氏名の変更には
試験当日にご提示いただいた身分証明書の表記と一致している必要がございます。

つきましては、お手数ではございますが、身分証明書に記載されているローマ字表記の
氏名を、姓と名の区別が分かる形でご教示いただけますでしょうか。

また、変更後は既に発行済みの認定証 PDF も新しい氏名で再発行されます点、
あらかじめご了承くださいますようお願い申し上げます。

ご返信をお待ちしております。何卒よろしくお願いいたします。

山口
AWS トレーニングと認定 カスタマーサポート
""" % NEW_ID
    TXT["D-req"] = t
    out.append((build(dt(10, 6, 2, 10, 5), hdr("AWS トレーニングと認定", "iso-2022-jp") + " <%s>" % TC, ME_P,
                      "RE:" + SUBJ_D, part(t, charset="iso-2022-jp", cte="7bit"), "D-req", refs=["D-ack"],
                      subj_charset="iso-2022-jp", authres=auth("amazon.com")),
                lab("info_request", True, CD, [NEW_ID])))

    # 055 owner answers D in Japanese, Gmail Japanese quote header
    new = """山口様

ご連絡ありがとうございます。
パスポートの表記は以下のとおりです。

姓 (Surname): ISHIZAKI
名 (Given name): HARUKA

認定証の表記は「Haruka Ishizaki」（名・姓の順）でお願いいたします。
PDF の再発行についても承知しました。

石崎 春香
"""
    q = gmail_q_ja("2025年10月6日(月) 11:10 AWS トレーニングと認定 <%s>" % TC, "", TXT["D-req"]).replace(" :\n", ":\n", 1)
    out.append((build(dt(10, 6, 20, 33, 47, JST), me_p(), "AWS トレーニングと認定 <%s>" % TC,
                      "Re: RE:" + SUBJ_D, alt(new + "\n" + q, p2html(new + "\n" + q), cte="base64"),
                      "D-u1", style="gmail", irt="D-req", refs=["D-ack", "D-req"]),
                lab("user_reply", False, CD)))

    # 056 D resolved, conditional invitation (UTF-8 base64, multipart)
    t = """石崎 春香 様

AWS トレーニングと認定 カスタマーサポートの山口でございます。

ご教示いただいた内容に基づき、認定記録の氏名を「Haruka Ishizaki」に修正いたしました。
認定証 PDF も新しい氏名で再発行済みでございます。AWS 認定アカウントの
「認定」ページからダウンロードいただけます。

なお、Credly のデジタルバッジへの反映には数日かかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。
このたびはご利用いただき、誠にありがとうございました。

山口
AWS トレーニングと認定 カスタマーサポート
"""
    out.append((build(dt(10, 8, 1, 27, 30), hdr("AWS トレーニングと認定") + " <%s>" % TC, ME_P,
                      "RE:" + SUBJ_D, alt(t, p2html(t), cte="base64"), "D-done", irt="D-u1",
                      refs=["D-ack", "D-req", "D-u1"], authres=auth("amazon.com")),
                lab("resolved", False, CD)))

    # 057 certmetrics feedback request (program mail, not a case survey)
    t = """AWS Certification wants to hear from you

Hi Haruka,

You recently earned an AWS Certification. We'd like to know how you prepared
and how the certification is helping your career. The questionnaire takes
about 10 minutes, and a few respondents will be invited to join our exam
development workshops.

Start the questionnaire: https://www.certmetrics.com/amazon/survey/cert-holders-2025

AWS Certification
"""
    out.append((build(dt(10, 8, 16, 5, 0), "AWS Certification <do-not-reply@certmetrics.com>", ME_P,
                      "AWS Certification wants to hear from you", alt(t, p2html(t)), "c057",
                      style="certmetrics.com", authres=auth("certmetrics.com", spf_ip="198.2.180.44")),
                lab("certification", False, None)))

    # 058 owner reopens A: a certification is missing
    new = """Hi Lukas,

Sorry to come back to this. I checked the merged account and the Developer -
Associate certification I earned in 2019 is not there. Only the Solutions
Architect ones show up. Could you check whether it was left somewhere?

Thanks,
Haruka
"""
    q = gmail_q("Tue, 16 Sept 2025 at 11:12,", "Amazon Web Services <%s>" % TC, TXT["A-done"])
    out.append((build(dt(10, 9, 8, 2, 15, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CA, SUBJ_MERGE), part(new + "\n" + q, cte="7bit", charset="us-ascii"),
                      "A-u4", style="gmail", irt="A-done", refs=["A-conf", "A-u3", "A-done"]),
                lab("user_reply", False, CA)))

    # 059 owner's second mail the same morning, short
    t = """One more thing: the old account also had an invitation to the AWS
Certification SME Program. Is that carried over too?

Haruka
"""
    out.append((build(dt(10, 9, 8, 40, 3, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: RE:[CASE %s] %s" % (CA, SUBJ_MERGE), part(t, cte="7bit", charset="us-ascii"),
                      "A-u5", style="gmail", irt="A-u4", refs=["A-done", "A-u4"]),
                lab("user_reply", False, CA)))

    # 060 support answers both mails; a question at the end
    t = """Hello Haruka,

I've reopened case %s and I'm answering both of your messages here.

About the SME Program: invitations are tied to the individual programme
round, not to the account, so they are not moved by a merge. You can
register your interest again from the Benefits page; nothing is lost.

About the Developer - Associate certification: it is not on either of the two
accounts we merged, which usually means there is a third account. Was that
exam taken with another e-mail address, for example a university or a
previous employer's address? Let me know which one, and I will look it up.

Regards,
Lukas
AWS Training and Certification
""" % CA
    TXT["A-req2"] = t
    out.append((build(dt(10, 10, 1, 18, 26), "Amazon Web Services <%s>" % TC, ME_P,
                      "RE:[CASE %s] %s" % (CA, SUBJ_MERGE), alt(t, p2html(t)), "A-req2", irt="A-u5",
                      refs=["A-done", "A-u4", "A-u5"], authres=auth("amazon.com")),
                lab("info_request", True, CA)))

    # 061 owner answers, changing the subject (threading only by headers)
    new = """Lukas,

Yes - I took it while at university, with h.ishizaki@mail.kyoto-ts.ac.jp.
That address no longer works.

Haruka
"""
    q = gmail_q("Fri, 10 Oct 2025 at 10:18,", "Amazon Web Services <%s>" % TC, TXT["A-req2"])
    out.append((build(dt(10, 10, 12, 5, 40, JST), me_p(), "Amazon Web Services <%s>" % TC,
                      "Re: third certification account (university address)",
                      multi("alternative", part(new + "\n" + q),
                            html(gmail_html(new, "On Fri, 10 Oct 2025 at 10:18, Amazon Web Services <%s> wrote:" % TC,
                                            TXT["A-req2"]))),
                      "A-u6", style="gmail", irt="A-req2", refs=["A-done", "A-u5", "A-req2"]),
                lab("user_reply", False, CA)))
    return out
