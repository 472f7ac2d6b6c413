from mk import *
from part6 import SUBJ_D, YAMAGUCHI


def build():
    # 060 other vendor's support case closed
    t = ("Hello Rie,\n\nYour support request has been closed.\n\n"
         "Case number: 2504100040009876\nTitle: Unable to assign Entra ID P1 licence to new users\n"
         "Status: Closed - Resolved\n\n"
         "If the issue returns within 30 days you can reopen this case from the Microsoft 365 admin center.\n\n"
         "Microsoft Support\n")
    msg("2025-04-12 06:31:27 +0900", addr("Microsoft Support", "supportmail@microsoft.com"), ME_P,
        "Case 2504100040009876 has been closed", text(t, cte="qp"),
        ("unrelated", False, None, []), msgid=mid("ms-case", "microsoft.com"),
        auth=auth_gmail("microsoft.com", "supportmail@microsoft.com", ip="40.107.22.51", p="REJECT"))

    # 061 new employer HR onboarding (mentions certifications)
    t = ("塚田さん\n\nつばめクラウド人事部の上田です。\n"
         "4月入社の手続きとして、保有資格の一覧(AWS 認定を含む)を4月18日までにフォームからご登録ください。\n"
         "https://forms.tsubame-cloud.jp/onboarding/certs\n\n"
         "よろしくお願いします。\n上田")
    msg("2025-04-14 10:20:00 +0900", addr("上田 美咲", "m.ueda@tsubame-cloud.jp"), ME_P,
        "【入社手続き】保有資格のご登録のお願い", text(t, cte="b64"),
        ("unrelated", False, None, []), msgid=mid("hr-certs", "tsubame-cloud.jp"),
        auth=auth_gmail("tsubame-cloud.jp", "m.ueda@tsubame-cloud.jp", ip="209.85.220.41", p="NONE"))

    # 062 D closed for lack of reply; a reply reopens it. Quotes the Japanese request (「…より:」 style)
    t = ("塚田 理恵 様\n\n"
         "AWS トレーニングと認定 カスタマーサービスでございます。\n\n"
         "先日ご案内した件につきまして、ご返信を確認できなかったため、本ケースはいったんクローズとさせて"
         "いただきました。\n"
         "引き続き認定証のお名前の変更をご希望の場合は、本メールにそのままご返信ください。"
         "ケースを再開のうえ対応いたします。\n\n"
         "山口 沙織\nAWS トレーニングと認定 カスタマーサービス\n\n"
         "2025/04/07 14:22、AWS Training and Certification <%s> より:\n%s" % (TC, gt(YAMAGUCHI)))
    msg("2025-04-15 09:12:36 +0900", addr(TC_NAME, TC), ME_P, "RE: " + SUBJ_D,
        text(t, cte="b64"), ("closing_notice", True, CASE_D, []),
        msgid=ses_id("D-closed"), irt=IDS["D_warn"], refs=[IDS["D_ack"], IDS["D_req"], IDS["D_warn"]],
        auth=auth_gmail("amazon.com", "01060195ea07@ap-northeast-1.amazonses.com"))

    # 063 English newsletter with an AWS certification angle
    t = ("Last Week in the Cloud #311\n\n"
         "- AWS changes how certification benefits are issued after recertification\n"
         "- Why your support case got closed (and how to reopen it)\n"
         "- GitHub merge queues are now generally available\n\n"
         "Unsubscribe: https://lwitc.example.com/u/8812\n")
    msg("2025-04-15 22:00:00 +0000", addr("Last Week in the Cloud", "newsletter@lwitc.example.com"), ME_P,
        "Last Week in the Cloud #311: support cases, benefits, merge queues", text(t, cte="7bit"),
        ("unrelated", False, None, []), msgid=mid("lwitc311", "lwitc.example.com"),
        auth=auth_gmail("lwitc.example.com", "bounce@lwitc.example.com", ip="198.51.100.23", p="NONE"),
        extra=[("List-Unsubscribe", "<https://lwitc.example.com/u/8812>"), ("Precedence", "bulk")])
