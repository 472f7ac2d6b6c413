from gen_common import *


def run():
    # 001 company IT notice (Japanese, ISO-2022-JP)
    body = part("""桑原 涼太 様

情報システム部です。
ご退職に伴い、下記のとおり社内アカウントを停止いたします。

  対象アドレス : r-kuwabara@hoshizora-sys.co.jp
  メール受信停止: 2025年3月31日(月) 18:00
  PC返却期限  : 2025年3月31日(月)

外部サービスに会社アドレスで登録している場合は、停止日までに
連絡先の変更をお済ませください。停止後に届いたメールは転送されません。

ご不明点は内線 2210 までお問い合わせください。

--
星空システムズ株式会社 情報システム部
it-helpdesk@hoshizora-sys.co.jp
""", charset="iso-2022-jp", cte="7bit")
    raw = build(addr("情報システム部", "it-helpdesk@hoshizora-sys.co.jp", "iso-2022-jp"), addr(ME_NAME, ME_C),
                "【情報システム部】退職に伴うアカウント停止のお知らせ", d(2025, 3, 14, 10, 5, tz=JST), body,
                M("it1", "hoshizora-sys.co.jp"), subj_charset="iso-2022-jp",
                auth="spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=hoshizora-sys.co.jp; dkim=none; dmarc=pass action=none header.from=hoshizora-sys.co.jp;compauth=pass reason=100")
    add(raw, "unrelated", False, None, [], "Internal IT notice in ISO-2022-JP; explains why the company address matters but is not AWS mail.")

    # 002 Builder ID verification code
    body = multi("alternative", [
        part("Verify your AWS Builder ID email address\n\nUse this verification code to finish creating your AWS Builder ID:\n\n    482913\n\nThe code expires in 10 minutes. If you didn't ask for this, you can ignore this message.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n", cte="7bit"),
        html("<html><body><h2>Verify your AWS Builder ID email address</h2><p>Use this verification code to finish creating your AWS Builder ID:</p><p style=\"font-size:28px;letter-spacing:4px\"><b>482913</b></p><p>The code expires in 10 minutes. If you didn't ask for this, you can ignore this message.</p></body></html>")],
        "----=_Part_88213_2009155.1742026212")
    raw = build("AWS Builder ID <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address",
                d(2025, 3, 15, 8, 10, 12), body, M("bid1", "signin.aws"), auth=auth_gmail("signin.aws"))
    add(raw, "unrelated", False, None, [], "Builder ID one-time code (6 digits must not be read as a case or candidate ID).")

    # 003 owner forwards notes from company to personal address
    body = part("""Notes for the merge, so they survive after the 31st.

Company cert account: %s  (r-kuwabara@hoshizora-sys.co.jp)
Certs: SAA-C03 (2022-06), DVA-C02 (2023-11), SAP-C02 booked for 3/25
Benefits: 50%% exam discount voucher, unused
Certificates downloaded to ~/Documents/aws-cert/

---------- Forwarded message ---------
From: AWS Certification <do-not-reply@certmetrics.com>
Date: Wed, Nov 29, 2023 at 9:12 AM
Subject: Your AWS Certification benefits
To: <r-kuwabara@hoshizora-sys.co.jp>

A 50%% discount voucher is available in the Benefits section of your
AWS Certification Account.
""" % CID_OLD, cte="quoted-printable")
    raw = build(addr("桑原 涼太 (Ryota Kuwabara)", ME_C), ME_P, "Fwd: Your AWS Certification benefits",
                d(2025, 3, 17, 10, 20, 41, JST), body, M("u-fwd", "hoshizora-sys.co.jp"))
    add(raw, "user_reply", False, None, [CID_OLD], "Owner forwards his own notes (company -> personal) with an old certmetrics mail below; his own text carries the old candidate ID.")

    # 004 case A acknowledgement: ticket-system receipt with a status table (HTML only)
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hello,</p>
<p>Thank you for reaching out to AWS Training and Certification. Your request has been logged in our case system.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Case ID</th><td>%(a)s</td></tr>
<tr><th align="left">Status</th><td>New &ndash; awaiting assignment</td></tr>
<tr><th align="left">Inquiry type</th><td>Certification / Account Merge</td></tr>
<tr><th align="left">Submitted</th><td>2025-03-17 08:00 UTC</td></tr>
<tr><th align="left">Contact e-mail</th><td>%(p)s</td></tr>
</table>
<p>Submitted details:</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;margin-left:0">
Use case: I will leave my employer (Hoshizora Systems) on March 31 and my company e-mail will stop working. I would like to merge my certification accounts.<br>
E-mail addresses used: %(c)s (candidate ID %(o)s), %(p)s (candidate ID %(n)s)<br>
E-mail to keep: %(p)s
</blockquote>
<p>A member of our team normally responds within one business day. Opening another case for the same request moves it to the back of the queue, so please keep everything on this case &ndash; a reply to this e-mail is added to it automatically.</p>
<p>Kind regards,<br>AWS Training and Certification Customer Support</p>
<p style="color:#888;font-size:11px">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109</p>
</body></html>""" % {"a": CASE_A, "p": ME_P, "c": ME_C, "o": CID_OLD, "n": CID_NEW}
    raw = build(TC_FROM, ME_P, "[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_A,
                d(2025, 3, 17, 8, 1, 12), html(h), M("a-ack"), auth=auth_gmail("amazon.com"),
                received=SES_RCVD(d(2025, 3, 17, 8, 1, 12)))
    add(raw, "acknowledgement", False, CASE_A, [CID_OLD, CID_NEW],
        "HTML-only ticket receipt with a status table; 'please keep everything on this case' is advice, not a request. Candidate IDs sit in the echoed form details (counted: not quoted history).")

    # 005 case B acknowledgement in Japanese, ISO-2022-JP, to the company address (duplicate form)
    body = part("""Amazon Web Services をご利用いただきありがとうございます。

