"""24 June - 3 July 2025: forward to manager, closing notice, wrong-address reply, merge, reopen."""
from gen_lib import *  # noqa

SUBJ_A = "RE:[CASE 175003632500418] " + FORM_SUBJ

CONF_QUOTE = """Hello Haruka,

I'm Devendra from the AWS Training and Certification merge team. These are the accounts I found for you:

Account #1
Candidate ID: AWS09341275
Login email: haruka.tsujimoto.0417@gmail.com
Training notification email: haruka.tsujimoto.0417@gmail.com
Certification notification email: haruka.tsujimoto.0417@gmail.com

Account #2
Candidate ID: AWS02718834
Login email: h.tsujimoto@kitamura-dp.co.jp
Training notification email: h.tsujimoto@kitamura-dp.co.jp
Certification notification email: h.tsujimoto@kitamura-dp.co.jp

Are both accounts yours, and is Account #1 the one you want to keep?

Thanks,
Devendra"""


def msgs():
    out = []
    # 029 forward to manager -------------------------------------------------
    d = T("2025-06-24 09:12:37", JST)
    out.append(M(("user_reply", False, CASE_A, []),
        "Owner forwards the confirmation request to the manager (Gmail forward). The forwarded part holds the Account #1/#2 question and candidate IDs, which belong to the forwarded copy, not the owner's text.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to=addr("森田 健", "k.morita@kitamura-dp.co.jp"), cc=ME_COMPANY,
        subject="Fwd: " + SUBJ_A, date=d,
        msgid=mid("029", "<CAJx7pQm8Xc2nV4dG7sK1pQ0tRw3Zb9yHf5e-fwd1@mail.gmail.com>"),
        refs=[MID["027"]],
        body=text("""森田さん

AWS認定アカウントの統合、APN紐付けは解除済みとのことで、サポートから最終確認が来ました。
会社側で何か確認が必要なことがあれば教えてください。問題なければこのまま返信します。

辻本

---------- Forwarded message ---------
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Date: Mon, Jun 23, 2025 at 4:55 PM
Subject: RE:[CASE 175003632500418] [AWS Training and Certification Form Submission] - account-assistance
To: <haruka.tsujimoto.0417@gmail.com>


""" + CONF_QUOTE + "\n", cte="quoted-printable")))

    # 030 manager answers ----------------------------------------------------
    d = T("2025-06-24 10:03:10", JST)
    out.append(M(("unrelated", False, CASE_A, []),
        "Manager's reply ('go ahead, reply to AWS') — an instruction to reply, but from a colleague, not support. Subject keeps the case token, so case is A.",
        received=[rcv_gmail("mail-tycjpn01on2101.outbound.protection.outlook.com", "40.107.114.101", d)],
        auth=auth_gmail("kitamura-dp.co.jp", mfrom="kitamura-dp.co.jp", ip="40.107.114.101", sel="selector1", dmarc_policy="NONE"),
        **{"from": addr("森田 健", "k.morita@kitamura-dp.co.jp")}, to=ME_PERSONAL, cc=ME_COMPANY,
        subject="RE: Fwd: " + SUBJ_A, date=d,
        msgid=mid("030", "<TYCP286MB26017D3A9E0C4B1F2A6D8E5CA93B1@TYCP286MB2601.JPNP286.PROD.OUTLOOK.COM>"),
        irt=MID["029"], refs=[MID["027"], MID["029"]],
        crlf=True,
        body=text("""辻本さん

情シスでパートナーセントラル側の紐付け解除は確認済みです。会社側の対応は不要なので、
AWS にはそのまま返信して進めてください。

森田

From: Haruka Tsujimoto <haruka.tsujimoto.0417@gmail.com>
Sent: Tuesday, June 24, 2025 9:12 AM
To: 森田 健 <k.morita@kitamura-dp.co.jp>
Subject: Fwd: RE:[CASE 175003632500418] [AWS Training and Certification Form Submission] - account-assistance

森田さん
AWS認定アカウントの統合、APN紐付けは解除済みとのことで、サポートから最終確認が来ました。
""", charset="iso-2022-jp", cte="7bit")))

    # 031 closing notice ------------------------------------------------------
    d = T("2025-06-26 02:10:22", UTC)
    out.append(M(("closing_notice", True, CASE_A, []),
        "Closing notice: no answer to the confirmation; case closes in 3 business days unless the owner replies. Quotes the Account #1/#2 listing below.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("031", "<01000197b0e5a611-2a9c4f07-e3b1-4d6a-8f52-7c0d1e9b3a64-000000@email.amazonses.com>"),
        irt=MID["027"], refs=[MID["017"], MID["026"], MID["027"]],
        body=multi("alternative",
            text("""Hello Haruka,

Following up on my message of June 23: I haven't yet received your confirmation, so the merge has not been started.

If we don't hear from you within 3 business days, this case will be closed automatically. A reply to this email before then keeps it open, and replying after it closes will reopen it.

Thanks,
Devendra
AWS Training and Certification

________________________________
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Monday, June 23, 2025 7:55 AM
To: haruka.tsujimoto.0417@gmail.com
Subject: RE:[CASE 175003632500418] [AWS Training and Certification Form Submission] - account-assistance

""" + CONF_QUOTE + "\n", cte="quoted-printable"),
            html("""<html><body><p>Hello Haruka,</p><p>Following up on my message of June 23: I haven't yet received your confirmation, so the merge has not been started.</p><p>If we don't hear from you within 3 business days, this case will be closed automatically. A reply to this email before then keeps it open, and replying after it closes will reopen it.</p><p>Thanks,<br>Devendra<br>AWS Training and Certification</p><hr><div style="color:#666">""" + CONF_QUOTE.replace("\n", "<br>") + "</div></body></html>"))))

    # 032 reply from the company address (wrong address) -------------------------
    d = T("2025-06-26 12:30:05", JST)
    out.append(M(("user_reply", False, CASE_A, [CAND_NEW]),
        "Owner confirms from the company address in Outlook (CRLF, top-posted over '-----Original Message-----'), which support will not accept.",
        **{"from": addr(ME_NAME_JA, ME_COMPANY)}, to=addr("Amazon Web Services", FORM),
        subject="RE: " + SUBJ_A, date=d,
        msgid=mid("032", "<TYCP286MB23118E4B0A2C7D9F1E3B6A0DA95C7@TYCP286MB2311.JPNP286.PROD.OUTLOOK.COM>"),
        irt=MID["031"], refs=[MID["027"], MID["031"]],
        headers=[("Thread-Topic", SUBJ_A), ("Content-Language", "en-US")],
        crlf=True,
        body=text("""Hi Devendra,

Sorry for the delay. Confirmed: both accounts are mine. Please merge Account #2 into Account #1 and keep AWS09341275.

Regards,
Haruka Tsujimoto

-----Original Message-----
From: Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>
Sent: Thursday, June 26, 2025 11:10 AM
To: haruka.tsujimoto.0417@gmail.com
Subject: RE:[CASE 175003632500418] [AWS Training and Certification Form Submission] - account-assistance

Hello Haruka,

Following up on my message of June 23: I haven't yet received your confirmation, so the merge has not been started.

If we don't hear from you within 3 business days, this case will be closed automatically.
""")))

    # 033 info_request: write from the destination address -----------------------
    d = T("2025-06-26 06:05:31", UTC)
    out.append(M(("info_request", True, CASE_A, []),
        "Support asks for the same confirmation to be sent from the address being kept ('Kindly…'); it quotes the owner's 'Confirmed' under it, which must not make it look done.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, cc=ME_COMPANY, subject=SUBJ_A, date=d,
        msgid=mid("033", "<01000197b1bc48d0-8e15a7c2-0f39-4b8d-b6a4-3d2e9c7f1a05-000000@email.amazonses.com>"),
        irt=MID["032"], refs=[MID["027"], MID["031"], MID["032"]],
        body=text("""Hi Haruka,

Thanks for getting back to me. Your confirmation reached us from h.tsujimoto@kitamura-dp.co.jp, which is the login of the account being retired. For security reasons a merge can only be approved from the email address of the account we keep.

Kindly send the same confirmation from haruka.tsujimoto.0417@gmail.com (replying to this message from that mailbox is fine). I'll start the merge as soon as it arrives.

Thanks,
Devendra
AWS Training and Certification

On Thu, Jun 26, 2025 at 03:30 AM UTC, h.tsujimoto@kitamura-dp.co.jp wrote:
> Hi Devendra,
>
> Sorry for the delay. Confirmed: both accounts are mine. Please merge Account #2 into Account #1 and keep AWS09341275.
>
> Regards,
> Haruka Tsujimoto
""")))

    # 034 reply from personal --------------------------------------------------
    d = T("2025-06-26 19:05:50", JST)
    out.append(M(("user_reply", False, CASE_A, [CAND_OLD, CAND_NEW]),
        "Owner's confirmation from the personal address, short, Gmail quoting.",
        **{"from": addr(ME_NAME, ME_PERSONAL)}, to=FORM, subject=SUBJ_A, date=d,
        msgid=mid("034", "<CAJx7pQnT0b5kW2cY9fE3hJ6uRz1Lq8dMa4g-conf2@mail.gmail.com>"),
        irt=MID["033"], refs=[MID["027"], MID["031"], MID["032"], MID["033"]],
        body=text("""Hi Devendra,

Confirmed from my personal address: please merge Account #2 (AWS02718834) into Account #1 (AWS09341275).

Thank you,
Haruka

On Thu, Jun 26, 2025 at 3:05 PM Amazon Web Services <aws-cs-trainingcertification-form@amazon.com> wrote:
> Hi Haruka,
>
> Kindly send the same confirmation from haruka.tsujimoto.0417@gmail.com (replying to this message from that mailbox is fine).
""")))

    # 035 resolved (quotes the confirmation request) ------------------------------
    d = T("2025-06-27 00:20:44", UTC)
    out.append(M(("resolved", False, CASE_A, []),
        "Merge done. Below the signature it quotes the whole confirmation request incl. 'Are both accounts yours…?'; has a conditional 'if anything is missing, reply' and a feedback line.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_A, date=d,
        msgid=mid("035", "<01000197b5a3e1f9-4c0d72b8-5e16-4a9f-9d37-b08f2e6c1d44-000000@email.amazonses.com>"),
        irt=MID["034"], refs=[MID["027"], MID["031"], MID["033"], MID["034"]],
        body=multi("alternative",
            text("""Hi Haruka,

Thank you for confirming. I have successfully merged your accounts: the exam history, certifications and benefits from Account #2 are now on Account #1 (haruka.tsujimoto.0417@gmail.com). Updates to Credly and AWS Partner Central can take a few days to appear.

If anything looks missing after you sign in, just reply to this email and the case will reopen.

We value your feedback. You may receive a short survey about this case.

Thanks,
Devendra
AWS Training and Certification

-----Original Message-----
""" + CONF_QUOTE + "\n", cte="quoted-printable"),
            html("""<html><body><p>Hi Haruka,</p><p>Thank you for confirming. I have successfully merged your accounts: the exam history, certifications and benefits from Account #2 are now on Account #1 (haruka.tsujimoto.0417@gmail.com). Updates to Credly and AWS Partner Central can take a few days to appear.</p><p>If anything looks missing after you sign in, just reply to this email and the case will reopen.</p><p>We value your feedback. You may receive a short survey about this case.</p><p>Thanks,<br>Devendra<br>AWS Training and Certification</p><hr><blockquote>""" + CONF_QUOTE.replace("\n", "<br>") + "</blockquote></body></html>"))))

    # 036 Credly badge to personal -----------------------------------------------
    d = T("2025-06-27 00:41:03", UTC)
    out.append(M(("badge", False, None, []),
        "Credly mail right after the merge (badges moved to the personal e-mail), HTML-only, old acclaim sender domain.",
        received=[rcv_gmail("o2.email.youracclaim.com", "167.89.71.40", d)],
        auth=auth_gmail("youracclaim.com", mfrom="email.youracclaim.com", ip="167.89.71.40", dmarc_policy="NONE"),
        **{"from": addr("Credly", "admin@youracclaim.com")}, to=ME_PERSONAL,
        subject="Your badges from Amazon Web Services Training and Certification are ready to claim",
        date=d, msgid=mid("036", "<k9Tq2VdP0eR3mYx8LcA5wg@geopod-ismtpd-7>"),
        body=html("""<html><body style="font-family:Helvetica">
<p>Hi Haruka,</p>
<p>Amazon Web Services Training and Certification has issued 3 badges to haruka.tsujimoto.0417@gmail.com:</p>
<ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li><li>AWS Certified Cloud Practitioner</li></ul>
<p><a href="https://www.credly.com/earner/earned">Claim your badges</a></p>
<p style="font-size:11px">You are receiving this email because an issuer awarded you a badge. Credly, 1 Lake St, Upper Saddle River, NJ</p>
</body></html>""", cte="7bit")))

    # 037 survey A -------------------------------------------------------------
    d = T("2025-06-28 03:00:18", UTC)
    out.append(M(("survey", False, CASE_A, []),
        "Satisfaction survey for the merge case; question wording ('How would you rate…?') and 'reply' link.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("AWS Customer Service", "aws-cs-survey@amazon.com")}, to=ME_PERSONAL,
        subject="How did we do? Case 175003632500418",
        date=d, msgid=mid("037", "<01000197bb0f6c27-7d1e3a95-b2c4-4f80-a1d6-9e3c5b70f218-000000@email.amazonses.com>"),
        body=text("""Hello Haruka,

You recently contacted AWS Training and Certification (Case ID: 175003632500418).
How would you rate the support you received?

  Excellent  https://survey.aws-cs.amazon.com/r/175003632500418?s=5
  Good       https://survey.aws-cs.amazon.com/r/175003632500418?s=4
  Poor       https://survey.aws-cs.amazon.com/r/175003632500418?s=1

Your answers help us improve. This mailbox is not monitored.
""")))
    return out
