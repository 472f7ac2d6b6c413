"""17-24 June 2025: partner hold, duplicate closed, spoof, confirmation request."""
from gen_lib import *  # noqa

SUBJ_A = "RE:[CASE 175003632500418] " + FORM_SUBJ


def msgs():
    out = []
    # 020 on_hold with buried question ------------------------------------
    d = T("2025-06-17 03:20:27", UTC)
    hold = """Hi Haruka,

My name is Marisol and I'll be looking after your merge request.

I located both certification accounts. The older one (h.tsujimoto@kitamura-dp.co.jp) is associated with an AWS Partner Network organization, Kitamura Data Partners K.K. Certifications held on a partner-associated account count toward that organization's partner tier, so we are not able to merge it into a personal account while the association is active. I've put the merge on hold for now.

The association can be released when the employee is leaving the company. Before I raise that with our partner team, I need to know whether you are still employed by Kitamura Data Partners and, if you are leaving, your last working day.

Once the association is released, I will send you the account details to confirm.

Kind regards,
Marisol V.
AWS Training and Certification Customer Service
"""
    out.append(M(("on_hold", True, CASE_A, []),
        "Partner (APN) hold. The question is indirect ('I need to know whether…') and buried mid-mail; the last paragraph sounds like 'we will come back to you'. Hold + question => reply needed.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("020", "<010001977c43f2b7-9a0e6d15-5f28-47c3-b1e4-0d7a8c2f6e33-000000@email.amazonses.com>"),
        irt=MID["017"], refs=[MID["017"]],
        body=multi("alternative", text(hold),
            html("<html><body style=\"font-family:Amazon Ember,Arial\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in hold.strip().split("\n\n")) + "</body></html>"))))

    # 021 duplicate B closed -----------------------------------------------
    d = T("2025-06-17 04:02:51", UTC)
    out.append(M(("case_update", False, CASE_B, []),
        "Duplicate case B closed and pointed at case A; says not to reply here. Mentions both case numbers — label is B (the case this mail is on).",
        received=[rcv_m365(when=d)], auth=auth_m365(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_COMPANY,
        subject="RE: [CASE 175011862100093] " + FORM_SUBJ, date=d,
        msgid=mid("021", "<010001977c6a0e1d-33b7c1f4-8d02-4c9e-a6f1-e25b9d07c418-000000@email.amazonses.com>"),
        irt=MID["019"], refs=[MID["019"]],
        body=text("""Hello,

This request is a duplicate of case 175003632500418, which a colleague is already working on, so I have closed this case and linked the two. All further correspondence will happen on case 175003632500418; there is nothing you need to do on this one.

Regards,
Tomasz
AWS Training and Certification
""")))

    # 022 user reply to hold ------------------------------------------------
    d = T("2025-06-17 20:15:44", JST)
    out.append(M(("user_reply", False, CASE_A, []),
        "Owner answers the hold question from the personal address, Gmail 'On … wrote:' quoting.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to=FORM, subject=SUBJ_A, date=d,
        msgid=mid("022", "<CAJx7pQkR4a0mZ1e5Tq8vWn3Yh2sF9cB6dL0-hold1@mail.gmail.com>"),
        irt=MID["020"], refs=[MID["017"], MID["020"]],
        body=multi("alternative",
            text("""Hi Marisol,

Thank you for checking. I am leaving Kitamura Data Partners; my last working day is June 30, 2025, and the company mailbox will be shut down that night. Please go ahead with releasing the association.

Best regards,
Haruka Tsujimoto

On Tue, Jun 17, 2025 at 12:20 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
""" + quote_gt("""Hi Haruka,

My name is Marisol and I'll be looking after your merge request.

The association can be released when the employee is leaving the company. Before I raise that with our partner team, I need to know whether you are still employed by Kitamura Data Partners and, if you are leaving, your last working day.

Kind regards,
Marisol V.""") + "\n"),
            html("""<div dir="ltr">Hi Marisol,<br><br>Thank you for checking. I am leaving Kitamura Data Partners; my last working day is June 30, 2025, and the company mailbox will be shut down that night. Please go ahead with releasing the association.<br><br>Best regards,<br>Haruka Tsujimoto</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Jun 17, 2025 at 12:20 PM Amazon Web Services &lt;aws-cs-trainingcertification-form@amazon.com&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Hi Haruka,<br><br>Before I raise that with our partner team, I need to know whether you are still employed by Kitamura Data Partners and, if you are leaving, your last working day.<br><br>Kind regards,<br>Marisol V.</blockquote></div>"""))))

    # 023 Skill Builder receipt -------------------------------------------
    d = T("2025-06-18 02:11:06", UTC)
    out.append(M(("unrelated", False, None, []),
        "AWS Skill Builder subscription receipt (AWS training, billing) — not a support case.",
        received=[rcv_gmail("a48-77.smtp-out.amazonses.com", "54.240.48.77", d)],
        auth=auth_gmail("aws.training", mfrom="us-east-1.amazonses.com", ip="54.240.48.77"),
        **{"from": addr("AWS Skill Builder", "no-reply@aws.training")}, to=ME_PERSONAL,
        subject="Your AWS Skill Builder receipt", date=d,
        msgid=mid("023", "<0100019780a7c2d5-4be17f20-6a95-4d3c-8e0b-5f2c71d9a6e4-000000@email.amazonses.com>"),
        body=html("""<html><body><h2>Thanks for subscribing</h2>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td>Plan</td><td>AWS Skill Builder Individual (monthly)</td></tr>
<tr><td>Order number</td><td>SB-2025-06-8841027</td></tr>
<tr><td>Amount</td><td>USD 29.00</td></tr>
<tr><td>Billed to</td><td>Haruka Tsujimoto</td></tr></table>
<p>You can manage your subscription at any time under My Account &gt; Subscriptions. No action is required.</p>
<p>AWS Training and Certification</p></body></html>""")))

    # 024 on_hold without a question ----------------------------------------
    d = T("2025-06-18 05:10:39", UTC)
    hold2 = """Hi Haruka,

Thanks for confirming your last day. I've asked the AWS Partner team to release the association between your certification account and Kitamura Data Partners K.K. The partner organization's administrator may need to approve the change in AWS Partner Central, so this can take two to three business days.

Your case stays on hold until the partner team comes back to me. You don't need to do anything in the meantime; I'll update you as soon as I hear from them.

Kind regards,
Marisol V.
AWS Training and Certification Customer Service

-----Original Message-----
From: haruka.tsujimoto.0417@gmail.com
Sent: 6/17/2025 11:15 AM
Subject: RE:[CASE 175003632500418] [AWS Training and Certification Form Submission] - account-assistance

Hi Marisol,

Thank you for checking. I am leaving Kitamura Data Partners; my last working day is June 30, 2025, and the company mailbox will be shut down that night. Please go ahead with releasing the association.
"""
    out.append(M(("on_hold", False, CASE_A, []),
        "Hold waiting on the partner organization, explicitly nothing to do; Outlook '-----Original Message-----' history below.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("024", "<0100019781523f88-c07d2a3e-91b6-4e58-a3f0-6d8e2b1c7f90-000000@email.amazonses.com>"),
        irt=MID["022"], refs=[MID["017"], MID["020"], MID["022"]],
        body=text(hold2, cte="quoted-printable")))

    # 025 spoof with dmarc=fail ---------------------------------------------
    d = T("2025-06-19 11:48:02", UTC)
    out.append(M(("suspicious", False, None, []),
        "Spoof of the real form address with dkim=fail/dmarc=fail, form-like subject and a made-up case number, asks to confirm the merge by signing in on a foreign link. Case left null (not a real case).",
        received=[rcv_gmail("vps-2231.hostsrv-eu.net", "91.219.60.14", d)],
        auth=auth_gmail(ok=False, mfrom="hostsrv-eu.net", ip="91.219.60.14", dmarc_policy="REJECT"),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL,
        subject="RE:[CASE 5583102947] [AWS Training and Certification Form Submission] - account-assistance",
        date=d, msgid=mid("025", "<20250619114802.3F2A11C8@vps-2231.hostsrv-eu.net>"),
        body=html("""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>We are ready to merge your AWS Certification accounts. To confirm that you are the owner of both accounts, sign in with your AWS Builder ID below within 24 hours. Unconfirmed merge requests are cancelled and all certifications on the old account are lost.</p>
<p><a href="https://aws-training-merge-confirm.com/signin?case=5583102947">Confirm account merge</a></p>
<p>Case ID: 5583102947</p>
<p>Sincerely,<br>Amazon Web Services</p>
</body></html>""")))

    # 026 hold lifted -----------------------------------------------------------
    d = T("2025-06-23 01:40:15", UTC)
    out.append(M(("case_update", False, CASE_A, []),
        "Hold lifted, merge in preparation; 'I'll send the details shortly' — news, no question yet.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("026", "<01000197a1c0d7e2-1f6a3b90-c4d8-4e72-9b15-a80e3f6d2c71-000000@email.amazonses.com>"),
        irt=MID["024"], refs=[MID["017"], MID["020"], MID["022"], MID["024"]],
        body=text("""Hi Haruka,

Good news: the partner team has released the association, so your case is no longer on hold. A colleague on the merge team is preparing the account details and will send them to you shortly for a final check.

Kind regards,
Marisol V.
AWS Training and Certification Customer Service
""")))

    # 027 confirmation request (HTML only, table) --------------------------------
    d = T("2025-06-23 07:55:48", UTC)
    out.append(M(("confirmation_request", True, CASE_A, [CAND_NEW, CAND_OLD]),
        "HTML-only confirmation request with an Account #1/#2 table (login / training / certification notification e-mails, candidate IDs). The ask is a question with no 'please'.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("027", "<01000197a3173b55-6d2e8f01-7a4c-4b93-8e26-1c5f0a9d3b87-000000@email.amazonses.com>"),
        irt=MID["026"], refs=[MID["017"], MID["020"], MID["022"], MID["024"], MID["026"]],
        body=html("""<html><head><style>td{border:1px solid #999;padding:4px 8px}</style></head><body style="font-family:Arial;font-size:13px">
<p>Hello Haruka,</p>
<p>I'm Devendra from the AWS Training and Certification merge team. These are the accounts I found for you:</p>
<table style="border-collapse:collapse">
<tr><th colspan="2" style="text-align:left">Account #1</th></tr>
<tr><td>Candidate ID</td><td>AWS09341275</td></tr>
<tr><td>Login email</td><td>haruka.tsujimoto.0417@gmail.com</td></tr>
<tr><td>Training notification email</td><td>haruka.tsujimoto.0417@gmail.com</td></tr>
<tr><td>Certification notification email</td><td>haruka.tsujimoto.0417@gmail.com</td></tr>
<tr><th colspan="2" style="text-align:left">Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS02718834</td></tr>
<tr><td>Login email</td><td>h.tsujimoto@kitamura-dp.co.jp</td></tr>
<tr><td>Training notification email</td><td>h.tsujimoto@kitamura-dp.co.jp</td></tr>
<tr><td>Certification notification email</td><td>h.tsujimoto@kitamura-dp.co.jp</td></tr>
</table>
<p>After a merge, the exam history, certifications and benefits of Account #2 will move to Account #1 and Account #2 can no longer be used to sign in. This cannot be undone.</p>
<p>Are both accounts yours, and is Account #1 the one you want to keep?</p>
<p>Thanks,<br>Devendra<br>AWS Training and Certification</p>
</body></html>""")))

    # 028 newsletter ----------------------------------------------------------------
    d = T("2025-06-24 07:30:00", JST)
    out.append(M(("unrelated", False, None, []),
        "Japanese tech newsletter that mentions AWS certification and 'アカウント統合' in article titles.",
        received=[rcv_gmail("mta-03.newsletter.example-devnews.jp", "203.0.113.40", d)],
        auth=auth_gmail("devnews-weekly.jp", mfrom="devnews-weekly.jp", ip="203.0.113.40", dmarc_policy="NONE"),
        **{"from": addr("DevNews Weekly", "weekly@devnews-weekly.jp")}, to=ME_PERSONAL,
        subject="DevNews Weekly #312: 転職時のAWS認定アカウント統合、Terraform 1.12 ほか",
        date=d, msgid=mid("028", "<nl312.20250624073000.4471@devnews-weekly.jp>"),
        headers=[("List-Unsubscribe", "<mailto:unsubscribe@devnews-weekly.jp?subject=312>")],
        body=text("""DevNews Weekly #312 (2025/06/24)

■ 今週の注目記事
1. 転職前にやっておきたい AWS 認定アカウントの統合手順
   サポートへの依頼から統合完了まで、実際のやり取りを紹介。
2. Terraform 1.12 リリース:import ブロックの改善
3. 生成 AI ワークロードのコスト最適化 5 つのポイント

■ イベント
・AWS Summit Japan 2025 レポート(6/25-26)

配信停止はこちら:https://devnews-weekly.jp/unsubscribe
""", cte="base64")))
    return out
