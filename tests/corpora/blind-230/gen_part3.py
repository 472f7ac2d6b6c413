# Case C (2023 name-correction case reopened, Japanese), case D (Support Center), case E (forward), farewell.
from gen_lib import *
from gen_part1 import TCN, TC_AD, ME_PAD, ME_CAD

G_AUTH2 = auth_gmail("amazon.com", "0101019562bc@email.amazonses.com")
SUBJ_C = "RE: [CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C
TCJ = "AWS トレーニングと認定"

C_OLD_REQ = """Name on certificate is wrong. My certificate and badge show "Ryou Sasaki" but my name is spelled "Ryo Sasaki" (passport spelling). Candidate ID AWS02736815. Please correct it.
"""
C_OLD_RES = """佐々木 遼 様

AWS トレーニングと認定カスタマーサポートの山内です。
お待たせいたしました。認定アカウント(AWS02736815)の氏名表記を「Ryou Sasaki」から「Ryo Sasaki」に修正いたしました。
新しい表記は、今後ダウンロードされる認定証およびデジタルバッジに反映されます。

本件はこれにてクローズとさせていただきます。
ほかにご不明な点がございましたら、本メールにご返信ください。

山内
AWS トレーニングと認定 カスタマーサポート

""" + aws_prev(dt("2023-11-10 20:31"), ME_P, C_OLD_REQ)


def jprev(d, name, email, body):
    return "--- %d年%d月%d日 %d:%02d %s <%s> からのメッセージ ---\n%s" % (
        d.year, d.month, d.day, d.hour, d.minute, name, email, body)


# ---------------- C1 owner reopens the 2023 thread (long JP, quoting one line) ----------------
C1_TXT = gmail_ja(dt("2023-11-14 15:20"), TCN, TC_FORM) + """
> 認定アカウント(AWS02736815)の氏名表記を「Ryou Sasaki」から「Ryo Sasaki」に修正いたしました。

山内様(またはご担当者様)

2023年にこちらのケースで氏名表記を修正していただいた佐々木です。お世話になっております。
同じ件で再度ご相談させてください。

先日、別ケース(174096082000147)で会社用の認定アカウントを個人用アカウント(AWS11480392)へ統合していただきました。統合自体は問題なく完了したのですが、統合後に個人アカウントから認定証(PDF)をダウンロードしたところ、氏名が再び「RYOU SASAKI」と表示されていました。プロフィール画面では「Ryo Sasaki」となっているのに、認定証だけが古い表記のままのようです。

4月3日に再認定試験を受ける予定のため、それまでに表記を揃えていただけると助かります。新しいケースを作るべきか迷いましたが、同じ依頼で別ケースを作らないようにとのご案内がありましたので、こちらのスレッドに返信しております。

お手数をおかけしますが、ご確認のほどよろしくお願いいたします。

佐々木 遼
"""
C1 = add("C1", dt("2025-03-26 23:00"), ad(ME_NAME_JA, ME_P), TC_FORM, SUBJ_C,
         alt(C1_TXT, "<div dir=\"ltr\">" + html_pre(C1_TXT) + "</div>", "C1", tcte="base64", hcte="base64"),
         ("user_reply", False, CASE_C, [CID_P]),
         "Owner reopens a 2023 11-digit case in Japanese: long new text under a one-line quote; mentions "
         "case A's number and the new ID in new text, the old ID only in the quote.",
         msgid=mid("C1", "gmail"), irt=mid("C0", "ses"), refs=mid("C0", "ses"),
         store=dict(body=C1_TXT, name=ME_NAME_JA, addr=ME_P, to=TC_FORM))

# ---------------- C2 reopened (case_update) ----------------
C2_TXT = """佐々木 遼 様

AWS トレーニングと認定カスタマーサポートの中村でございます。
本ケースを再開いたしました。認定証の氏名表記について担当チームへ確認しておりますので、今しばらくお待ちくださいませ。

中村
AWS トレーニングと認定 カスタマーサポート

""" + jprev(dt("2025-03-26 23:00"), ME_NAME_JA, ME_P, C1_TXT) + "\n\n" + jprev(
    dt("2023-11-14 15:20"), TCJ, TC_FORM, C_OLD_RES)
