from gen_lib import *
from gen_part10 import SUBJ_B, MID_B1, MID_B2, MID_B3, B45

CSUBJ = "Exam appointment missing after certification account merge"
LINK_C = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_C
FOOT_C = """
Thank you for using Amazon Web Services.

Amazon Web Services

====================================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

%s

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To respond to this case, please follow the link above and update the case there.

[AWS ID 210987654321]

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.
""" % LINK_C

# 046 console case acknowledgement
d = dt("2025-06-10 01:30:44")
c46 = """Dear AWS customer,

We have opened case %s on your behalf. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: My DVA-C02 exam on June 21 was booked on my old certification account before it was merged into my current one. The appointment no longer shows on my account. Registration ID is in the Pearson VUE mail.
""" % (CASE_C, CASE_C, CSUBJ) + FOOT_C
MID_C1 = mid("caseC-new", "email.amazonses.com")
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "Amazon Web Services: New Support case: %s" % CASE_C, d, MID_C1,
        pre=auth_gmail("amazon.com"))
emit(("acknowledgement", False, CASE_C),
     "Support Center (console) case opened - 11-digit ID, 12-digit AWS account ID in the footer, 'cannot accept incoming e-mails'. Also effectively a second case on a topic related to case A's merge.",
     h, plain(c46, cte="7bit"))

# 047 case_update B: inline answers under the owner's questions, nothing asked
d = dt("2025-06-10 07:20:05")
b47 = """桜庭 由希 様

ご返信いただきありがとうございます。いただいたご質問に、以下のとおりインラインでご回答いたします。

> (a) 特典が移行された場合、有効期限は元のままでしょうか。

はい、有効期限は付与時のまま（2026年3月8日まで）となります。

> (b) 6月21日のDVA試験に使いたいのですが、それまでに移行は可能でしょうか。

こちらは認定チームに確認のうえ、改めてご連絡いたします。

> (c) 会社が購入したバウチャー（末尾7Q2K）とは別物という認識で合っていますか。

はい、別のものでございます。会社ご購入のバウチャーは、前回のケースでの
ご指示どおり御社側に残っております。

お知らせいただいた試験名と合格日をもとに、認定チームへ調査を依頼いたしました。
結果が分かり次第ご連絡いたしますので、今しばらくお待ちくださいませ。
ほかにご不明な点がございましたら、本メールにご返信ください。

小林

2025年6月9日 21:40、Yuki Sakuraba <%s> のメッセージ:

""" % ME_P + quote(B45) + "\n"
MID_B4 = mid("caseB-upd1", "c2-cs.amazon.com")
h = std('"Amazon Web Services" <%s>' % TC, ME_P, "RE:" + SUBJ_B, d, MID_B4, irt=MID_B3, refs="%s %s %s" % (MID_B1, MID_B2, MID_B3),
        pre=auth_gmail("amazon.com"))
emit(("case_update", False, CASE_B),
     "Japanese inline answers under each of the owner's three questions; no new question. Ends with 'ご不明な点がございましたら、本メールにご返信ください' (conditional + imperative). Quoted history holds the earlier numbered request.",
     h, plain(b47, cte="base64"))
B47 = b47

# 048 console info_request: answer in the Support Center
d = dt("2025-06-11 02:05:19")
c48 = """Hello,

Thank you for contacting AWS Support. My name is Arjun and I will be helping you with this case.

Exam appointments are stored by our testing partner and linked to a candidate record, so after an account merge they occasionally stay attached to the old record. To find your appointment I will need two details: the Pearson VUE registration number from your confirmation email, and the candidate ID of the account the exam was originally booked under.

Please add these to the case in the Support Center (link below). Replies sent to this email address do not reach us.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Arjun P.
Amazon Web Services
""" + FOOT_C
MID_C2 = mid("caseC-info", "email.amazonses.com")
h = std('"Amazon Web Services" <no-reply-aws@amazon.com>', ME_P, "RE:[CASE %s] %s" % (CASE_C, CSUBJ), d, MID_C2,
        pre=auth_gmail("amazon.com"))
emit(("info_request", True, CASE_C),
     "Console case asks for two details 'in the Support Center', not by email ('I will need...'); also has the feedback/rating footer, which is not the ask.",
     h, alt(plain(c48, cte="quoted-printable"), html("<html><body><div style=\"font-family:Arial\">" + c48.replace("&", "&amp;").replace("\n", "<br>\n") + "</div></body></html>\n", cte="quoted-printable"), "c48"))

# 049 exam vendor reminder
d = dt("2025-06-11 08:00:00")
pv = """Hello Yuki,

Your online exam is coming up in 10 days. Please run the system test on the computer and network you will use:
https://home.pearsonvue.com/test-taker/security.aspx

Registration ID: 482031657
Exam: DVA-C02: AWS Certified Developer - Associate

If you need to reschedule, do so at least 24 hours before the appointment.

Pearson VUE
"""
h = std('"Pearson VUE" <noreply@pearsonvue.com>', ME_P, "Reminder: run your OnVUE system test before exam day", d,
        mid("pv-remind", "pearsonvue.com"), pre=auth_gmail("pearsonvue.com", ip="159.182.1.11"))
emit(("unrelated", False, None), "Exam-vendor reminder (asks the owner to do something, but not support).", h, plain(pv, cte="7bit"))