お問い合わせを受け付け、ケース %s を作成いたしました。
ケースの内容は以下のとおりです。

お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
内容: 退職のため、会社のアドレスで作成した認定アカウント (%s) を
個人のアドレス %s のアカウントへ統合してください。

担当者より通常24時間以内にご連絡いたします。内容によっては、
調査のためお時間をいただく場合がございます。

同じご用件ですでにケースをお持ちの場合、新たなケースは作成せず、
既存のケースのメールにご返信ください。

よろしくお願いいたします。

Amazon Web Services
AWS トレーニングと認定 カスタマーサポート
""" % (CASE_B, CID_OLD, ME_P), charset="iso-2022-jp", cte="7bit")
    raw = build(TC_FROM, ME_C, "[CASE %s] AWS トレーニングと認定 フォーム送信 - アカウントサポート" % CASE_B,
                d(2025, 3, 17, 8, 48, 50), body, M("b-ack"), subj_charset="iso-2022-jp",
                auth=auth_m365("amazon.com"), auth_host="m365")
    add(raw, "acknowledgement", False, CASE_B, [CID_OLD],
        "Japanese ISO-2022-JP receipt of a duplicate form sent from the company address; the duplicate warning is generic boilerplate, not a request.")

    # 006 GitHub merged notification
    body = multi("alternative", [
        part("Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshizora/infra-terraform/pull/412#event-16794412230\nYou are receiving this because you authored the thread.\n", cte="7bit"),
        html("<p>Merged <a href=\"https://github.com/hoshizora/infra-terraform/pull/412\">#412</a> into main.</p><p style=\"font-size:small\">Reply to this email directly, view it on GitHub.</p>", cte="7bit")],
        "--==_mimepart_67d7f1a2_3c9e_41228")
    raw = build("Kenji Oda <notifications@github.com>", "hoshizora/infra-terraform <infra-terraform@noreply.github.com>",
                "Re: [hoshizora/infra-terraform] Merge account modules into a single stack (PR #412)",
                d(2025, 3, 17, 11, 2, 7), body, "<hoshizora/infra-terraform/pull/412/issue_event/16794412230@github.com>",
                cc=addr(ME_NAME, ME_C), irt="<hoshizora/infra-terraform/pull/412@github.com>",
                refs="<hoshizora/infra-terraform/pull/412@github.com>", auth=auth_m365("github.com"), auth_host="m365")
    add(raw, "unrelated", False, None, [], "GitHub 'merged' and 'account' wording; not AWS.")

    # 007 case B closed as duplicate
    body = part("""Hello Ryota,

This request matches case %s, which you submitted from your personal address
about forty minutes before this one. So that two of us don't work the same
request in parallel, I have closed this case and linked it to %s.

Nothing is needed from you on this thread. Everything about the merge will
continue on %s and will go to %s.

Best regards,
Tomasz W.
AWS Training and Certification
""" % (CASE_A, CASE_A, CASE_A, ME_P), cte="quoted-printable")
    raw = build(TC_FROM, ME_C, "RE:[CASE %s] [AWS Training and Certification Form Submission] - account-assistance" % CASE_B,
                d(2025, 3, 18, 2, 10, 33), body, M("b-dup"), irt=M("b-ack"), refs=M("b-ack"),
                auth=auth_m365("amazon.com"), auth_host="m365")
    add(raw, "case_update", False, CASE_B,
        [], "Duplicate case closed and linked to the main case: a closure, but not for lack of answer, so not closing_notice.")