C2 = add("C2", dt("2025-03-27 10:20"), ad(TCJ, TC_FORM), ME_P, SUBJ_C, Leaf(C2_TXT, cte="base64"),
         ("case_update", False, CASE_C, []),
         "Japanese 'case reopened, please wait' over the 2023 thread (which contains an old "
         "'ご返信ください' invitation).",
         msgid=mid("C2", "ses"), irt=C1, refs=mid("C0", "ses") + " " + C1, auth=G_AUTH2, tz=UTC,
         store=dict(body=C2_TXT))

# ---------------- C3 info request, keigo, ISO-2022-JP ----------------
C3_TXT = """佐々木 遼 様

いつもお世話になっております。AWS トレーニングと認定カスタマーサポートの中村です。

担当チームより、統合の際に統合元アカウントの登録氏名が認定証に引き継がれたため、旧表記に戻ってしまったとの回答がございました。修正にあたり、一点確認させてください。

認定証への記載をご希望の氏名について、ローマ字表記(姓と名の順序、大文字・小文字の別を含む)をご教示いただけますでしょうか。

何卒よろしくお願い申し上げます。

中村
AWS トレーニングと認定 カスタマーサポート

""" + jprev(dt("2025-03-27 10:20"), TCJ, TC_FORM, C2_TXT)
C3 = add("C3", dt("2025-03-28 09:40"), ad(TCJ, TC_FORM, "iso-2022-jp"), ME_P, SUBJ_C,
         Leaf(C3_TXT, charset="iso-2022-jp", cte="7bit"), ("info_request", True, CASE_C, []),
         "Keigo request (〜ご教示いただけますでしょうか) after an explanation; ISO-2022-JP 7bit.",
         msgid=mid("C3", "ses"), irt=mid("C2", "ses"), refs=" ".join([mid("C0", "ses"), C1, T["C2"]["mid"]]),
         auth=G_AUTH2, tz=UTC, hcs="iso-2022-jp", store=dict(body=C3_TXT))

# ---------------- C4 Japanese reminder ----------------
C4_TXT = """佐々木 遼 様

先日お送りしたご質問について、ご確認いただけましたでしょうか。下記をご参照のうえ、ご返信くださいますようお願いいたします。

中村

""" + jprev(dt("2025-03-28 09:40"), TCJ, TC_FORM, C3_TXT)
C4 = add("C4", dt("2025-04-01 10:00"), ad(TCJ, TC_FORM), ME_P, SUBJ_C, Leaf(C4_TXT, cte="quoted-printable"),
         ("info_request", True, CASE_C, []),
         "Two-line Japanese reminder pointing at the question below; the question itself is only in history; "
         "UTF-8 quoted-printable.",
         msgid=mid("C4", "ses"), irt=mid("C3", "ses"), refs=" ".join([C1, T["C2"]["mid"], T["C3"]["mid"]]),
         auth=G_AUTH2, tz=UTC, store=dict(body=C4_TXT))

# ---------------- C5 owner's short answer (Becky!, ISO-2022-JP) ----------------
C5_TXT = """中村様

ご連絡が遅くなり申し訳ありません。
「Ryo Sasaki」(名・姓の順、先頭のみ大文字)でお願いいたします。

佐々木

On Tue, 01 Apr 2025 01:00:00 +0000
%s <%s> wrote:
""" % (TCJ, TC_FORM) + q(C4_TXT) + "\n"
C5 = add("C5", dt("2025-04-01 21:00"), ad(ME_NAME_JA, ME_P, "iso-2022-jp"), TC_FORM, "Re: " + SUBJ_C,
         Leaf(C5_TXT, charset="iso-2022-jp", cte="7bit"), ("user_reply", False, CASE_C, []),
         "Owner's two-line Japanese answer from Becky! over > history; ISO-2022-JP.",
         msgid="<20250401210003.%s@gmail.com>" % hashlib.md5(b"C5").hexdigest()[:10].upper(),
         irt=mid("C4", "ses"), refs=" ".join([C1, T["C3"]["mid"], T["C4"]["mid"]]), hcs="iso-2022-jp",
         extra={"X-Mailer": "Becky! ver. 2.81.05 [ja]"}, store=dict(body=C5_TXT))

