# Part 4: the merge case C1, its duplicate C2, the partner hold (14-21 April 2025)
from gen_lib import *

CO = addr("Makabe Toru", ME_COMPANY)
PE = addr(ME_NAME, ME_PERSONAL)
TCF = addr("AWS Training and Certification", TC_FORM)
S1 = "[AWS Training and Certification Form Submission] - account-assistance"
C1_ACK = "<0101019634c1d0e7-4a2b8c95-1e07-4d3f-b6a1-9c8e2f0d5b13-000000@us-west-2.amazonses.com>"
C2_ACK = "<0101019634d3b8f0-2e5f9a61-7c48-4b0e-8f13-d4a6c2e1b907-000000@us-west-2.amazonses.com>"
C1_HOLD = "<010101963f12a4cd-8b07e3f1-5a2c-4e98-a1d6-3f9b0c7e2d45-000000@us-west-2.amazonses.com>"
C1_USER1 = "<B3E9F0A1-6C2D-4B57-8E14-5A0D9C3F7E61@icloud.com>"
C1_HOLD2 = "<0101019643f8e015-0c6d2a9b-3f71-4e5a-9b08-e2c1d4f6a390-000000@us-west-2.amazonses.com>"

# 034 C1 acknowledgement, Japanese, multipart, base64 ----------------------------------
t = """真壁 透 様

AWS トレーニングと認定へのお問い合わせを受け付けました。
ケース番号は 174463579100342 です。

担当者より通常 1 営業日以内にご連絡いたしますが、内容によってはお時間を
いただく場合がございます。同じ内容で新たにお問い合わせいただきますと
対応が遅れる原因となりますので、追加の情報は本メールへの返信でお送りください。

お問い合わせ内容:
  お問い合わせタイプ : 認定
  その他の詳細       : アカウントの統合
  AWS 候補 ID        : AWS11830462
  内容               : I am leaving Hoshizora Technologies on 30 April and would
                       like to merge my certification accounts.
                       Addresses used: t-makabe@hoshizora-tech.co.jp (AWS02417785),
                       makabe.toru@icloud.com.
                       Address to keep: makabe.toru@icloud.com

AWS トレーニングと認定 カスタマーサービス
"""
h = "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif\">" + \
    html_from_text(t).replace("  ", "&nbsp;&nbsp;") + "</body></html>"
add("acknowledgement", False, C1, [CAND_NEW, CAND_OLD],
    "Japanese acknowledgement (UTF-8 base64, multipart) echoing the form, both candidate IDs; says send more info by replying - not a request",
    [*auth_icloud("amazon.com", "0101019634c1d0e7@us-west-2.amazonses.com"),
     ("From", addr("AWS トレーニングと認定", TC_FORM)),
     ("To", ME_PERSONAL),
     ("Subject", "[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-14 22:03:40")),
     ("Message-ID", C1_ACK)],
    multipart([part(t, cte="base64"), part(h, "html", cte="base64")], "----=_Part_2207_1744635820"))

