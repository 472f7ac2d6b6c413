"""Messages 009-016: case D confirmation, merge, badge, survey; phishing."""
from common import *


def build():
    # 009 case D confirmation request (English, plain, CRLF)
    d = "Fri, 06 Dec 2024 08:51:30 +0000"
    body = """Hello Mizuho,

Thank you for the details. I'm Kenji from the AWS Training and Certification team and I'll
be taking your case from here.

I was able to locate both certification accounts:

  Account A
    Candidate ID: %s
    Login: %s (AWS Builder ID)
    Certifications: AWS Certified Solutions Architect - Professional (active)

  Account B
    Candidate ID: %s
    Login: %s (AWS Partner Central single sign-on)
    Certifications: none

Our plan is to keep Account A and fold Account B into it. Once that is done the badge
should become visible in Credly within a day or two.

Before I make any changes I need your go-ahead: reply to this email stating that both
accounts belong to you and that we may merge Account B into Account A.

Kind regards,
Kenji T.
AWS Training and Certification Customer Service

-----Original Message-----
From: %s
Sent: Wednesday, December 4, 2024 3:37 AM
To: %s
Subject: Re: RE:[CASE %s] %s

大西様

ご連絡ありがとうございます。神崎です。
""" % (ID_OLD, ME_WORK, ID_SSO, ME_WORK, ME_WORK, TC_FORM, CASE_D, SUBJ_TC)
    add([rx(WORK_MX, "a8-52.smtp-out.amazonses.com", "54.240.8.52", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.52"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-confirm", "email.amazonses.com")),
         ("In-Reply-To", mid("D-reply1", "tessera-sys.co.jp")),
         ("References", mid("D-ack", "email.amazonses.com") + " " + mid("D-reply1", "tessera-sys.co.jp"))],
        leaf(body, cte="quoted-printable"), "confirmation_request", True, CASE_D, [ID_OLD, ID_SSO],
        "case D: Account A/B listing, asks for go-ahead",
        "'I need your go-ahead: reply...' with no 'please'; A/B not #1/#2; Outlook quote", crlf=True)

    # 010 owner confirms (from work address)
    d = "Fri, 06 Dec 2024 18:20:02 +0900"
    body = """Hi Kenji,

Yes, both accounts are mine. Please keep %s (Account A) and merge
%s into it.

よろしくお願いします。
Mizuho Kanzaki

On Fri, Dec 6, 2024 at 5:51 PM <%s> wrote:
> Hello Mizuho,
>
> Thank you for the details. I'm Kenji from the AWS Training and Certification team and I'll
> be taking your case from here.
> ...
> Before I make any changes I need your go-ahead: reply to this email stating that both
> accounts belong to you and that we may merge Account B into Account A.
""" % (ID_OLD, ID_SSO, TC_FORM)
    add([("Date", d), ("From", addr(ME_NAME, ME_WORK)), ("To", TC_FORM),
         ("Subject", "Re: RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-reply2", "tessera-sys.co.jp")),
         ("In-Reply-To", mid("D-confirm", "email.amazonses.com")),
         ("References", mid("D-ack", "email.amazonses.com") + " " + mid("D-confirm", "email.amazonses.com"))],
        leaf(body), "user_reply", False, CASE_D, [ID_OLD, ID_SSO],
        "owner confirms case D merge", "contains 'Please keep/merge' imperative but written by owner")

    # 011 case D update: passed to another team
    d = "Mon, 09 Dec 2024 01:33:48 +0000"
    body = """Hello Mizuho,

Thanks for confirming. A quick status note: because Account B was created through Partner
Central single sign-on, the merge has to be carried out by our Certification Operations
group rather than by me directly. I have handed it over to them with all of the details
from this thread.

These usually take two to three business days. You don't need to do anything in the
meantime; I'll write again as soon as they report back.

Kind regards,
Kenji T.
AWS Training and Certification Customer Service
"""
    add([rx(WORK_MX, "a8-19.smtp-out.amazonses.com", "54.240.8.19", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.19"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-update", "email.amazonses.com")),
         ("In-Reply-To", mid("D-reply2", "tessera-sys.co.jp")),
         ("References", mid("D-ack", "email.amazonses.com") + " " + mid("D-reply2", "tessera-sys.co.jp"))],
        leaf(body, cte="7bit"), "case_update", False, CASE_D, [],
        "case D handed to Certification Operations", "status only; 'you don't need to do anything'")

    # 012 case D resolved (Japanese, multipart, quotes the old request)
    d = "Wed, 11 Dec 2024 06:10:55 +0000"
    txt = """神崎 瑞穂 様

お待たせいたしました。AWS トレーニングと認定カスタマーサービスの大西です。

担当チームにて作業が完了し、Partner Central 経由で作成されたアカウントを
候補ID %s のアカウントへ統合いたしました。今後はこちらのアカウントのみをご利用ください。
Credly のバッジは、反映までに最大48時間ほどかかる場合がございます。

ご不明な点がございましたら、本メールにご返信ください。

大西
AWS トレーニングと認定 カスタマーサービス

________________________________
From: %s
Sent: Friday, December 6, 2024 8:51 AM
Subject: RE: [CASE %s] %s

> Before I make any changes I need your go-ahead: reply to this email stating that both
> accounts belong to you and that we may merge Account B into Account A.
""" % (ID_OLD, TC_FORM, CASE_D, SUBJ_TC)
    html = "<html><body><p>神崎 瑞穂 様</p><p>お待たせいたしました。AWS トレーニングと認定カスタマーサービスの大西です。</p>" \
           "<p>担当チームにて作業が完了し、Partner Central 経由で作成されたアカウントを候補ID %s の" \
           "アカウントへ統合いたしました。今後はこちらのアカウントのみをご利用ください。<br>" \
           "Credly のバッジは、反映までに最大48時間ほどかかる場合がございます。</p>" \
           "<p>ご不明な点がございましたら、本メールにご返信ください。</p><p>大西<br>AWS トレーニングと認定 カスタマーサービス</p>" \
           "<hr><blockquote>Before I make any changes I need your go-ahead: reply to this email stating that " \
           "both accounts belong to you and that we may merge Account B into Account A.</blockquote>" \
           "</body></html>" % ID_OLD
    add([rx(WORK_MX, "a8-77.smtp-out.amazonses.com", "54.240.8.77", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.77"),
         ("Date", d), ("From", TC_FORM), ("To", ME_WORK),
         ("Subject", "RE: [CASE %s] %s" % (CASE_D, SUBJ_TC)),
         ("Message-ID", mid("D-done", "email.amazonses.com")),
         ("In-Reply-To", mid("D-update", "email.amazonses.com")),
         ("References", mid("D-ack", "email.amazonses.com") + " " + mid("D-update", "email.amazonses.com"))],
        multi("alternative", [leaf(txt), leaf(html, "html", cte="base64")], "----=_Part_88412_1"),
        "resolved", False, CASE_D, [ID_OLD],
        "case D merged (Japanese)",
        "conditional invitation (ございましたら); quoted old go-ahead request under the resolution")

    # 013 Credly: badge now visible
    d = "Wed, 11 Dec 2024 19:02:40 +0000"
    txt = """Hi Mizuho,

Good news: your AWS Certified Solutions Architect - Professional badge from Amazon Web
Services Training and Certification is now on your Credly profile.

Share it on LinkedIn or add it to your e-mail signature:
https://www.credly.com/users/mizuho-kanzaki/badges

The Credly Team
"""
    add([rx(WORK_MX, "o2.email.credly.com", "167.89.12.9", d),
         auth(WORK_MX, "credly.com", "bounces+77@email.credly.com", "credly.com", ip="167.89.12.9"),
         ("Date", d), ("From", addr("Credly", "admin@credly.com")), ("To", ME_WORK),
         ("Subject", "Your new badge is ready to share"),
         ("Message-ID", mid("credly2", "credly.com"))],
        leaf(txt, cte="7bit"), "badge", False, None, [],
        "Credly: badge visible after merge", "follows a case resolution; no case number")

    # 014 survey for case D
    d = "Thu, 12 Dec 2024 06:15:00 +0000"
    html = """<html><body>
<p>Hello,</p>
<p>Your recent case <b>%s</b> with AWS Training and Certification Customer Service
has been marked as resolved. Would you take one minute to tell us how we did?</p>
<table border="0" cellpadding="6"><tr>
<td><a href="https://survey.aws-cs-feedback.amazon.com/s/TC?c=%s&amp;r=5">Very satisfied</a></td>
<td><a href="https://survey.aws-cs-feedback.amazon.com/s/TC?c=%s&amp;r=3">Neutral</a></td>
<td><a href="https://survey.aws-cs-feedback.amazon.com/s/TC?c=%s&amp;r=1">Very dissatisfied</a></td>
</tr></table>
<p style="color:#666;font-size:11px">Please do not reply to this message; replies are not monitored.</p>
</body></html>""" % (CASE_D, CASE_D, CASE_D, CASE_D)
    add([rx(WORK_MX, "a8-90.smtp-out.amazonses.com", "54.240.8.90", d),
         auth(WORK_MX, "amazon.com", "0100018a@amazonses.com", "amazon.com", ip="54.240.8.90"),
         ("Date", d), ("From", addr("AWS Customer Service", "aws-cs-survey@amazon.com")), ("To", ME_WORK),
         ("Subject", "How did we do? Your feedback on case %s" % CASE_D),
         ("Message-ID", mid("D-survey", "email.amazonses.com"))],
        leaf(html, "html"), "survey", False, CASE_D, [],
        "satisfaction survey for case D", "HTML-only; a question to the reader, but not a case request")

    # 015 Credly lookalike phishing
    d = "Mon, 16 Dec 2024 11:47:03 +0000"
    html = """<html><body>
<p>Dear Badge Earner,</p>
<p>Your <b>AWS Certified Solutions Architect - Professional</b> badge is scheduled for
<b>removal within 48 hours</b> because your issuer profile could not be verified.</p>
<p>To keep your credential active, sign in with your AWS Certification password:</p>
<p><a href="https://credly-badgecenter.com/verify?id=88231">Verify my badge now</a></p>
<p>Credly Trust &amp; Safety</p></body></html>"""
    add([rx(WORK_MX, "vps-4471.hostbay.example", "185.220.101.7", d),
         ("Authentication-Results", "%s;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=notice@credly-badgecenter.com;\n"
          "\tdmarc=none header.from=credly-badgecenter.com" % WORK_MX),
         ("Date", d), ("From", addr("Credly Badges", "notice@credly-badgecenter.com")), ("To", ME_WORK),
         ("Subject", "Action required: your AWS badge will be revoked"),
         ("Message-ID", mid("phish-credly", "credly-badgecenter.com"))],
        leaf(html, "html"), "suspicious", False, None, [],
        "Credly lookalike asking for the certification password",
        "urgent demand to act; lookalike domain, no DKIM")

    # 016 Skill Builder receipt
    d = "Thu, 09 Jan 2025 00:21:37 +0000"
    txt = """Thank you for your purchase.

AWS Skill Builder Individual subscription (monthly)
Order number: SB-20250109-771540
Amount: USD 29.00
Billing period: 9 Jan 2025 - 8 Feb 2025

You can manage or cancel your subscription at any time under My account > Subscription.

AWS Skill Builder
"""
    add([rx(PERSONAL_MX, "a9-61.smtp-out.amazonses.com", "54.240.9.61", d),
         auth(PERSONAL_MX, "skillbuilder.aws", "0100018c@amazonses.com", "skillbuilder.aws", ip="54.240.9.61"),
         ("Date", d), ("From", addr("AWS Skill Builder", "no-reply@skillbuilder.aws")), ("To", ME_PERSONAL),
         ("Subject", "Your AWS Skill Builder receipt"),
         ("Message-ID", mid("sb-receipt", "skillbuilder.aws"))],
        leaf(txt, cte="7bit"), "unrelated", False, None, [],
        "Skill Builder subscription receipt", "AWS training-adjacent mail; order number")