# ---------------- C6 resolved (JP) ----------------
C6_TXT = """佐々木 遼 様

中村です。認定証の氏名表記を「Ryo Sasaki」に修正いたしました。認定アカウントから再度ダウンロードいただくと、新しい表記でご確認いただけます。

ほかにご不明な点がございましたら、本メールにご返信ください。

中村
AWS トレーニングと認定 カスタマーサポート

""" + jprev(dt("2025-04-01 21:00"), ME_NAME_JA, ME_P, C5_TXT)
add("C6", dt("2025-04-02 11:00"), ad(TCJ, TC_FORM), ME_P, SUBJ_C,
    alt(C6_TXT, "<html><body>" + html_pre(C6_TXT) + "</body></html>", "C6", tcte="base64", hcte="base64"),
    ("resolved", False, CASE_C, []),
    "Short Japanese 'fixed' with a conditional 〜がございましたら invitation, over history with two old asks.",
    msgid=mid("C6", "ses"), irt=T["C5"]["mid"], refs=" ".join([T["C4"]["mid"], T["C5"]["mid"]]),
    auth=G_AUTH2, tz=UTC)

# ---------------- C7 survey (JP, HTML only) ----------------
C7_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>佐々木 遼 様</p>
<p>先日は AWS トレーニングと認定 カスタマーサポートをご利用いただき、誠にありがとうございました(ケース番号: %s)。</p>
<p>今後のサービス向上のため、簡単なアンケートへのご協力をお願いしております。所要時間は2分程度です。</p>
<p><a href="https://survey.aws.training/s/cs?c=%s&amp;lang=ja">アンケートに回答する</a></p>
<p style="font-size:11px;color:#888">本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。</p>
</body></html>""" % (CASE_C, CASE_C)
add("C7", dt("2025-04-02 15:05"), ad(TCJ, "aws-cs-survey@amazon.com"), ME_P,
    "サポートに関するアンケートのお願い(ケース %s)" % CASE_C, Leaf(C7_HTML, "html", cte="base64"),
    ("survey", False, CASE_C, []), "Japanese HTML-only survey (お願い, a link) for case C.",
    msgid=mid("C7", "ses"), auth=auth_gmail("amazon.com", "bounce@survey.amazonses.com"), tz=UTC)

# ---------------- Case D: Support Center (console) case ----------------
NR = ad("Amazon Web Services", "no-reply-aws@amazon.com")
D_URL = "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en" % CASE_D
D_SUBJ = "Certification: Partner training exam voucher not visible in certification account"
D_FOOT = ("\n\nThank you for using Amazon Web Services.\n\nAmazon Web Services\n\n"
          "======================================\n"
          "Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
          "To respond to this case, use the link above instead of replying to this e-mail.\n"
          "======================================\n\n"
          "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.\n")
D_AUTH = auth_exo("amazon.com", "amazonses.com")
D1_CORR = ("We finished the AWS Partner: Technical Accelerator course in February and were told a 50% certification "
           "voucher would appear in the certification account of each learner. It does not show for me "
           "(candidate ID AWS02736815). Account: 4421-9087-1356.")
D1_TXT = """Dear Amazon Web Services customer,

We have opened case %s on your behalf.

Case ID: %s
Subject: %s
Severity: General guidance
Correspondence: %s

To see all of the correspondence on this case, or to add a reply, sign in to the Support Center:
%s""" % (CASE_D, CASE_D, D_SUBJ, D1_CORR, D_URL) + D_FOOT
D1 = add("D1", dt("2025-03-10 09:00"), NR, ME_C, "Amazon Web Services: New Support case: " + CASE_D,
         Leaf(D1_TXT, cte="7bit", charset="us-ascii"), ("acknowledgement", False, CASE_D, [CID_C]),
         "Support Center case opened (certification topic); footer says the address cannot take mail; "
         "12-digit AWS account ID is not a case or candidate ID.",
         msgid=mid("D1", "ses"), auth=D_AUTH, tz=UTC)

D2_CORR = """Hi Ryo, thanks for reaching out. Partner readiness vouchers are issued by the partner program rather than by Certification, so I need to look this one up on the partner side. Could you add the voucher code exactly as it appears in your Partner Central training transcript, and the name of the course it came with? Please add them to the case in the Support Center; replies to this e-mail are not received.

Best,
Rafael
AWS Training and Certification"""
D2_TXT = """Hello,

We have updated your case %s. To see the update or to add a reply, sign in to the Support Center:
%s

Correspondence:
%s""" % (CASE_D, D_URL, D2_CORR) + D_FOOT
D2 = add("D2", dt("2025-03-11 14:30"), NR, ME_C, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
         Leaf(D2_TXT, cte="quoted-printable"), ("info_request", True, CASE_D, []),
         "Console case question that must be answered in the Support Center, not by e-mail.",
         msgid=mid("D2", "ses"), irt=D1, refs=D1, auth=D_AUTH, tz=UTC)

D3_TXT = """Hello,