# 035 C2 acknowledgement (duplicate request filed from the company laptop) ------------------
t = """Hello Toru Makabe,

Thanks for getting in touch with AWS Training and Certification. Your request
has been recorded under case 174463696700519.

We aim to reply within one business day. If you have already opened a case
about this request, please don't open another one - reply to the existing
thread instead.

Request details
---------------
Inquiry type: Certification
Additional detail: Account merge
Description: Please merge my certification account t-makabe@hoshizora-tech.co.jp
into the account of makabe.toru@icloud.com. I leave the company on April 30.
(The form showed an error the first time, sending again.)

AWS Training and Certification Customer Service
"""
add("acknowledgement", False, C2, [],
    "Second acknowledgement for the same request (duplicate case), to the company address; owner's note says the form errored",
    [("Received", "from a27-31.smtp-out.us-west-2.amazonses.com (54.240.27.31) by\n TY3PR01MB9803.jpnprd01.prod.outlook.com; Mon, 14 Apr 2025 13:23:09 +0000"),
     *auth_exo("amazon.com", "0101019634d3b8f0@us-west-2.amazonses.com", ip="54.240.27.31"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "[CASE 174463696700519] " + S1),
     ("Date", date("2025-04-14 22:23:05")),
     ("Message-ID", C2_ACK)],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")

# 036 C2 closed as duplicate (case_update) ---------------------------------------------------
t = """Hello Toru,

This request is the same as case 174463579100342, which you opened a few
minutes earlier from makabe.toru@icloud.com. To keep the conversation in one
place I have closed case 174463696700519 as a duplicate.

Nothing is lost: your request is being worked on in case 174463579100342 and
all further updates will come from that case. No action is needed on this one.

Best regards,
Dmitri
AWS Training and Certification Customer Service
"""
add("case_update", False, C2, [],
    "Duplicate case closed and linked to the first case; 'closed' but not a closing notice, two case numbers in body",
    [*auth_exo("amazon.com", "010101963a77e3c2@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_COMPANY),
     ("Subject", "RE:[CASE 174463696700519] " + S1),
     ("Date", date("2025-04-15 17:40:26")),
     ("Message-ID", "<010101963a77e3c2-6f1d0b84-92a3-4c5e-8d07-1b3e9a2f4c68-000000@us-west-2.amazonses.com>"),
     ("References", C2_ACK)],
    part(t, cte="quoted-printable"))

# 037 phishing: Credly lookalike -----------------------------------------------------------
h = """<html><body style="font-family:Helvetica,Arial">
<table width="560" align="center"><tr><td>
<p style="font-size:18px;color:#ff6b00"><b>Credly</b></p>
<p>Hello,</p>
<p>We detected a change to the AWS certification account linked to your Credly profile. To prevent your <b>3 AWS badges</b> from being revoked, please re-verify your identity within 24 hours.</p>
<p><a href="http://credly-badges.net/verify/aws?u=t-makabe" style="background:#ff6b00;color:#fff;padding:8px 14px">Keep my badges</a></p>
<p>If you do not verify, your badges will be permanently removed and cannot be reissued.</p>
<p>Credly Trust &amp; Safety</p>
</td></tr></table></body></html>"""
add("suspicious", False, None, [],
    "Credly lookalike (credly-badges.net) reacting to an 'account change' - plausible timing, threatens badge revocation",
    [*auth_exo("credly-badges.net", "no-reply@credly-badges.net", dkim="none", spf="pass", dmarc="none", ip="45.134.26.97"),
     ("From", addr("Credly", "security@credly-badges.net")),
     ("To", ME_COMPANY),
     ("Subject", "Action needed: verify your badges"),
     ("Date", date("2025-04-15 19:12:44")),
     ("Message-ID", "<a1c93e0f77d24b1e@credly-badges.net>")],
    part(h, "html", cte="quoted-printable"))

# 038 C1 on hold (APN partner) with a buried question -------------------------------------
t = """Hello Toru,

Thank you for your patience while I looked into your merge request.

The certification account registered to t-makabe@hoshizora-tech.co.jp
(AWS02417785) is associated with an AWS Partner Network organization,
Hoshizora Technologies K.K. Certifications held on a partner-associated
account count toward that partner's tier and programme requirements, so we
can't move them to another account until the partner releases the
association. I have therefore put your case on hold and contacted the
partner's alliance team on your behalf.

Partners usually answer within five business days. To decide which release
process applies, it would help me to know whether your employment with
Hoshizora is ending and, if so, on which date.

I'll write again as soon as I hear from the partner.

Best regards,
Dmitri
AWS Training and Certification Customer Service
"""
add("on_hold", True, C1, [CAND_OLD],
    "Case on hold for an APN partner release; the actual ask ('it would help me to know... which date') is buried and has no question mark",
    [*auth_icloud("amazon.com", "010101963f12a4cd@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-16 16:08:51")),
     ("Message-ID", C1_HOLD),
     ("References", C1_ACK)],
    part(t, cte="quoted-printable"))

# 039 owner answers the hold question ----------------------------------------------------
t = """Hi Dmitri,

Yes - my last working day at Hoshizora Technologies is 30 April 2025, and the
t-makabe@hoshizora-tech.co.jp mailbox will be closed the same evening. I'm
joining a different company on 1 May.

Thanks for contacting the partner team.

Toru Makabe

On Apr 16, 2025, at 16:08, AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:

> Hello Toru,
>
> Thank you for your patience while I looked into your merge request.
>
> The certification account registered to t-makabe@hoshizora-tech.co.jp
> (AWS02417785) is associated with an AWS Partner Network organization,
> Hoshizora Technologies K.K. [...]
>
> Partners usually answer within five business days. To decide which release
> process applies, it would help me to know whether your employment with
> Hoshizora is ending and, if so, on which date.
>
> Best regards,
> Dmitri
"""
add("user_reply", False, C1, [],
    "Owner's answer to the hold question (quotes the old ID only in '>' history)",
    [("From", PE),
     ("To", TCF),
     ("Subject", "Re: RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-16 21:14:02")),
     ("Message-ID", C1_USER1),
     ("In-Reply-To", C1_HOLD),
     ("References", C1_ACK + " " + C1_HOLD),
     ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    part(t, cte="quoted-printable"), eol="\n")

# 040 C1 still on hold, nothing to do -------------------------------------------------------
t = """Hello Toru,

Thanks for confirming your last day. I've passed it on to the partner's
alliance team together with the release request.

Your case stays on hold until they respond. There's nothing you need to do in
the meantime; I'll update you here as soon as the partner has acted.

Best regards,
Dmitri
AWS Training and Certification Customer Service
"""
add("on_hold", False, C1, [],
    "Hold continues, explicitly nothing to do: hold without a request",
    [*auth_icloud("amazon.com", "0101019643f8e015@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-17 11:25:37")),
     ("Message-ID", C1_HOLD2),
     ("In-Reply-To", C1_USER1),
     ("References", C1_ACK + " " + C1_HOLD + " " + C1_USER1)],
    multipart([part(t, cte="7bit", charset="us-ascii"),
               part("<div>" + html_from_text(t) + "</div>", "html")], "b1_AWSCS_hold2_4f0e"))

