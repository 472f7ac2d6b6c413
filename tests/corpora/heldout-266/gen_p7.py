# Part 7: 2025 Support Center (console) case about a missing voucher + billing console trap
from gen_lib import *
from gen_p4 import GA

NR = "no-reply-aws@amazon.com"
C4 = "174906553300742"
CB = "174908821500316"
T4 = "50% exam discount voucher missing after account merge"
LINK = "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en"
FOOT = """
To see all of the messages on this case or to reply, please go to the
Support Center: %s

*Please note: this e-mail was sent from an address that cannot accept
incoming e-mails. To contact us about this case, please use the link
above.

We value your feedback. Please share your experience by rating this and
other correspondences in the AWS Support Center.

Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com
is a registered trademark of Amazon.com, Inc. or its affiliates.
"""

def foot(c):
    return FOOT % (LINK % c)

def run():
    # 046 console ack
    msg("acknowledgement", False, C4, [], "2025-06-04 19:35:40", A("Amazon Web Services", NR),
        ME_P, "Amazon Web Services: New Support case: %s" % C4, P("""Dear AWS Customer,

Thank you for contacting Amazon Web Services. We have opened case
%s to address your issue. The details of your case are as follows:

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: After my certification accounts were merged (case
174803962100218), the 50%% discount voucher I had on the old account no
longer shows under Benefits.

We will get back to you as soon as possible.
""" % (C4, C4, T4) + foot(C4), charset="us-ascii", cte="7bit"), tag="c4_ack", auth=GA, received=ME_P,
        what="console case opened (Support Center)", note="console ack that mentions an earlier case number in the owner's text")

    # 047 info request in console case (HTML only, reply must go through Support Center)
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Hello Kenta,</p>
<p>I'm sorry to hear the voucher didn't come across with the merge. Benefits are sometimes tied to the original account's partner entitlement and are left behind when the partner link is removed.</p>
<p>So that our benefits team can reissue it, could you let us know roughly when the voucher was earned and which certification it came with? A screenshot of the Benefits page of your current account would also help.</p>
<p>Please add this information to the case in the Support Center.</p>
<p>Best regards,<br>Natsuki O.<br>Amazon Web Services</p>
<hr>
<p style="font-size:12px">To see all of the messages on this case or to reply, please go to the <a href="%s">Support Center</a>.<br>
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.</p>
<p style="font-size:12px">We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.</p>
</body></html>""" % (LINK % C4)
    msg("info_request", True, C4, [], "2025-06-05 06:12:03", A("Amazon Web Services", NR),
        ME_P, "RE:[CASE %s] %s" % (C4, T4), P(html, sub="html", cte="quoted-printable"), tag="c4_req", irt="c4_ack",
        auth=GA, received=ME_P, what="console case asks for voucher details",
        note="must be answered in the Support Center; survey footer below the ask")

    # 048 billing console case (other AWS support, not T&C)
    msg("unrelated", False, CB, [], "2025-06-06 02:40:29", A("Amazon Web Services", NR),
        ME_P, "RE:[CASE %s] Unexpected NAT Gateway charge on May invoice" % CB, P("""Hello,

Thank you for your patience. I reviewed account 590384217765 and see
NAT Gateway hours in ap-northeast-1 from May 3 to May 31.

Could you confirm whether these resources are still needed? If not, please
delete them and reply on the case so that we can review a one-time
credit for the May charges.

Best regards,
Jorge M.
Amazon Web Services
""" + foot(CB), charset="us-ascii", cte="7bit"), auth=GA, received=ME_P,
        what="billing console case asks a question", note="real AWS Support request, but billing, not Training and Certification; 12-digit account id")

    # 049 closing notice on console case
    msg("closing_notice", True, C4, [], "2025-06-09 06:20:11", A("Amazon Web Services", NR),
        ME_P, "RE:[CASE %s] %s" % (C4, T4), P("""Hello,

We haven't heard back from you about the voucher details we requested on
June 5. If we don't receive a response, this case will be resolved
automatically in 3 days. You can reopen it from the Support Center within
14 days of resolution; after that a new case is needed.
""" + foot(C4), charset="us-ascii", cte="7bit"), tag="c4_close", irt="c4_req", auth=GA, received=ME_P,
        what="console case will auto-resolve", note="closing notice where the reply must be made in the console")

    # 050 owner's note to self
    msg("user_reply", False, C4, [], "2025-06-09 22:05:13", A(ME_NAME, ME_P), A(ME_NAME, ME_P),
        "memo: AWS voucher case", P("""メモ
- AWS サポートセンターのケース %s にスクショと取得時期(2024年3月、SAP-C02合格時)を回答済み
- メールでは返信できない(no-reply)ので注意
- 統合ケース 174803962100218 は解決済み
""" % C4, cte="8bit"), tz="+0900", mid_domain="mail.gmail.com",
        what="owner's note to self about answering in console", note="owner note naming two cases; belongs to the console case")

    # 051 passed to benefits team
    msg("case_update", False, C4, [], "2025-06-10 04:44:52", A("Amazon Web Services", NR),
        ME_P, "RE:[CASE %s] %s" % (C4, T4), P("""Hello Kenta,

Thank you for the screenshot and details. I've passed your case to the
Certification Benefits team, who are able to reissue vouchers. They
usually respond within two to three business days, and I'll keep this
case open until they do.

Best regards,
Natsuki O.
Amazon Web Services
""" + foot(C4), charset="us-ascii", cte="quoted-printable"), tag="c4_upd", irt="c4_close", auth=GA, received=ME_P,
        what="case passed to benefits team", note="console footer with 'reply' link and feedback line; nothing asked")

    # 052 voucher reissued
    msg("resolved", False, C4, ["AWS05520913"], "2025-06-12 08:03:27", A("Amazon Web Services", NR),
        ME_P, "RE:[CASE %s] %s" % (C4, T4), P("""Hello Kenta,

The Certification Benefits team has reissued your 50% exam discount
voucher. It is now listed under Benefits on AWS05520913 with its
original expiry date of March 2026.

I'll mark this case as resolved. Should you need anything else on it, you
can reopen it from the Support Center within 14 days.

Best regards,
Natsuki O.
Amazon Web Services
""" + foot(C4), charset="us-ascii", cte="7bit"), tag="c4_res", irt="c4_upd", auth=GA, received=ME_P,
        what="voucher reissued", note="resolution with reopen option; console footer")

    # 053 console survey
    msg("survey", False, C4, [], "2025-06-13 08:10:00", A("Amazon Web Services", NR),
        ME_P, "Amazon Web Services: How was your support experience? Case %s" % C4,
        MP("alternative", [P("""Hello,

Your support case %s "%s" was resolved.

Please rate your experience: https://console.aws.amazon.com/support/feedback?displayId=%s

Thank you for helping us improve AWS Support.
""" % (C4, T4, C4), charset="us-ascii", cte="7bit"),
        P("""<html><body><p>Your support case %s was resolved.</p><p>How would you rate your experience? <a href="https://console.aws.amazon.com/support/feedback?displayId=%s">Rate now</a></p></body></html>""" % (C4, C4), sub="html", cte="7bit", charset="us-ascii")],
        "=_aws_survey_7e01"), auth=GA, received=ME_P,
        what="console case survey", note="survey with displayId link")