We have updated your case %s. To see the update or to add a reply, sign in to the Support Center:
%s

Correspondence:
Any news? If we don't hear from you within 3 days, this case will be resolved automatically.

Rafael

------ Earlier correspondence ------
%s

%s""" % (CASE_D, D_URL, D2_CORR, D1_CORR) + D_FOOT
D3 = add("D3", dt("2025-03-14 11:00"), NR, ME_C, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
         Leaf(D3_TXT, cte="quoted-printable"), ("closing_notice", True, CASE_D, []),
         "'Any news?' + auto-resolve warning on the console case; the real question is only in earlier correspondence.",
         msgid=mid("D3", "ses"), irt=D2, refs=D1 + " " + D2, auth=D_AUTH, tz=UTC)

D4_TXT = """Hello,

We have updated your case %s.

Correspondence:
Thanks for the code and the course name. The partner team attached the voucher to your certification account; it is now listed under Benefits and is valid until 30 June 2025. I'm marking this case as resolved.

Rafael

Was this response helpful? Rate this correspondence in the Support Center:
%s
If you need anything else on this topic, you can reopen the case there within 14 days.""" % (CASE_D, D_URL) + D_FOOT
add("D4", dt("2025-03-17 10:30"), NR, ME_C, "RE:[CASE %s] %s" % (CASE_D, D_SUBJ),
    alt(D4_TXT, "<html><body>" + html_pre(D4_TXT) + "</body></html>", "D4"), ("resolved", False, CASE_D, []),
    "Console case resolved with a rating footer and 'reopen within 14 days' hint.",
    msgid=mid("D4", "ses"), irt=D3, refs=" ".join([D1, D2, D3]), auth=D_AUTH, tz=UTC)

# ---------------- Case E: owner forwards a 2020 thread to himself ----------------
E_SUBJ = "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-appointment" % CASE_E
E_OLD2 = """Hello Ryo,

Thank you for your patience. Your exam has been rescheduled to 22 May 2020, 10:00 JST, at the same test centre, with no fee. You'll receive a new confirmation from Pearson VUE shortly.

Regards,
Daniel
AWS Training and Certification"""
E_OLD1 = """Hello Ryo,

We're sorry the test centre closed. Could you please confirm your preferred new date and time, and whether the same test centre suits you?

Regards,
Daniel
AWS Training and Certification"""
E_TXT = ("自分用の控え。2020年の試験延期の件(候補ID AWS02736815)。会社アドレス閉鎖前に転送。\n\n"
         + outlook(TC_AD, dt("2020-04-20 16:02"), ME_C, E_SUBJ, E_OLD2, orig=False) + "\n\n"
         + outlook(TC_AD, dt("2020-04-17 11:45"), ME_C, E_SUBJ, E_OLD1, orig=False) + "\n")
add("E1", dt("2025-03-31 17:40"), ME_CAD, ME_P, "FW: " + E_SUBJ,
    alt(E_TXT, "<html><body>" + html_pre(E_TXT) + "</body></html>", "E1"), ("user_reply", False, CASE_E, [CID_C]),
    "Owner forwards an old 10-digit case to his personal address; the forwarded history holds an old "
    "'Could you please confirm' request.",
    msgid=mid("E1", "outlook"), extra={"Thread-Topic": E_SUBJ, "Content-Language": "ja-JP"})

# ---------------- owner's farewell mail ----------------
FW_TXT = """各位

お疲れさまです。クラウド基盤部の佐々木です。
私事で恐縮ですが、本日3月28日をもちまして最終出社となりました(退職日は3月31日です)。
在職中は大変お世話になりました。引き継ぎは田中さんにお願いしておりますので、今後のご連絡は田中さん宛にお願いいたします。

今後の連絡先: ryo.sasaki.dev@gmail.com

皆さまのご健勝とご活躍をお祈りしております。本当にありがとうございました。

佐々木 遼
"""
add("FW", dt("2025-03-28 17:30"), ad(ME_NAME_JA, ME_C, "iso-2022-jp"), "all-staff@kumonoito-sys.co.jp",
    "最終出社日のご挨拶", Leaf(FW_TXT, charset="iso-2022-jp", cte="7bit"), ("user_reply", False, None, []),
    "Owner's own farewell to all staff: written by the owner, so user_reply, no case.",
    msgid=mid("FW", "outlook"), hcs="iso-2022-jp", store=dict(body=FW_TXT))