# 041 APN admin at the old company (Japanese, UTF-8 8bit) mentions the case ------------------------
t = """真壁さん

お疲れさまです、アライアンス推進の石井です。

AWS のパートナーチームから、ケース 174463579100342 の件で
真壁さんの認定アカウント（AWS02417785）と当社パートナー組織の
関連付け解除の依頼が来ていたので、先ほど Partner Central 上で承認しました。

当社の認定者数からは 4/30 付で外れる扱いになります。
今までありがとうございました！新天地でも頑張ってください。

石井 麻衣
株式会社星空テクノロジーズ アライアンス推進室
"""
add("unrelated", False, C1, [CAND_OLD],
    "Colleague (partner admin) says she approved the release for the case: about the case but not from support; no ask",
    [("Received", "from TYWPR01MB11544.jpnprd01.prod.outlook.com by TY3PR01MB9803.jpnprd01.prod.outlook.com;\n Thu, 17 Apr 2025 06:31:50 +0000"),
     ("From", addr("石井 麻衣", "m-ishii@hoshizora-tech.co.jp")),
     ("To", CO),
     ("Subject", subj("Re: 認定アカウントの件（パートナー関連付け解除）")),
     ("Date", date("2025-04-17 15:31:44")),
     ("Message-ID", "<TYWPR01MB115447E2B9A0C3D1F4E8B6A29C0@TYWPR01MB11544.jpnprd01.prod.outlook.com>"),
     ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    part(t, cte="8bit"))

# 042 phishing with dmarc=fail on the real T&C address -----------------------------------------
h = """<html><body style="font-family:Arial;font-size:13px">
<p>Hello,</p>
<p>We are ready to complete the merge of your AWS Certification accounts. For your security, the final step must be confirmed by signing in with your AWS Builder ID.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Case ID</th><td>174493440009127</td></tr>
<tr><th>Status</th><td>Pending customer confirmation</td></tr>
</table>
<p>Please confirm within 24 hours: <a href="https://aws-training-verify.com/merge/confirm?c=174493440009127">Confirm account merge</a></p>
<p>If we don't receive your confirmation, the request will be cancelled and all certifications on the secondary account will be lost.</p>
<p>Regards,<br>AWS Training and Certification</p>
</body></html>"""
add("suspicious", False, None, [],
    "Spoofed From: the real T&C form address, [CASE] subject, asks to 'confirm merge' - but DKIM/SPF/DMARC fail and the link is a lookalike domain; case number invented",
    [*auth_icloud("amazon.com", "postmaster@mx2.kvm-hosting.ru", dkim="fail", spf="fail", dmarc="fail", ip="91.214.124.18"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174493440009127] Action required: confirm your certification account merge"),
     ("Date", date("2025-04-18 03:14:09")),
     ("Message-ID", "<20250417181409.77F0A1C2B3@mx2.kvm-hosting.ru>")],
    part(h, "html", cte="quoted-printable"))

# 043 C1 hold lifted (case_update) ---------------------------------------------------------
t = """Hello Toru,

Good news: Hoshizora Technologies released the partner association on
17 April, so the hold on your case has been lifted.

Your request is now back with our account team. Before anything is merged
you'll receive a summary of the accounts we found, so you can check them.

Best regards,
Dmitri
AWS Training and Certification Customer Service
"""
add("case_update", False, C1, [],
    "Hold lifted, work continues; announces a future confirmation but asks nothing yet",
    [*auth_icloud("amazon.com", "010101965545b0e3@us-west-2.amazonses.com"),
     ("From", TCF),
     ("To", ME_PERSONAL),
     ("Subject", "RE:[CASE 174463579100342] " + S1),
     ("Date", date("2025-04-21 10:02:15")),
     ("Message-ID", "<010101965545b0e3-3d8a1f72-6b09-4e2c-95f4-0a7c1e3b9d28-000000@us-west-2.amazonses.com>"),
     ("References", C1_ACK + " " + C1_HOLD2)],
    part(t, cte="quoted-printable"))

# 044 GitHub Dependabot ----------------------------------------------------------------
t = """makabe-toru/dotfiles

1 moderate severity vulnerability found in requirements.txt

  jinja2 (pip) - Jinja has a sandbox breakout through indirect reference to format method
  Upgrade to 3.1.6 or later.

Review Dependabot alerts:
https://github.com/makabe-toru/dotfiles/security/dependabot

You are receiving this because you are subscribed to security alerts for this repository.
"""
add("unrelated", False, None, [],
    "GitHub Dependabot alert on the personal address",
    [*auth_icloud("github.com", "noreply@github.com", ip="192.30.252.206"),
     ("From", addr("GitHub", "noreply@github.com")),
     ("To", ME_PERSONAL),
     ("Subject", "[makabe-toru/dotfiles] Dependabot alert: 1 moderate severity vulnerability"),
     ("Date", date("2025-04-21 18:33:02")),
     ("Message-ID", "<makabe-toru/dotfiles/security/alerts/5@github.com>")],
    part(t, cte="7bit", charset="us-ascii"), eol="\n")
