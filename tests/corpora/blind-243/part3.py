"""Messages 019-036: partner hold, confirmation, wrong address."""
from part1 import *

ACCT_TXT = """Account #1
  Candidate ID: AWS11940283
  Login e-mail: kenta.morioka@hoshizora-mail.jp
  Training notification e-mail: kenta.morioka@hoshizora-mail.jp
  Certification notification e-mail: kenta.morioka@hoshizora-mail.jp

Account #2
  Candidate ID: AWS03817265
  Login e-mail: morioka.kenta@tanuki-sysworks.co.jp
  Training notification e-mail: morioka.kenta@tanuki-sysworks.co.jp
  Certification notification e-mail: morioka.kenta@tanuki-sysworks.co.jp"""


def run():
    # 019 ------------------------------------------------------------ C2 closed as duplicate
    d = when("2025-02-12 01:20")
    add("c2-dup", "case_update", False, C2, [],
        "C2 closed as a duplicate and linked to C1; 'no reply is needed here'. Labelled with C2 (its own subject) though the body names C1",
        TC_FROM, ME_C, "RE:" + C2_SUBJ, d,
        text("""Hi Kenta,

This request is already being handled in case %s, which you opened yesterday from your personal address. To keep everything in one place I've closed this case (%s) and linked the two.

No reply is needed here. My colleague will carry on with you in the other case, at kenta.morioka@hoshizora-mail.jp.

Best,
Jonas W.
AWS Training and Certification Customer Service
""" % (C1, C2) + TC_SIG, "utf-8", "quoted-printable"),
        parent="c2-ack", **aws_in("c2-dup", d, False))

    # 020 ------------------------------------------------------------ C1 partner hold + buried question
    d = when("2025-02-12 01:31")
    body = """Hello Kenta,

Thank you for your patience. I've looked up both certification accounts named in your request.

The company account (AWS03817265) is connected to the AWS Partner Network profile of Tanuki Sysworks K.K. While a certification account is linked to a partner organization we can't move its records elsewhere, because the partner's certification count is built from it. I've written to the partner's alliance contact and asked them to release the link. Until they do, your request is on hold; in my experience this takes a few business days.

It would help me to know your last working day at Tanuki Sysworks so I can include it in my note to the partner. Could you share that when you have a moment?

Best regards,
Priya R.
AWS Training and Certification Customer Service"""
    add("c1-hold", "on_hold", True, C1, [CID_OLD],
        "C1 partner (APN) hold; the question about the last working day sits after the hold explanation ('It would help me to know... Could you share that') -> a hold with a question, reply needed",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        alt(text(body + TC_SIG), html("<html><body style=\"font-family:Arial;font-size:14px\">" + h2t(body) + "</body></html>")),
        parent="c1-ack", **aws_in("c1-hold", d))

    # 021 ------------------------------------------------------------ owner answers
    d = when("2025-02-12 21:47", JST)
    add("c1-rep1", "user_reply", False, C1, [],
        "Owner's Gmail-style reply with 'On ... wrote:' quote",
        ME_FROM_P, TC_FORM, "Re: RE:" + C1_SUBJ, d,
        text("""Hi Priya,

My last day at Tanuki Sysworks is Friday, 14 March 2025. The company mailbox will be switched off that evening, so please use my personal address from now on.

Thanks,
Kenta

On Wed, 12 Feb 2025 at 10:31, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

""" + quote(body), "utf-8", "quoted-printable"),
        idd="gmail", parent="c1-hold", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # 022 ------------------------------------------------------------ AWS marketing (ja)
    d = when("2025-02-13 01:00")
    add("mkt-summit", "unrelated", False, None, [],
        "AWS marketing (Japanese, base64 HTML) from aws-marketing-email-replies@amazon.com; 'register now'",
        addr("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
        subj("【AWS Summit Japan 2025】事前登録の受付を開始しました"), d,
        html("""<html><body style="font-family:'Hiragino Sans',Meiryo,sans-serif">
<p>森岡 健太 様</p>
<p>AWS Summit Japan 2025 の事前登録を開始しました。基調講演、150 を超えるセッション、AWS 認定資格保有者向けラウンジをご用意しています。</p>
<p><a href="https://aws.amazon.com/jp/summits/japan/">今すぐ登録する</a></p>
<p style="font-size:11px;color:#666">このメールは配信専用です。配信停止をご希望の場合は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。<br>アマゾン ウェブ サービス ジャパン合同会社</p>
</body></html>""", "utf-8", "base64"),
        extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?e=kmorioka>")],
        **aws_in("mkt-summit", d))

    # 023 ------------------------------------------------------------ C1 hold continues
    d = when("2025-02-14 02:05")
    add("c1-hold2", "on_hold", False, C1, [],
        "C1 still on hold for the partner; 'you don't need to do anything right now'; announces a LATER confirmation request (future need, not now)",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hello Kenta,

Thanks for the date, noted. I've passed it to the partner's alliance team together with my request.

We're still waiting for them to release the link, so your case remains on hold for now. You don't need to do anything in the meantime. Once the link is released I'll send you the details of both accounts, and at that point I'll ask you to confirm which one we keep before anything is merged.

Best regards,
Priya R.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "quoted-printable"),
        parent="c1-rep1", **aws_in("c1-hold2", d))

    # 024 ------------------------------------------------------------ partner admin colleague
    d = when("2025-02-17 10:12", JST)
    pa = """森岡さん

パートナー管理担当の中島です。
AWS から、パートナーセントラル上の森岡さんの認定リンクを解除してほしいと依頼が来ています。
退職に伴うものと理解していますが、本日中に解除して問題ないでしょうか？
念のため返信で OK をもらえればすぐ対応します。

中島 亮
アライアンス推進室"""
    add("pa-ask", "unrelated", False, None, [],
        "Colleague (the partner's admin) asks the owner for an OK to release the partner link: the 'partner must act' side, a request, but not from support",
        addr("中島 亮", "nakajima.ryo@tanuki-sysworks.co.jp"), addr("森岡 健太", ME_C),
        subj("【確認】AWSパートナーセントラル 認定リンク解除の件"), d,
        text(pa, "iso-2022-jp", "7bit"), idd="tanuki-sysworks.co.jp",
        **inbound(False, "tanuki-sysworks.co.jp", "nakajima.ryo@tanuki-sysworks.co.jp", "mail-internal.tanuki-sysworks.co.jp", "10.20.4.11", d))

    # 025 ------------------------------------------------------------ owner answers colleague
    d = when("2025-02-17 10:40", JST)
    add("pa-rep", "user_reply", False, None, [],
        "Owner's reply to the colleague (not on the support thread, so no case)",
        ME_FROM_C, addr("中島 亮", "nakajima.ryo@tanuki-sysworks.co.jp"),
        subj("RE: 【確認】AWSパートナーセントラル 認定リンク解除の件"), d,
        text("""中島さん

OK です、解除をお願いします。
お手数おかけします。

森岡

-----Original Message-----
From: 中島 亮 <nakajima.ryo@tanuki-sysworks.co.jp>
Sent: Monday, February 17, 2025 10:12 AM
To: 森岡 健太 <morioka.kenta@tanuki-sysworks.co.jp>
Subject: 【確認】AWSパートナーセントラル 認定リンク解除の件

""" + pa, "utf-8", "base64"),
        idd="outlook", parent="pa-ask", crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 026 ------------------------------------------------------------ GitHub review request
    d = when("2025-02-18 06:22")
    add("gh-review", "unrelated", False, None, [],
        "GitHub review request ('requested your review') - a request, but not support",
        addr("Shun Ota", "notifications@github.com"), addr("tanuki-sysworks/infra-modules", "infra-modules@noreply.github.com"),
        "[tanuki-sysworks/infra-modules] Rotate KMS keys for staging (PR #419)", d,
        text("""@shun-ota requested your review on: tanuki-sysworks/infra-modules#419 Rotate KMS keys for staging.

--
Reply to this email directly, view it on GitHub:
https://github.com/tanuki-sysworks/infra-modules/pull/419
You are receiving this because your review was requested.
""", "utf-8", "7bit"),
        cc=addr(ME_NAME, ME_C), idd="github.com", reply_to="reply+AAQX3Y9Q1MZ@reply.github.com",
        extra=[("List-ID", "tanuki-sysworks/infra-modules <infra-modules.tanuki-sysworks.github.com>"), ("X-GitHub-Reason", "review_requested")],
        **inbound(False, "github.com", "noreply@github.com", "out-22.smtp.github.com", "192.30.252.205", d))

    # 027 ------------------------------------------------------------ C1 hold lifted
    d = when("2025-02-19 03:10")
    add("c1-lift", "case_update", False, C1, [],
        "C1 hold lifted; the merge is being prepared and details will follow in a separate message (nothing asked yet)",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hi Kenta,

Marco here; I'm taking over your case from Priya.

Good news: the partner released the link on their side this morning, so the hold on your case is lifted. I'm putting the merge together now and will send the account details for your review in a separate message shortly.

Regards,
Marco D.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "7bit"),
        parent="c1-hold2", **aws_in("c1-lift", d))

    # 028 ------------------------------------------------------------ C1 confirmation request (HTML only)
    d = when("2025-02-19 03:58")
    rows = ""
    for n, cid, e in (("#1", CID_NEW, ME_P), ("#2", CID_OLD, ME_C)):
        rows += ('<tr><td colspan="2" style="background:#f2f3f3;padding:6px"><b>Account %s</b></td></tr>'
                 '<tr><td style="padding:4px 8px">Candidate ID</td><td>%s</td></tr>'
                 '<tr><td style="padding:4px 8px">Login e-mail</td><td>%s</td></tr>'
                 '<tr><td style="padding:4px 8px">Training notification e-mail</td><td>%s</td></tr>'
                 '<tr><td style="padding:4px 8px">Certification notification e-mail</td><td>%s</td></tr>\n') % (n, cid, e, e, e)
    add("c1-conf", "confirmation_request", True, C1, [CID_NEW, CID_OLD],
        "C1 HTML-only base64 confirmation request with an Account #1/#2 table; the ask is one sentence after the table",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<p>Hi Kenta,</p>
<p>As promised, here are the two certification accounts I found for you:</p>
<table style="border-collapse:collapse;border:1px solid #d5dbdb">
%s</table>
<p>After the merge, everything recorded on Account #2 (exam history, certifications, benefits) will appear on Account #1, and Account #2 can no longer be used to sign in.</p>
<p>Please reply to confirm that both accounts are yours and that Account #1 is the one we should keep.</p>
<p>Regards,<br>Marco D.<br>AWS Training and Certification Customer Service</p>
<p style="font-size:11px;color:#687078">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210</p>
</body></html>""" % rows, "utf-8", "base64"),
        cc=ME_C, parent="c1-lift", **aws_in("c1-conf", d))

    # 028b ----------------------------------------------------------- Pearson VUE confirmation
    d = when("2025-02-20 11:04", JST)
    add("pv-conf", "unrelated", False, None, [CID_OLD],
        "Exam vendor appointment confirmation (9-digit registration number, candidate ID of the old account); exam vendor mail is unrelated",
        addr("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_C, "Pearson VUE Confirmation of Booking", d,
        html("""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Kenta Morioka,</p>
<p>Thank you for scheduling your exam with Pearson VUE. Please keep this e-mail for your records.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Exam</td><td>SAP-C02: AWS Certified Solutions Architect - Professional</td></tr>
<tr><td>Date and time</td><td>Friday, March 21, 2025, 2:00 PM JST</td></tr>
<tr><td>Location</td><td>Online proctored (OnVUE)</td></tr>
<tr><td>Registration ID</td><td>384019276</td></tr>
<tr><td>Candidate ID</td><td>AWS03817265</td></tr>
</table>
<p>To reschedule or cancel, sign in to your AWS Certification Account at least 24 hours before your appointment.</p>
<p>Pearson VUE</p>
</body></html>""", "utf-8", "quoted-printable"),
        idd="pearson.com",
        **inbound(False, "pearson.com", "bounce@mail.pearsonvue.com", "mx-out3.pearsonvue.com", "159.182.9.33", d))

    # 029 ------------------------------------------------------------ Credly expiry
    d = when("2025-02-21 15:30")
    add("credly-exp", "badge", False, None, [],
        "Credly reminder that a badge is about to expire",
        addr("Credly", CREDLY), ME_C, "Your AWS Certified Solutions Architect - Associate badge expires in 60 days", d,
        html("""<html><body style="font-family:Helvetica,Arial">
<p>Hi Kenta,</p>
<p>Your badge <b>AWS Certified Solutions Architect &ndash; Associate</b>, issued by Amazon Web Services Training and Certification, expires on April 21, 2025.</p>
<p>Check with the issuer about what you need to do to keep it active.</p>
<p><a href="https://www.credly.com/earner/earned">View your badges</a></p>
<p style="font-size:11px;color:#888">Credly, Inc. &middot; You received this because you have a Credly account. <a href="https://www.credly.com/notifications">Manage notifications</a></p>
</body></html>""", "utf-8", "quoted-printable"),
        idd="credly.com",
        **inbound(False, "credly.com", "bounces+2281@em.credly.com", "o1.em.credly.com", "149.72.140.18", d))

    # 030 ------------------------------------------------------------ Ribbonfish asks for logs
    d = when("2025-02-21 22:14")
    add("rf-ask", "unrelated", False, None, [],
        "Other vendor's support asks the owner for logs - a genuine request, but not an AWS T&C case",
        addr("Ribbonfish Support", "support@ribbonfish.io"), ME_C, "RE: [Ribbonfish] Case CS-0048812: agent stops reporting after upgrade", d,
        text("""Hi Kenta,

I had a look at the metrics gap. Could you send the agent log (/var/log/ribbonfish/agent.log) from one of the affected hosts, covering the hour after the upgrade? That will tell us whether the collector is crashing or just failing to authenticate.

Thanks,
Nadia
Ribbonfish Support

ref:_00D5g0RfB._5004x0CS48812:ref
""", "utf-8", "7bit"),
        idd="ribbonfish.io", parent="rf-open",
        **inbound(False, "ribbonfish.io", "support@ribbonfish.io", "mail-yw1-f170.mailgun.example.net", "209.85.128.170", d))

    # 031 ------------------------------------------------------------ C1 closing notice
    d = when("2025-02-24 04:00")
    add("c1-close", "closing_notice", True, C1, [],
        "C1 closing notice: no confirmation received, closes in 3 business days unless answered; the account table appears only in the quote",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hello Kenta,

We're following up on our message of 19 February about your account merge. We haven't received your confirmation yet, so the merge has not been carried out.

If we don't hear from you within 3 business days, this case will be closed. A reply to this e-mail keeps it open.

Regards,
Marco D.
AWS Training and Certification Customer Service
""" + TC_SIG + "\n\n" + orig_hdr(TC_NAME + " [" + TC_FORM + "]", "2/19/2025 3:58 AM", ME_P, "RE:" + C1_SUBJ) + """
Hi Kenta,
As promised, here are the two certification accounts I found for you:

""" + ACCT_TXT + """

Please reply to confirm that both accounts are yours and that Account #1 is the one we should keep.
""", "utf-8", "quoted-printable"),
        cc=ME_C, parent="c1-conf", **aws_in("c1-close", d))

    # 032 ------------------------------------------------------------ owner confirms from the WRONG address
    d = when("2025-02-24 18:16", JST)
    add("c1-rep-wrong", "user_reply", False, C1, [CID_NEW],
        "Owner confirms, but from the company Outlook (the address being merged away); Outlook '-----Original Message-----' quoting",
        ME_FROM_C, TC_FORM, "RE: RE:" + C1_SUBJ, d,
        text("""Hello Marco,

Sorry for the late reply. Confirmed: both accounts are mine. Please merge into Account #1 (AWS11940283).

Best regards,
Kenta Morioka

-----Original Message-----
From: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, February 24, 2025 1:00 PM
To: kenta.morioka@hoshizora-mail.jp
Cc: morioka.kenta@tanuki-sysworks.co.jp
Subject: RE:%s

Hello Kenta,

We're following up on our message of 19 February about your account merge. We haven't received your confirmation yet, so the merge has not been carried out.

If we don't hear from you within 3 business days, this case will be closed. A reply to this e-mail keeps it open.
""" % C1_SUBJ, "us-ascii", "7bit"),
        idd="outlook", parent="c1-close", crlf=True, extra=[("X-Mailer", "Microsoft Outlook 16.0")])

    # 033 ------------------------------------------------------------ C1 asks to write from personal address
    d = when("2025-02-25 00:35")
    add("c1-addr", "info_request", True, C1, [],
        "C1: confirmation came from the retiring address; support asks for the same go-ahead from the address being kept (labelled info_request: 'write from another address')",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hi Kenta,

Thanks for getting back to me. Your reply came from morioka.kenta@tanuki-sysworks.co.jp, which belongs to the account that will be merged away. For our records the go-ahead has to come from the address we're keeping.

A single line sent from kenta.morioka@hoshizora-mail.jp is all I need; simply replying to this message from there works.

Regards,
Marco D.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "quoted-printable"),
        cc=ME_C, parent="c1-rep-wrong", **aws_in("c1-addr", d))

    # 034 ------------------------------------------------------------ owner confirms from personal
    d = when("2025-02-25 12:48", JST)
    add("c1-rep-ok", "user_reply", False, C1, [],
        "Owner's one-line confirmation from the personal address (short, top-posted)",
        ME_FROM_P, TC_FORM, "Re: RE:" + C1_SUBJ, d,
        text("""Confirming from my personal address: both accounts are mine, please merge into Account #1.

Kenta

On Tue, 25 Feb 2025 at 09:35, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Kenta,
>
> Thanks for getting back to me. Your reply came from morioka.kenta@tanuki-sysworks.co.jp, which belongs to the account that will be merged away. For our records the go-ahead has to come from the address we're keeping.
>
> A single line sent from kenta.morioka@hoshizora-mail.jp is all I need; simply replying to this message from there works.
""", "utf-8", "7bit"),
        idd="gmail", parent="c1-addr", extra=[("User-Agent", "Hoshizora Webmail 5.2")])

    # 035 ------------------------------------------------------------ C1 merge submitted
    d = when("2025-02-25 06:02")
    add("c1-queued", "case_update", False, C1, [],
        "C1: merge submitted, not done yet; mentions an ask support had planned and dropped ('nothing more I need from you')",
        TC_FROM, ME_P, "RE:" + C1_SUBJ, d,
        text("""Hi Kenta,

Thanks for confirming. I've handed the merge to our records team; they usually complete it within 3 business days and I'll let you know as soon as it's done.

I had meant to ask you for the candidate ID of the company account as well, but I was able to find it from the login e-mail, so there's nothing more I need from you.

Regards,
Marco D.
AWS Training and Certification Customer Service
""" + TC_SIG, "utf-8", "quoted-printable"),
        parent="c1-rep-ok", **aws_in("c1-queued", d))

    # 036 ------------------------------------------------------------ colleague out of office
    d = when("2025-02-26 09:01", JST)
    add("ooo-sano", "unrelated", False, None, [],
        "Colleague's out-of-office auto-reply (bilingual)",
        addr("佐野 由佳", "sano.yuka@tanuki-sysworks.co.jp"), addr("森岡 健太", ME_C), subj("自動応答: 送別会の日程について"), d,
        text("""2/26(水)～2/28(金) は休暇のため不在にしております。3/3(月) 以降に順次確認いたします。
お急ぎの場合はクラウド基盤部 代表アドレスまでご連絡ください。

I am out of the office from 26 to 28 February and will reply after 3 March.

佐野 由佳
""", "utf-8", "base64"),
        idd="tanuki-sysworks.co.jp", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        **inbound(False, "tanuki-sysworks.co.jp", "sano.yuka@tanuki-sysworks.co.jp", "mail-internal.tanuki-sysworks.co.jp", "10.20.4.11", d))
