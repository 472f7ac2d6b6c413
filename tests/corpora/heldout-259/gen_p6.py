"""8-20 July 2025: console case C closes, case G (stray account, Japanese), other mail."""
from gen_lib import *  # noqa
from gen_p5 import CONSOLE_FOOT, C_SUBJ

SUBJ_G = "RE:[CASE 175194961300652] " + FORM_SUBJ

REQ_G = """辻本 遥 様

AWS トレーニングと認定 カスタマーサービスの中村と申します。
Credly のバッジが表示されない件について、調査結果をご報告いたします。

同一のメールアドレス(haruka.tsujimoto.0417@gmail.com)に紐づく AWS 認定アカウントが
2 つ存在しており、これが原因でバッジが正しく連携されておりません。

  アカウント 1:AWS09341275(認定 3 件、Credly 連携なし)
  アカウント 2:AWS05560127(認定なし、Credly 連携あり)

2 つのアカウントがいずれも辻本様ご本人のものであること、また AWS09341275 を残して
統合することについて、本メールへのご返信にてご確認いただけますでしょうか。
ご確認いただき次第、統合作業を進めさせていただきます。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサービス"""


def msgs():
    out = []
    # 049 console closing notice ---------------------------------------------
    d = T("2025-07-08 01:05:33", UTC)
    out.append(M(("closing_notice", True, CASE_C, []),
        "Console case: 'will be resolved automatically' if no answer via Support Center (the owner's e-mail answer bounced). The ask is phrased as a status ('we are waiting for…').",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com")}, to=ME_PERSONAL,
        subject="RE:[CASE 14276630581] " + C_SUBJ,
        date=d, msgid=mid("049", "<01000197e8c71a06-d2f4085b-6e17-4c3a-b5d9-08a1e7f3c629-000000@email.amazonses.com>"),
        irt=MID["044"], refs=[MID["043"], MID["044"]],
        body=text("""Hello,

We are still waiting for the registration number and name requested on July 4 for case 14276630581. Without them we cannot re-link your July 12 appointment.

If we do not receive a response through the Support Center, this case will be resolved automatically in 3 days. A resolved case can be reopened within 14 days; after that, you will need to open a new case.

Best regards,
Rahul S.
Amazon Web Services
""" + CONSOLE_FOOT)))

    # 050 ack G ----------------------------------------------------------------
    d = T("2025-07-08 04:40:19", UTC)
    out.append(M(("acknowledgement", False, CASE_G, [CAND_NEW, CAND_STRAY]),
        "Acknowledgement of a new form case (Credly badges missing) with the form text in Japanese; two candidate IDs in the echoed text. Same 'account-assistance' subject as case A, different number.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_G,
        date=d, msgid=mid("050", "<01000197e98a4f5c-1b7e03d8-a46c-4e92-8f15-c3d07b2e9a61-000000@email.amazonses.com>"),
        body=text("""Hello,

Thank you for contacting Amazon Web Services. We have opened case 175194961300652 to address your request. A member of our team will respond, usually within 24 hours.

Please don't open a separate case for the same request.

The details of your case are as follows:

Case ID: 175194961300652
Inquiry type: Certification
Additional details: Digital badges
Content: 統合後、Credly に AWS 認定のバッジが表示されません。候補ID AWS09341275 と、同じメールアドレスで作ってしまったかもしれない AWS05560127 があります。

Sincerely,
Amazon Web Services
""", cte="base64")))

    # 051 Credly lookalike ---------------------------------------------------------
    d = T("2025-07-08 12:14:09", UTC)
    out.append(M(("suspicious", False, None, []),
        "Credly lookalike (credly-badgeclaim.com) asking to 'reclaim' badges by signing in with Builder ID — timed right after the merge.",
        received=[rcv_gmail("smtp.credly-badgeclaim.com", "45.134.26.91", d)],
        auth=auth_gmail("credly-badgeclaim.com", mfrom="credly-badgeclaim.com", ip="45.134.26.91", dmarc_policy="NONE"),
        **{"from": addr("Credly", "admin@credly-badgeclaim.com")}, to=ME_PERSONAL,
        subject="Action needed: your AWS badges were revoked after an account change",
        date=d, msgid=mid("051", "<b7f0a2c94e1d@credly-badgeclaim.com>"),
        body=html("""<html><body style="font-family:Helvetica"><p>Hi,</p>
<p>Because your AWS Certification account changed, 3 badges issued by Amazon Web Services Training and Certification were revoked. You can restore them today by signing in with your AWS Builder ID:</p>
<p><a href="https://credly-badgeclaim.com/aws/restore">Restore my badges</a></p>
<p>Badges that are not restored within 72 hours are permanently deleted.</p><p>The Credly Team</p></body></html>""")))

    # 052 resolved C with feedback footer -----------------------------------------
    d = T("2025-07-09 02:20:47", UTC)
    out.append(M(("resolved", False, CASE_C, [CAND_NEW]),
        "Console case resolved (owner answered in the Support Center, not by mail); has the 'We value your feedback… rating' footer and the no-reply footer.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "no-reply-aws@amazon.com")}, to=ME_PERSONAL,
        subject="RE:[CASE 14276630581] " + C_SUBJ,
        date=d, msgid=mid("052", "<01000197edd3b7a9-6f0e2c41-d8b3-4a75-a0c6-94e1f5b2d380-000000@email.amazonses.com>"),
        irt=MID["049"], refs=[MID["043"], MID["044"], MID["049"]],
        body=multi("alternative",
            text("""Hello,

Thank you for the details you added in the Support Center. Your Pearson VUE appointment for SCS-C02 on July 12 is now linked to candidate ID AWS09341275, and it appears under Upcoming exams. Pearson VUE will not send a new confirmation; your existing one remains valid.

I'll resolve this case now.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Rahul S.
Amazon Web Services
""" + CONSOLE_FOOT),
            html("""<html><body><p>Hello,</p><p>Thank you for the details you added in the Support Center. Your Pearson VUE appointment for SCS-C02 on July 12 is now linked to candidate ID AWS09341275, and it appears under Upcoming exams. Pearson VUE will not send a new confirmation; your existing one remains valid.</p><p>I'll resolve this case now.</p><p>We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.</p><p>Best regards,<br>Rahul S.<br>Amazon Web Services</p><p><a href="https://console.aws.amazon.com/support/home#/case/?displayId=14276630581&amp;language=en">https://console.aws.amazon.com/support/home#/case/?displayId=14276630581&amp;language=en</a></p><p style="font-size:10px">*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p></body></html>"""))))

    # 053 confirmation request G (Japanese keigo) -------------------------------------
    d = T("2025-07-09 05:12:30", UTC)
    out.append(M(("confirmation_request", True, CASE_G, [CAND_NEW, CAND_STRAY]),
        "Japanese keigo confirmation request (ご確認いただけますでしょうか) after an explanation; two accounts under the same e-mail; multipart with HTML.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_G,
        date=d, msgid=mid("053", "<01000197ee6f2a18-8c3d1e57-f904-4b26-9e7a-1d5c0b3f8a42-000000@email.amazonses.com>"),
        irt=MID["050"], refs=[MID["050"]],
        body=multi("alternative", text(REQ_G + "\n"),
            html("<html><body style=\"font-family:'Meiryo',sans-serif\">" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in REQ_G.split("\n\n")) + "</body></html>", cte="base64"))))

    # 054 AWS Educate case (other program) -----------------------------------------------
    d = T("2025-07-10 03:27:15", UTC)
    out.append(M(("unrelated", False, CASE_E, []),
        "AWS Educate form case (other program, same mail shape) asking a question — looks like an info_request, but it is not a Training and Certification case. Case number kept (10-digit).",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", "aws-cs-educate-form@amazon.com")}, to=ME_PERSONAL,
        subject="RE:[CASE 9087321145] [AWS Educate Form Submission] - educator-support",
        date=d, msgid=mid("054", "<01000197f3a0c6e2-47b1d90e-2c58-4f13-b6a7-e08d3f1c5b96-000000@email.amazonses.com>"),
        body=text("""Hello Haruka,

Thanks for reaching out about the study group you mentor. Could you let us know the email address the students used to register for AWS Educate, and roughly how many of them are affected? With that we can check why their badges are not visible.

Regards,
Jordan
AWS Educate Support
""")))

    # 055 exam result (Japanese) ----------------------------------------------------------
    d = T("2025-07-13 06:02:11", UTC)
    out.append(M(("certification", False, None, [CAND_NEW]),
        "Japanese exam result notice from CertMetrics (ISO-2022-JP), new certification on the personal account.",
        received=[rcv_gmail("mail113.certmetrics.com", "198.2.133.113", d)],
        auth=auth_gmail("certmetrics.com", mfrom="certmetrics.com", ip="198.2.133.113", dmarc_policy="NONE"),
        **{"from": addr("AWS Certification", "do-not-reply@certmetrics.com")}, to=ME_PERSONAL,
        subject="AWS Certified Security - Specialty 認定取得おめでとうございます", subj_cs="iso-2022-jp",
        date=d, msgid=mid("055", "<20250713060211.4d1f7a22be@certmetrics.com>"),
        body=text("""辻本 遥 様 (AWS09341275)

AWS Certified Security - Specialty 試験に合格されました。おめでとうございます。

試験結果の詳細とデジタル認定証は、AWS 認定アカウントの「取得済み認定」からご確認いただけます。
デジタルバッジは Credly から別途お送りします。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit")))

    # 056 closing notice G (Japanese, plain 〜ください) ---------------------------------------
    d = T("2025-07-14 01:30:58", UTC)
    out.append(M(("closing_notice", True, CASE_G, []),
        "Japanese closing notice with plain 〜ください; Shift_JIS quoted-printable; quotes the keigo request below with '>'.",
        received=[rcv_gmail(when=d)], auth=auth_gmail(),
        **{"from": addr("Amazon Web Services", FORM)}, to=ME_PERSONAL, subject=SUBJ_G,
        date=d, msgid=mid("056", "<0100019807f5d3a1-5e2b4c80-19d7-4a3e-b0f8-6c3a9e1d7f25-000000@email.amazonses.com>"),
        irt=MID["053"], refs=[MID["050"], MID["053"]],
        body=text("""辻本 様

中村です。7月9日にお送りした確認のご連絡について、まだご返信をいただいておりません。

7月18日までにご返信がない場合、本ケースはクローズとなります。
統合をご希望の場合は、このメールに返信してください。クローズ後にご返信いただいた場合も、ケースは再開されます。

中村
AWS トレーニングと認定 カスタマーサービス

""" + quote_gt(REQ_G) + "\n", charset="shift_jis", cte="quoted-printable")))

    # 057 owner reply G (Japanese) -----------------------------------------------------------
    d = T("2025-07-14 21:10:04", JST)
    out.append(M(("user_reply", False, CASE_G, [CAND_NEW, CAND_STRAY]),
        "Owner's Japanese confirmation, Gmail Japanese attribution line (…<addr>:) and quoted request.",
        **{"from": addr(ME_NAME_JA, ME_PERSONAL)}, to=FORM, subject=SUBJ_G, date=d,
        msgid=mid("057", "<CAJx7pQsW9m2cR5vE0tK8yN3bHd6Xf1gPa4u-gconf@mail.gmail.com>"),
        irt=MID["056"], refs=[MID["050"], MID["053"], MID["056"]],
        body=text("""中村様

ご連絡が遅くなり申し訳ありません。
AWS09341275 と AWS05560127 はどちらも私のアカウントです。AWS09341275 を残して統合をお願いいたします。

辻本 遥

2025年7月14日(月) 10:30 Amazon Web Services <aws-cs-trainingcertification-form@amazon.com>:
> 辻本 様
>
> 中村です。7月9日にお送りした確認のご連絡について、まだご返信をいただいておりません。
> 統合をご希望の場合は、このメールに返信してください。
""", cte="base64")))
    return out
